package org.sitrep.eval.places;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.engine.Engine;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.model.Document;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;

/**
 * Places on real ACLED event descriptions: the rows of {@code ../shared/eval/acled/acled-2022-dev.csv} whose
 * {@code geo_precision} is 1 or 2, each row's {@code notes} run through the whole engine with the event date as the
 * document date; the Syria rows (the acceptance figure) and, apart, the rows of every other country (a worldwide
 * check: the gazetteer is Syria-grade, elsewhere it knows countries, admin-1 units and larger towns). MEASUREMENT ONLY: the file is read at run time and nothing of it is kept (see its README).
 *
 * <p>The event's location is the place of the first event report in text order that the document asserts (or
 * reports as a fact of the outlet) and that has a resolved place; failing that, of the first event report of any
 * modality with a resolved place; failing that the row is unanswered. ACLED notes tell one event, usually first.
 *
 * <p>Usage: {@code java -jar sitrep-eval/target/sitrep-eval.jar acled-places [CSV] [--errors]}.
 */
public final class AcledPlaceEvaluation {
    static final String DEFAULT_CSV = "../shared/eval/acled/acled-2022-dev.csv";

    /** One scored row: ACLED's place and ours ({@code answer} null when unanswered). */
    record Row(String id, String acledLocation, int acledPrecision, double lat, double lon, String notes,
               Location answer, double km, String tried) {
    }

    private AcledPlaceEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        boolean errors = List.of(args).contains("--errors");
        Path csv = Path.of(List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse(DEFAULT_CSV));
        if (!Files.isRegularFile(csv)) {
            System.err.println("acled-places: " + csv + " is absent (real ACLED data, read from ../shared at run time"
                    + " only); nothing measured");
            System.exit(1);
        }
        Engine engine = Engine.standard();
        List<Row> rows = new ArrayList<>();
        List<Row> world = new ArrayList<>();
        for (CSVRecord r : read(csv)) {
            int precision = Integer.parseInt(r.get("geo_precision").trim());
            if (precision != 1 && precision != 2) {
                continue;
            }
            String notes = r.get("notes");
            Processed processed = engine.process(document(r.get("event_id_cnty"), notes,
                    LocalDate.parse(r.get("event_date").trim())));
            Location answer = locate(processed);
            double lat = Double.parseDouble(r.get("latitude"));
            double lon = Double.parseDouble(r.get("longitude"));
            double km = answer == null ? Double.NaN : Geo.km(lat, lon, answer.lat(), answer.lon());
            ("Syria".equals(r.get("country")) ? rows : world).add(new Row(r.get("event_id_cnty"), r.get("location"),
                    precision, lat, lon, notes, answer, km, answer == null ? tried(processed) : ""));
        }
        print("ACLED Syria rows", rows, System.out);
        print("ACLED rows outside Syria", world, System.out);
        if (errors) {
            rows.stream().filter(x -> x.answer() == null || x.km() > 25)
                    .sorted(Comparator.comparingDouble(x -> Double.isNaN(x.km()) ? Double.MAX_VALUE : x.km()))
                    .forEach(x -> System.out.println(miss(x)));
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    static Document document(String id, String text, LocalDate date) {
        return new Document(id, id, "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null, null, date,
                null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
    }

    /** The rule of the class comment: first asserted event report with a place, else first with a place. */
    static Location locate(Processed p) {
        Location any = null;
        for (Report r : p.reports()) {
            Location l = r.location();
            if (r.kind() != ReportKind.EVENT || l == null || !l.resolved()) {
                continue;
            }
            if (r.modality() == Modality.ASSERTED || r.modality() == Modality.REPORTED) {
                return l;
            }
            if (any == null) {
                any = l;
            }
        }
        return any;
    }

    /** The place mentions of the event reports that stayed unresolved, for the list of misses. */
    private static String tried(Processed p) {
        return p.reports().stream().filter(r -> r.kind() == ReportKind.EVENT && r.location() != null)
                .map(r -> r.location().mention().text()).distinct().toList().toString();
    }

    static void print(String label, List<Row> rows, java.io.PrintStream out) {
        int n = rows.size();
        List<Row> answered = rows.stream().filter(r -> r.answer() != null).toList();
        long w161 = answered.stream().filter(r -> r.km() <= 161).count();
        long w25 = answered.stream().filter(r -> r.km() <= 25).count();
        double[] kms = answered.stream().mapToDouble(Row::km).sorted().toArray();
        double median = kms.length == 0 ? Double.NaN
                : kms.length % 2 == 1 ? kms[kms.length / 2] : (kms[kms.length / 2 - 1] + kms[kms.length / 2]) / 2;
        out.printf(Locale.ROOT, "%s, geo_precision 1-2 (real ACLED notes, read at run time): %d%n", label, n);
        out.printf(Locale.ROOT, "answered %.3f (%d)  within 161 km %.3f (%d)  within 25 km %.3f (%d)  "
                        + "median error %.1f km (answered)%n", share(answered.size(), n), answered.size(),
                share(w161, n), w161, share(w25, n), w25, median);
        Map<String, Integer> grid = new TreeMap<>();
        for (Row r : rows) {
            String ours = r.answer() == null ? "none" : String.valueOf(r.answer().geoPrecision());
            grid.merge("acled " + r.acledPrecision() + " / ours " + ours, 1, Integer::sum);
        }
        out.println("precision (ACLED / ours): " + grid);
        long honest = answered.stream().filter(r -> r.answer().geoPrecision() != null
                && (r.km() <= 25 || r.answer().geoPrecision() >= 2)).count();
        out.printf(Locale.ROOT, "answers within 25 km or flagged imprecise (precision >= 2): %.3f of answered%n",
                share(honest, answered.size()));
    }

    private static double share(long k, long n) {
        return n == 0 ? 0 : (double) k / n;
    }

    private static String miss(Row r) {
        String ours = r.answer() == null ? "(none; unresolved " + r.tried() + ")"
                : String.format(Locale.ROOT, "%s [%s] p%s %.0f km", r.answer().name(), r.answer().mention().text(),
                r.answer().geoPrecision(), r.km());
        return String.format(Locale.ROOT, "  %s acled=%s p%d -> %s%n    %s", r.id(), r.acledLocation(),
                r.acledPrecision(), ours, r.notes());
    }
}
