package org.sitrep.extract;

import java.util.List;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/** Reads the extraction data files (UTF-8, tab-separated, '#' comments) and names file and line in every error. */
final class DataFile {
    static final String DIR = "/org/sitrep/extract/";

    /** Bad data: the message names the file and the problem. */
    static final class DataException extends IllegalStateException {
        DataException(String message) {
            super(message);
        }
    }

    private DataFile() {
    }

    static List<DataRow> rows(String name, int minColumns) {
        List<DataRow> out = DataRow.parse(name, BundledResource.lines(DataFile.class, DIR + name), minColumns,
                DataException::new);
        for (DataRow row : out) {
            for (int i = 0; i < minColumns; i++) {
                if (row.cols()[i].isBlank()) {
                    throw row.error("column " + (i + 1) + " is empty");
                }
            }
        }
        if (out.isEmpty()) {
            throw new DataException("extract data file " + name + " has no entries");
        }
        return out;
    }

    /** First column of every row. */
    static List<String> words(String name) {
        return rows(name, 1).stream().map(r -> r.col(0)).toList();
    }
}
