package org.sitrep.link;

import java.util.List;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/**
 * Reads this package's data files: UTF-8, tab-separated, '#' comments and blank lines skipped, errors naming the
 * file and line.
 */
final class LinkData {
    static final String DIR = "/org/sitrep/link/";

    private LinkData() {
    }

    /** Every data line (a word list has one column). */
    static List<DataRow> lines(String name) {
        return DataRow.parse(name, BundledResource.lines(LinkData.class, DIR + name), 1, IllegalStateException::new);
    }

    /** Rows of a tab-separated file after its header row, each with at least {@code minColumns} columns. */
    static List<DataRow> rows(String name, int minColumns) {
        List<DataRow> all = DataRow.parse(name, BundledResource.lines(LinkData.class, DIR + name), 0,
                IllegalStateException::new);
        List<DataRow> rows = all.isEmpty() ? all : all.subList(1, all.size());
        for (DataRow row : rows) {
            if (row.cols().length < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + row.cols().length);
            }
        }
        return rows;
    }
}
