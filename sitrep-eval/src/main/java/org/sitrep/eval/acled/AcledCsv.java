package org.sitrep.eval.acled;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ACLED export (CSV with ACLED's column names in a header row) into {@link AcledEvent}s, at evaluation
 * time only: the rows are ACLED's and never enter the project. A missing column or a malformed number fails naming
 * the file and the record.
 */
public final class AcledCsv {
    private static final List<String> COLUMNS = List.of("event_id_cnty", "country", "event_type", "sub_event_type",
            "actor1", "inter1", "actor2", "inter2", "notes", "fatalities");

    private AcledCsv() {
    }

    public static List<AcledEvent> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            for (String c : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    throw new IllegalArgumentException(file + ": no column '" + c + "' in the header");
                }
            }
            List<AcledEvent> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                String where = file + " record " + r.getRecordNumber() + ": ";
                out.add(new AcledEvent(r.get("event_id_cnty"), r.get("country"), r.get("event_type"),
                        r.get("sub_event_type"), r.get("actor1"), number(r.get("inter1"), where + "inter1"),
                        absent(r.get("actor2")), number(r.get("inter2"), where + "inter2"), r.get("notes"),
                        number(r.get("fatalities"), where + "fatalities")));
            }
            return out;
        }
    }

    private static String absent(String s) {
        return s.isBlank() || s.equals("NA") ? "" : s;
    }

    private static int number(String s, String where) {
        if (s.isBlank() || s.equals("NA")) {
            return 0;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " is not a whole number: '" + s + "'");
        }
    }
}
