package org.sitrep.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.resolve.time.TimeTagger;

/**
 * Scores a time tagger on TimeML files (the TempEval-3 TimeBank + AQUAINT set), TempEval-3 style, for DATE
 * expressions: strict (exact span) and relaxed (overlap) extraction P/R/F1, and value P/R/F1, where a value counts
 * when a relaxed match has the gold value. Precision counts the system's DATE expressions, recall the gold ones.
 * The tagger is a function, so the same scorer measures sitrep and other systems (the bench module runs SUTime).
 *
 * <p>Listing the errors: {@code TimeBankErrors} among the tests; side by side with SUTime: {@code bench/run dates}.
 */
public final class TimeMlEvaluation {

    /** One time expression a system found: offsets into the text (end exclusive), TIMEX3 type name and value. */
    public record Timex(int start, int end, String type, String value) {
        public Timex {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** A system under test: the time expressions of a text given its document creation time. */
    @FunctionalInterface
    public interface Tagger {
        List<Timex> tag(String text, LocalDate dct);
    }

    /** Counts over a set of documents; {@code nanos} is the time spent inside the tagger. */
    public record Scores(int gold, int system, int strict, int relaxed, int valueCorrect, int docs, long nanos) {
        public double precision(int tp) {
            return system == 0 ? 0 : (double) tp / system;
        }

        public double recall(int tp) {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1(int tp) {
            double p = precision(tp);
            double r = recall(tp);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double strictF1() {
            return f1(strict);
        }

        public double relaxedF1() {
            return f1(relaxed);
        }

        public double valueF1() {
            return f1(valueCorrect);
        }

        /** Documents per second of tagging time (0 when nothing was timed). */
        public double docsPerSecond() {
            return nanos <= 0 ? 0 : docs / (nanos / 1e9);
        }

        public String report() {
            return String.format(Locale.ROOT, "docs %d, gold DATE %d, system DATE %d%n"
                    + "strict span  P %.3f R %.3f F1 %.3f%n"
                    + "relaxed span P %.3f R %.3f F1 %.3f%n"
                    + "value        P %.3f R %.3f F1 %.3f%n", docs, gold, system,
                    precision(strict), recall(strict), f1(strict), precision(relaxed), recall(relaxed), f1(relaxed),
                    precision(valueCorrect), recall(valueCorrect), f1(valueCorrect));
        }
    }

    private TimeMlEvaluation() {
    }

    /**
     * Scores sitrep's tagger on a TimeML root and writes {@link #report(Path, int)} to a file (library code does not
     * print): {@code java -Dexamples=3 -cp sitrep-eval/target/sitrep-eval.jar org.sitrep.eval.time.TimeMlEvaluation
     * ../shared/eval/time /tmp/dates.txt}. {@code -Dexamples=N}: examples per cause (default 3, -1 for all).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TimeMlEvaluation <TimeML root> <report file>");
        }
        Files.writeString(Path.of(args[1]), report(Path.of(args[0]), Integer.getInteger("examples", 3)));
    }

    /**
     * sitrep's errors on the TimeML files under {@code root} counted by cause ({@link TimeMlErrorCause}) with up to
     * {@code examples} lines each, then the scores and the tagging speed of a second pass (the first warms the JIT).
     */
    public static String report(Path root, int examples) {
        List<TimeMlDocument> docs = load(root);
        Tagger sitrep = of(TimeTagger.standard());
        List<String> lines = new ArrayList<>();
        Scores s = score(sitrep, docs, lines::add, 0);
        Scores timed = score(sitrep, docs);
        return errorsByCause(lines, examples) + s.report() + String.format(Locale.ROOT,
                "tagging: %d docs in %d ms, %.0f docs/s (second pass)%n", timed.docs(), timed.nanos() / 1_000_000,
                timed.docsPerSecond());
    }

    /**
     * The error lines of {@link #score(Tagger, List, Consumer, int)} counted by cause, most frequent first, each cause
     * with up to {@code examples} of its lines (all when negative). Correct values (OK) are left out.
     */
    public static String errorsByCause(List<String> lines, int examples) {
        java.util.Map<String, List<String>> byCause = new java.util.TreeMap<>();
        int errors = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String cause = switch (f[0]) {
                case "OK" -> null;
                case "MISS" -> TimeMlErrorCause.ofMiss(f[3], f[4]);
                case "TYPE" -> TimeMlErrorCause.ofType(f[5]);
                case "VALUE" -> TimeMlErrorCause.ofValue(f[3], f[4], f[5]);
                case "SPURIOUS" -> TimeMlErrorCause.ofSpurious(null, f[5]);
                case "NOT_DATE" -> TimeMlErrorCause.ofSpurious(f[4], f[5]);
                default -> "other: " + f[0];
            };
            if (cause != null) {
                byCause.computeIfAbsent(cause, k -> new ArrayList<>()).add(line);
                errors++;
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "errors by cause (%d)%n", errors));
        byCause.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            out.append(String.format(Locale.ROOT, "%5d  %s%n", e.getValue().size(), e.getKey()));
            List<String> shown = examples < 0 ? e.getValue() : e.getValue().subList(0,
                    Math.min(examples, e.getValue().size()));
            for (String l : shown) {
                out.append("         ").append(l).append(System.lineSeparator());
            }
        });
        return out.toString();
    }

