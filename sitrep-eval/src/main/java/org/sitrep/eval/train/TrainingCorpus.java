package org.sitrep.eval.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.extract.TypeScores;
import org.sitrep.model.SubEventType;

/**
 * The type model's training sentences, all written by us: {@code training/types/*.tsv} ({@code label<TAB>text}),
 * among them the short exemplars the rules were first written against, and our development
 * snippets ({@code training/labelled/snippets-dev.tsv}, {@code id<TAB>label<TAB>text} with a header). Labels are
 * ACLED's 25 sub-event types spelled exactly as ACLED spells them, or NONE. A sentence met twice is kept once (its
 * first label). Nothing under {@code ../shared} is ever read here.
 */
final class TrainingCorpus {
    record Example(String label, String text, String source) {
    }

    private TrainingCorpus() {
    }

    static List<Example> read(Path root) throws IOException {
        List<Example> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Path dir = root.resolve("training/types");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no training directory (run from the repository root)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path f : files) {
            readFile(f, 0, out, seen);
        }
        readFile(root.resolve("training/labelled/snippets-dev.tsv"), 1, out, seen);
        return out;
    }

    /** The labelled sentences of one file ({@code label<TAB>text}), for calibration sets kept out of training. */
    static List<Example> readLabelled(Path f) throws IOException {
        List<Example> out = new ArrayList<>();
        readFile(f, 0, out, new HashSet<>());
        return out;
    }

    /** Reads label and text from the columns starting at {@code first}; '#' lines, blanks and headers are skipped. */
    private static void readFile(Path f, int first, List<Example> out, Set<String> seen) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < first + 2) {
                throw new IllegalArgumentException(f + " line " + (n + 1) + ": expected label and text separated by a tab");
            }
            String label = cols[first].trim();
            String text = cols[first + 1].trim();
            if (n == 0 && (label.equals("label") || label.equals("sub_event_type"))) {
                continue;
            }
            boolean known = label.equals(TypeScores.NONE)
                    || SubEventType.parse(label).filter(t -> t.label().equals(label)).isPresent();
            if (!known) {
                throw new IllegalArgumentException(f + " line " + (n + 1) + ": unknown label '" + label + "'");
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException(f + " line " + (n + 1) + ": empty text");
            }
            if (seen.add(text)) {
                out.add(new Example(label, text, f.getFileName().toString()));
            }
        }
    }

    /** Every fifth sentence by a hash of its text; String.hashCode is fixed by the language, so the split is stable. */
    static boolean heldOut(String text) {
        return Math.floorMod(text.hashCode() * 31 + 7, 5) == 0;
    }

    static Map<String, Integer> perLabel(List<Example> all) {
        Map<String, Integer> out = new TreeMap<>();
        for (Example e : all) {
            out.merge(e.label(), 1, Integer::sum);
        }
        return out;
    }
}
