package org.sitrep.resolve.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.model.Mention;

/**
 * Infers the publication window of an undated text. Lower bounds: the latest past-tense date the text names in full
 * (a month or year counts from its first day); a year-less date shortly after that; "the seven-year war" or "the
 * war's eighth year" against the conflict's start date (conflict-starts.tsv); and any bounds given from outside.
 * When the bound comes from the text, the upper end is the lower bound plus {@link #HORIZON_DAYS}, flagged as
 * assumed: news reports recent events, but nothing in the text proves it. When an outside bound is the latest (an
 * actor named in the text exists only from some date), the window is open-ended: that an actor was active from 2011
 * says nothing of how much later the text was written. Never uses today's date. Immutable and thread-safe.
 */
public final class PublicationWindowInferrer {
    static final String RESOURCE = "conflict-starts.tsv";
    /** How long after its latest dated mention an article is assumed to appear. */
    public static final int HORIZON_DAYS = 30;
    private static final Pattern YEAR_LESS = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    private final TimeTagger tagger;
    private final TimeLexicon lexicon;
    private final Map<String, LocalDate> conflictStarts;
    private final Pattern conflictAge;
    /** How far a conflict-age phrase reaches from its "year", either way (longer than any phrase of the pattern). */
    private static final int AGE_REACH = 200;

