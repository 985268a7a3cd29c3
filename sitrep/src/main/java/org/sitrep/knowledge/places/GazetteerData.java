package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.BundledResource;

/** Reads one tab-separated data file of this package: '#' comments, one header line, fixed column count. */
final class GazetteerData {
    static final String BASE = "/org/sitrep/knowledge/places/";

    record Row(String file, int line, String[] cells) {
        String cell(int i) {
            return cells[i].trim();
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + line + ": " + problem);
        }

        double number(int i, String what) {
            try {
                return Double.parseDouble(cell(i));
            } catch (NumberFormatException e) {
                throw error("bad " + what + " '" + cell(i) + "'");
            }
        }
    }

    private GazetteerData() {
    }

    static List<Row> rows(String file, String firstHeader, int columns) {
        List<Row> out = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line : lines(file)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                if (!cells[0].equals(firstHeader) || cells.length != columns) {
                    throw new IllegalStateException(file + " line " + n + ": expected a header of " + columns
                            + " columns starting with '" + firstHeader + "'");
                }
                header = false;
                continue;
            }
            if (cells.length != columns) {
                throw new IllegalStateException(file + " line " + n + ": expected " + columns + " columns, got "
                        + cells.length);
            }
            out.add(new Row(file, n, cells));
        }
        return out;
    }

    static List<String> lines(String file) {
        return BundledResource.lines(GazetteerData.class, BASE + file);
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