    /** sitrep's tagger as a {@link Tagger}. */
    public static Tagger of(TimeTagger tagger) {
        return (text, dct) -> tagger.tag(text, dct).stream()
                .map(t -> new Timex(t.span().start(), t.span().end(), t.type().name(), t.value())).toList();
    }

    /** The .tml files of root/TimeBank and root/AQUAINT, in name order; a missing folder is an error. */
    public static List<TimeMlDocument> load(Path root) {
        List<TimeMlDocument> docs = new ArrayList<>();
        for (String sub : new String[] {"TimeBank", "AQUAINT"}) {
            Path dir = root.resolve(sub);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no TimeML folder " + dir);
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    docs.add(TimeMlDocument.read(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(docs);
    }

    public static Scores score(Tagger tagger, List<TimeMlDocument> docs) {
        return score(tagger, docs, null, 0);
    }

    /**
     * Scores the tagger; when {@code listing} is given it receives one tab-separated line per error (MISS, TYPE,
     * VALUE, SPURIOUS, NOT_DATE) and per correct value (OK): kind, document, DCT, gold words | system words, gold value,
     * system value, and with {@code context > 0} that many characters of text either side.
     */
    public static Scores score(Tagger tagger, List<TimeMlDocument> docs, Consumer<String> listing, int context) {
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        long nanos = 0;
        for (TimeMlDocument d : docs) {
            long t0 = System.nanoTime();
            List<Timex> found = tagger.tag(d.text(), d.dct());
            nanos += System.nanoTime() - t0;
            List<TimeMlDocument.Gold> golds = d.timexes().stream().filter(g -> "DATE".equals(g.type())).toList();
            gold += golds.size();
            List<Timex> dates = found.stream().filter(t -> "DATE".equals(t.type())).toList();
            system += dates.size();
            for (TimeMlDocument.Gold g : golds) {
                Timex match = found.stream().filter(t -> t.overlaps(g.start(), g.end())).findFirst().orElse(null);
                if (match == null) {
                    note(listing, "MISS", d, g.text(), g.value(), "", context, g.start(), g.end());
                    continue;
                }
                String words = g.text() + " | " + d.text().substring(match.start(), match.end());
                if (!"DATE".equals(match.type())) {
                    note(listing, "TYPE", d, words, g.value(), match.type() + " " + match.value(), context,
                            g.start(), g.end());
                    continue;
                }
                relaxed++;
                if (match.start() == g.start() && match.end() == g.end()) {
                    strict++;
                }
                boolean right = match.value().equals(g.value());
                if (right) {
                    value++;
                }
                note(listing, right ? "OK" : "VALUE", d, words, g.value(), match.value(), context, g.start(),
                        g.end());
            }
            for (Timex t : dates) {
                List<TimeMlDocument.Gold> over = d.timexes().stream().filter(g -> t.overlaps(g.start(), g.end()))
                        .toList();
                if (over.isEmpty()) {
                    note(listing, "SPURIOUS", d, d.text().substring(t.start(), t.end()), "", t.value(), context,
                            t.start(), t.end());
                } else if (over.stream().noneMatch(g -> "DATE".equals(g.type()))) {
                    // a DATE where the gold has a TIME, DURATION or SET: it costs precision like a spurious one
                    note(listing, "NOT_DATE", d, over.get(0).text() + " | " + d.text().substring(t.start(), t.end()),
                            over.get(0).type() + " " + over.get(0).value(), t.value(), context, t.start(), t.end());
                }
            }
        }
        return new Scores(gold, system, strict, relaxed, value, docs.size(), nanos);
    }

    private static void note(Consumer<String> listing, String kind, TimeMlDocument d, String words, String gold,
            String got, int context, int start, int end) {
        if (listing == null) {
            return;
        }
        StringBuilder line = new StringBuilder().append(kind).append('\t').append(d.name()).append('\t')
                .append(d.dct()).append('\t').append(words.replaceAll("\\s+", " ")).append('\t').append(gold)
                .append('\t').append(got);
        if (context > 0) {
            String t = d.text();
            line.append('\t').append((t.substring(Math.max(0, start - context), start) + "[["
                    + t.substring(start, end) + "]]" + t.substring(end, Math.min(t.length(), end + context)))
                    .replaceAll("\\s+", " "));
        }
        listing.accept(line.toString());
    }
}
