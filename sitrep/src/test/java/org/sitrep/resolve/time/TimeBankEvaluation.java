package org.sitrep.resolve.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores {@link TimeTagger} on the TempEval-3 TimeBank + AQUAINT TimeML files, TempEval-3 style, for DATE
 * expressions: strict (exact span) and relaxed (overlap) extraction P/R/F1, and value P/R/F1 where a value counts
 * when a relaxed match has the gold value. Precision counts our DATE expressions, recall the gold DATE ones.
 *
 * <p>Run: {@code mvn -B -q -o test-compile && java -cp "sitrep/target/classes:sitrep/target/test-classes"
 * org.sitrep.resolve.time.TimeBankEvaluation ../shared/eval/time [--errors]}
 */
public final class TimeBankEvaluation {

    record Scores(int gold, int system, int strict, int relaxed, int valueCorrect, int docs) {
        double p(int tp) {
            return system == 0 ? 0 : (double) tp / system;
        }

        double r(int tp) {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f(int tp) {
            double p = p(tp);
            double r = r(tp);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String report() {
            return String.format(Locale.ROOT, "docs %d, gold DATE %d, system DATE %d%n"
                    + "strict span  P %.3f R %.3f F1 %.3f%n"
                    + "relaxed span P %.3f R %.3f F1 %.3f%n"
                    + "value        P %.3f R %.3f F1 %.3f%n", docs, gold, system,
                    p(strict), r(strict), f(strict), p(relaxed), r(relaxed), f(relaxed),
                    p(valueCorrect), r(valueCorrect), f(valueCorrect));
        }
    }

    static List<TimeMlDocument> load(Path root) {
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
        return docs;
    }

    static Scores score(TimeTagger tagger, List<TimeMlDocument> docs, StringBuilder errors) {
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        for (TimeMlDocument d : docs) {
            List<TimeExpression> found = tagger.tag(d.text(), d.dct());
            List<TimeMlDocument.Gold> golds = d.timexes().stream().filter(g -> "DATE".equals(g.type())).toList();
            gold += golds.size();
            List<TimeExpression> dates = found.stream().filter(t -> t.type() == TimexType.DATE).toList();
            system += dates.size();
            for (TimeMlDocument.Gold g : golds) {
                TimeExpression match = null;
                for (TimeExpression t : found) {
                    if (t.span().start() < g.end() && g.start() < t.span().end()) {
                        match = t;
                        break;
                    }
                }
                if (match == null) {
                    note(errors, "MISS", d, g.text(), g.value(), context(d, g.start(), g.end()));
                    continue;
                }
                if (match.type() != TimexType.DATE) {
                    note(errors, "TYPE", d, g.text(), g.value(), match.type() + " " + match.value());
                    continue;
                }
                relaxed++;
                if (match.span().start() == g.start() && match.span().end() == g.end()) {
                    strict++;
                }
                if (match.value().equals(g.value())) {
                    value++;
                } else {
                    note(errors, "VALUE", d, g.text() + " | " + match.text(), g.value(), match.value() + context(d, g.start(), g.end()));
                }
            }
            for (TimeExpression t : dates) {
                boolean any = d.timexes().stream().anyMatch(g -> t.span().start() < g.end()
                        && g.start() < t.span().end());
                if (!any) {
                    note(errors, "SPURIOUS", d, t.text(), "", t.value() + context(d, t.span().start(), t.span().end()));
                }
            }
        }
        return new Scores(gold, system, strict, relaxed, value, docs.size());
    }

    /** With -Dcontext=N, N characters of text either side of an error (for reading the error list). */
    private static String context(TimeMlDocument d, int start, int end) {
        int n = Integer.getInteger("context", 0);
        if (n <= 0) {
            return "";
        }
        String t = d.text();
        return "\t" + (t.substring(Math.max(0, start - n), start) + "[[" + t.substring(start, end) + "]]"
                + t.substring(end, Math.min(t.length(), end + n))).replaceAll("\\s+", " ");
    }

    private static void note(StringBuilder errors, String kind, TimeMlDocument d, String text, String gold,
            String got) {
        if (errors != null) {
            errors.append(kind).append('\t').append(d.name()).append('\t').append(d.dct()).append('\t')
                    .append(text.replace('\n', ' ')).append('\t').append(gold).append('\t').append(got).append('\n');
        }
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/eval/time");
        boolean errors = args.length > 1 && args[1].equals("--errors");
        List<TimeMlDocument> docs = load(root);
        StringBuilder err = errors ? new StringBuilder() : null;
        long t0 = System.nanoTime();
        Scores s = score(TimeTagger.standard(), docs, err);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (err != null) {
            System.out.print(err);
        }
        System.out.print(s.report());
        System.out.printf(Locale.ROOT, "tagging time %d ms for %d documents%n", ms, docs.size());
    }
}
