package org.sitrep.analyse;

import java.util.List;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/** Reads the analysis data files (UTF-8, tab-separated, '#' comments, a header row) naming file and line in errors. */
final class AnalyseData {
    static final String DIR = "/org/sitrep/analyse/";

    /** Bad analysis data: the message names the file and the problem. */
    static final class DataException extends IllegalStateException {
        DataException(String message) {
            super(message);
        }
    }

    private AnalyseData() {
    }

    /** The data rows of a bundled file, its header row (first cell {@code header}) left out. */
    static List<DataRow> rows(String name, String header, int minColumns) {
        return DataRow.parseAfterHeader(name, BundledResource.lines(AnalyseData.class, DIR + name), header, minColumns,
                DataException::new);
    }
}
