package org.sitrep.eval.types;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.extract.TypeScores.ClassScore;
import org.sitrep.extract.TypeScores.Confusion;
import org.sitrep.extract.TypeScores.Score;
import org.sitrep.extract.TypeScores;
import org.sitrep.model.SubEventType;

/**
 * Scores {@link SnippetClassifier} against a labelled snippet file ({@code id<TAB>sub_event_type<TAB>text}, one
 * header line, label {@code NONE} for text that reports no event).
 *
 * <p>Two runs, each scored with support-weighted F1:
 * <ul>
 * <li><b>forced</b>: only rows whose label is one of ACLED's 25 sub-event types; the prediction is
 * {@link SnippetClassifier#classifyForced}. Classes are the 25 types.</li>
 * <li><b>unforced</b>: every row; the prediction is {@link SnippetClassifier#detect} (empty means NONE). Classes are
 * the 25 types plus NONE, and NONE counts as a class like any other.</li>
 * </ul>
 * Weighted F1 as defined in {@link TypeScores}.
 */
public final class TypeEvaluation {
    /** The label name for "no event". */
    public static final String NONE = TypeScores.NONE;

    /** One labelled snippet; {@code label} empty means NONE. */
    public record Row(String id, Optional<SubEventType> label, String text) {
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }

        public String labelName() {
            return label.map(SubEventType::label).orElse(NONE);
        }
    }

    /** Both runs over one file. */
    public record Result(Score forced, Score unforced) {
    }

    private TypeEvaluation() {
    }

    /** Reads a labelled file; fails naming the file and line on a bad row or an unknown label. */
    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("id\t")) {
            throw new IllegalArgumentException(file + ": first line must be the header id<TAB>sub_event_type<TAB>text");
        }
        List<Row> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = file + " line " + (n + 1) + ": ";
            if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException(where + "expected id, label and text separated by tabs");
            }
            if (!ids.add(cols[0])) {
                throw new IllegalArgumentException(where + "duplicate id " + cols[0]);
            }
            Optional<SubEventType> label;
            if (cols[1].equals(NONE)) {
                label = Optional.empty();
            } else {
                // exactly ACLED's spelling, not the lenient enum-name match
                SubEventType t = SubEventType.parse(cols[1]).filter(s -> s.label().equals(cols[1]))
                        .orElseThrow(() -> new IllegalArgumentException(where + "unknown label '" + cols[1] + "'"));
                label = Optional.of(t);
            }
            out.add(new Row(cols[0], label, cols[2]));
        }
        return out;
    }

    public static Result evaluate(List<Row> rows, SnippetClassifier c) {
        List<TypeScores.Judged> forced = new ArrayList<>();
        List<TypeScores.Judged> unforced = new ArrayList<>();
        for (Row r : rows) {
            String predicted = c.detect(r.text()).map(st -> st.type().label()).orElse(NONE);
            unforced.add(new TypeScores.Judged(r.id(), r.labelName(), predicted));
            if (r.label().isPresent()) {
                forced.add(new TypeScores.Judged(r.id(), r.labelName(),
                        c.classifyForced(r.text()).type().label()));
            }
        }
        return new Result(TypeScores.score(forced), TypeScores.score(unforced));
    }

    /** A readable summary of one run, every confusion listed. */
    public static void print(String title, Score s, PrintStream out) {
        print(title, s, Integer.MAX_VALUE, out);
    }

    /** A readable summary of one run: totals, per-class scores and the {@code confusions} most frequent errors. */
    public static void print(String title, Score s, int confusions, PrintStream out) {
        out.printf(Locale.ROOT, "%s: rows=%d weightedF1=%.3f accuracy=%.3f%n", title, s.rows(), s.weightedF1(),
                s.accuracy());
        for (ClassScore c : s.perClass()) {
            out.printf(Locale.ROOT, "  %-36s P=%.2f R=%.2f F1=%.2f support=%d predicted=%d%n", c.label(),
                    c.precision(), c.recall(), c.f1(), c.support(), c.predicted());
        }
        for (Confusion c : s.confusions().stream().limit(confusions).toList()) {
            out.printf(Locale.ROOT, "  confused %-36s -> %-36s x%d%n", c.gold(), c.predicted(), c.count());
        }
    }
}
