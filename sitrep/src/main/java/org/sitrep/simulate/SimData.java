package org.sitrep.simulate;

import java.util.List;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/** Reads the simulator's data files (UTF-8, tab-separated, '#' comments, a header row), naming file and line. */
final class SimData {
    static final String DIR = "/org/sitrep/simulate/";

    /** Bad simulator data: the message names the file and the problem. */
    static final class DataException extends IllegalStateException {
        DataException(String message) {
            super(message);
        }
    }

    private SimData() {
    }

    /** The data rows of a bundled file, its header row (first cell {@code header}) left out. */
    static List<DataRow> rows(String name, String header, int minColumns) {
        return DataRow.parseAfterHeader(name, BundledResource.lines(SimData.class, DIR + name), header, minColumns,
                DataException::new);
    }

    /** A |-separated cell as a list; an empty variant ("al-|") stays as the empty string. */
    static List<String> split(String cell) {
        return List.of(cell.split("\\|", -1));
    }
}