    PublicationWindowInferrer(TimeTagger tagger, TimeLexicon lexicon, Map<String, LocalDate> conflictStarts) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.conflictStarts = Map.copyOf(conflictStarts);
        String num = "(?<n>\\d{1,2}|" + Fragments.alt(lexicon.forms("number").keySet()) + ")";
        String ordWords = "\\d{1,2}(?:st|nd|rd|th)|" + Fragments.alt(lexicon.forms("ordinal").keySet());
        String ord = "(?<o>" + ordWords + ")";
        String ord2 = "(?<o2>" + ordWords + ")";
        // every repetition is bounded, so a phrase reaches at most AGE_REACH characters either side of its "year"
        String sp = "\\s{1,20}";
        String war = "(?:war|conflict|crisis|uprising|revolution|civil" + sp + "war)";
        this.conflictAge = Pattern.compile("(?i)\\b(?:" + num + "[\\s-]{1,20}years?[\\s-]{1,20}(?:old" + sp + "|long"
                + sp + ")?" + war
                + "|" + ord + sp + "year" + sp + "of" + sp + "(?:the" + sp + ")?(?:\\w{1,40}" + sp + ")?" + war
                + "|" + war + "(?:'s)?,?" + sp + "(?:now" + sp + ")?in" + sp + "its" + sp + ord2 + sp + "year)\\b");
    }

    public static PublicationWindowInferrer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PublicationWindowInferrer STANDARD = new PublicationWindowInferrer(TimeTagger.standard(),
                TimeLexicon.standard(), loadConflictStarts());
    }

    static Map<String, LocalDate> loadConflictStarts() {
        return BundledResource.read(PublicationWindowInferrer.class, RESOURCE,
                PublicationWindowInferrer::parseConflictStarts);
    }

    static Map<String, LocalDate> parseConflictStarts(BufferedReader r, String name) throws IOException {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + no + ": expected word, ISO date, description");
            }
            if (!f[0].equals(f[0].toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + ":" + no + ": word must be lower case: " + f[0]);
            }
            try {
                if (m.put(f[0], LocalDate.parse(f[1])) != null) {
                    throw new IllegalArgumentException(name + ":" + no + ": duplicate word " + f[0]);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + ":" + no + ": not an ISO date: " + f[1]);
            }
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException(name + ": no entries");
        }
        return m;
    }

    /** The window, or empty when neither the text nor the outside bounds date it. */
    public Optional<PublicationWindow> infer(String text, List<PublicationWindow.LowerBound> outside) {
        List<TimeExpression> found = tagger.tag(text, null);
        LocalDate lower = null;
        Mention basis = null;
        String reason = null;
        for (TimeExpression t : found) {
            if (t.type() == TimexType.DATE && t.explicit() && t.anchored()
                    && !t.flags().contains(TimeExpression.FUTURE)
                    && (lower == null || t.start().isAfter(lower))) {
                lower = t.start();
                basis = t.mention();
                reason = "latest dated mention";
            }
        }
        if (lower != null) {
            // a year-less date within the horizon after the latest full date moves the bound on ("Oct 20" after
            // "12 October 2015")
            for (TimeExpression t : found) {
                Matcher m = YEAR_LESS.matcher(t.value());
                boolean yearLess = m.matches() || t.flags().contains(TimeExpression.YEAR_INFERRED);
                if (!yearLess || t.flags().contains(TimeExpression.FUTURE)) {
                    continue;
                }
                int month = m.matches() ? Integer.parseInt(m.group(1)) : t.start().getMonthValue();
                int day = m.matches() ? Integer.parseInt(m.group(2)) : t.start().getDayOfMonth();
                LocalDate c = nextOnOrAfter(lower, month, day);
                if (c != null && !c.isAfter(lower.plusDays(HORIZON_DAYS)) && c.isAfter(lower)) {
                    lower = c;
                    basis = t.mention();
                    reason = "year-less date after the latest dated mention";
                }
            }
        }
        List<AgePhrase> ages = conflictAgePhrases(text);
        String lowerText = ages.isEmpty() ? "" : text.toLowerCase(Locale.ROOT);
        // which conflicts the text names, found once (a search of the whole text per age phrase was quadratic)
        Map<String, Boolean> named = new java.util.HashMap<>();
        for (AgePhrase m : ages) {
            Integer years = m.number() != null ? count(m.number()) : null;
            String o = m.ordinal();
            Integer ordinal = o != null ? ordinal(o) : null;
            for (Map.Entry<String, LocalDate> c : conflictStarts.entrySet()) {
                if (!named.computeIfAbsent(c.getKey(), k -> Pattern.compile("\\b" + Pattern.quote(k) + "\\b")
                        .matcher(lowerText).find())) {
                    continue;
                }
                // "seven-year war" is said from about six months before the seventh anniversary (rounding)
                LocalDate bound = years != null ? c.getValue().plusYears(years).minusMonths(6)
                        : ordinal != null ? c.getValue().plusYears(ordinal - 1L) : null;
                if (bound != null && (lower == null || bound.isAfter(lower))) {
                    lower = bound;
                    basis = Mention.of(m.text(), m.start(), m.end());
                    reason = "age of the conflict";
                }
            }
        }
        boolean onlyFromBelow = false;
        for (PublicationWindow.LowerBound b : outside == null ? List.<PublicationWindow.LowerBound>of() : outside) {
            if (lower == null || b.date().isAfter(lower)) {
                lower = b.date();
                basis = null;
                reason = b.reason();
                onlyFromBelow = true;
            }
        }
        if (lower == null) {
            return Optional.empty();
        }
        if (onlyFromBelow) {
            return Optional.of(PublicationWindow.notBefore(lower, basis, reason));
        }
        return Optional.of(new PublicationWindow(lower, lower.plusDays(HORIZON_DAYS), basis, reason,
                PublicationWindow.standardFlags(true)));
    }

    /**
     * The conflict-age phrases of a text ("the seven-year war", "the fifth year of the conflict", "the war, now in its
     * eighth year"), as a scan of the whole text finds them. Every one says "year", so only the stretches around
     * that word are searched: a regex tried at every position of a long document was a good part of its reading.
     */
    List<AgePhrase> conflictAgePhrases(String text) {
        List<AgePhrase> out = new ArrayList<>();
        Matcher m = conflictAge.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int len = text.length();
        int i = 0;
        while (i < len) {
            int at = nextYear(text, i);
            if (at < 0) {
                break;
            }
            int from = Math.max(0, at - AGE_REACH);
            int to = Math.min(len, at + 4 + AGE_REACH);
            // stretches that overlap are searched as one, so no phrase is found twice or cut in two
            int next = nextYear(text, at + 4);
            while (next >= 0 && next - AGE_REACH <= to) {
                to = Math.min(len, next + 4 + AGE_REACH);
                next = nextYear(text, next + 4);
            }
            m.region(Math.max(from, out.isEmpty() ? 0 : out.get(out.size() - 1).end()), to);
            while (m.find()) {
                out.add(AgePhrase.of(m));
            }
            i = to;
        }
        return out;
    }

    /** A conflict-age phrase: its words and offsets, and the number ("seven") or ordinal ("fifth") it gives. */
    record AgePhrase(String text, int start, int end, String number, String ordinal) {
        static AgePhrase of(Matcher m) {
            return new AgePhrase(m.group(), m.start(), m.end(), m.group("n"),
                    m.group("o") != null ? m.group("o") : m.group("o2"));
        }
    }

    /** The whole-text scan that {@link #conflictAgePhrases} must agree with (for tests). */
    List<AgePhrase> conflictAgePhrasesByFullScan(String text) {
        List<AgePhrase> out = new ArrayList<>();
        Matcher m = conflictAge.matcher(text);
        while (m.find()) {
            out.add(AgePhrase.of(m));
        }
        return out;
    }

    /** Where "year" (any case) next starts at or after {@code from}, or -1. */
    private static int nextYear(String text, int from) {
        for (int i = from; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'y' || c == 'Y') && text.regionMatches(true, i, "year", 0, 4)) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate nextOnOrAfter(LocalDate from, int month, int day) {
        for (int y = from.getYear(); y <= from.getYear() + 1; y++) {
            if (day <= java.time.YearMonth.of(y, month).lengthOfMonth()) {
                LocalDate d = LocalDate.of(y, month, day);
                if (!d.isBefore(from)) {
                    return d;
                }
            }
        }
        return null;
    }

    private Integer count(String w) {
        return w.matches("\\d+") ? Integer.valueOf(w) : lexicon.number(w);
    }

    private Integer ordinal(String w) {
        String digits = w.replaceAll("\\D", "");
        return !digits.isEmpty() ? Integer.valueOf(digits) : lexicon.ordinal(w);
    }
}
