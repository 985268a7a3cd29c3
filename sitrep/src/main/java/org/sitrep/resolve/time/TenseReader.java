package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Fragments.alt;
import static org.sitrep.resolve.time.Fragments.wordBefore;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.resolve.time.Parse.Kind;

/**
 * Reads the tense of the clause around a time expression (future cue, past-tense verb, or neither), which decides
 * on which side of the anchor a year-less date falls. Immutable and thread-safe.
 */
final class TenseReader {
    private final TimeLexicon lex;
    private final Pattern futureCue;
    /** The characters of {@link #firstChars}' class: the only ones a future cue begins with. */
    private final String cueStarts;
    /** The ASCII ones among them, as a table: every character of a sentence is looked up. */
    private final boolean[] asciiCueStarts = new boolean[128];

    TenseReader(TimeLexicon lex) {
        this.lex = lex;
        Set<String> cues = lex.forms("future_cue").keySet();
        this.cueStarts = firstChars(cues);
        cueStarts.chars().filter(c -> c < 128).forEach(c -> asciiCueStarts[c] = true);
        // the look-ahead only says what the cues begin with: searching a sentence, the one character class rules out
        // nearly every position at once instead of each cue ruling it out in turn
        this.futureCue = Pattern.compile("(?i)(?=" + charClass(cueStarts) + ")(?<![\\w'])(?:" + alt(cues)
                + ")(?!\\w)");
    }

    /** The characters the words begin with, in either case. */
    private static String firstChars(Set<String> words) {
        StringBuilder out = new StringBuilder();
        words.stream().map(w -> w.charAt(0))
                .flatMap(c -> java.util.stream.Stream.of(c, Character.toLowerCase(c), Character.toUpperCase(c)))
                .distinct().sorted().forEach(out::append);
        return out.toString();
    }

    /** A character class of exactly these characters. */
    private static String charClass(String chars) {
        StringBuilder out = new StringBuilder("[");
        chars.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.append(']').toString();
    }

    /**
     * How far the nearest future cue in {@code text[from, to)} that does not start inside the expression
     * {@code [start, end)} lies from it, or {@link Integer#MAX_VALUE} for none; the cues as {@code find()} over
     * that region finds them. The pattern is tried only where both its look-ahead and its look-behind hold (a cue's
     * first character, not right after a word character or an apostrophe; at {@code from} the region hides what
     * comes before, as it hides it from {@code find()}): a matcher searching the sentence of each expression of a
     * text tried it at every character.
     */
    private int nearestFutureCue(String text, int from, int to, int start, int end) {
        int nearest = Integer.MAX_VALUE;
        Matcher m = futureCue.matcher(text);
        int at = from;
        while (at < to) {
            if (!mayStartCue(text.charAt(at)) || at > from && wordOrApostrophe(text.charAt(at - 1))) {
                at++;
                continue;
            }
            m.region(at, to);
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            if (m.start() < start || m.start() >= end) {
                nearest = Math.min(nearest, m.start() >= end ? m.start() - end : start - m.end());
            }
            at = m.end();
        }
        return nearest;
    }

    private boolean mayStartCue(char c) {
        return c < 128 ? asciiCueStarts[c] : cueStarts.indexOf(c) >= 0;
    }

    /** What {@code [\w']} matches (a word character as a regex without Unicode classes reads it). */
    private static boolean wordOrApostrophe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\'';
    }


    /**
     * The tense of the clause around an expression, read from the tense cue nearest to it within the sentence:
     * +1 when that is a future cue ("will", "scheduled"), -1 when it is a past-tense verb ("said", "fell",
     * "announced"), 0 when the clause has neither. The nearest cue, not any cue, decides: in "said he will go on
     * Friday" the future governs Friday, in "will appeal the ruling announced Wednesday" the past does.
     */
    int tenseAround(String text, Parse p) {
        int start = p.start();
        int end = p.end();
        String before = wordBefore(text, start).toLowerCase(Locale.ROOT);
        if (before.equals("since")) {
            // "on patrol since March": "since" counts from a time already past, whatever the clause says next
            return -1;
        }
        int from = start;
        int stop = Math.max(0, start - 120);
        while (from > stop && !sentenceBreak(text, from - 1)) {
            from--;
        }
        int to = end;
        int limit = Math.min(text.length(), end + 40);
        while (to < limit && !sentenceBreak(text, to)) {
            to++;
        }
        int future = nearestFutureCue(text, from, to, start, end);
        int past = Integer.MAX_VALUE;
        boolean pastGoverns = false;
        AsciiWords w = new AsciiWords(text, from, to);
        while (w.next()) {
            if (w.start() >= start && w.start() < end) {
                continue;
            }
            int dist = w.start() >= end ? w.start() - end : start - w.end();
            if (dist < past && isPastVerb(w.word()) && !afterBe(text, w.start())
                    && !beforeFutureCue(text, w.end(), to)) {
                past = dist;
                pastGoverns = w.end() <= start && !lex.listed("deadline_word", before)
                        && !lex.listed("adjective_marker", wordBefore(text, w.start()).toLowerCase(Locale.ROOT))
                        && sameClause(text, w.word(), w.end(), start);
            }
        }
        // a past verb speaks for the date when right beside it ("fell on 20 December", "met Monday"), or when it is
        // the verb of the date's own clause, however many words stand between ("shelled army positions near Hama
        // on 20 December"). Across a clause break, or from a verb of saying, it is as often the verb of another
        // clause ("said ... payable Dec. 7"), so a future cue in the sentence then governs, and with none the tense
        // stays open. Further off, an "-ed" word after a determiner is an adjective ("the reduced dividend is
        // payable Jan. 2"), a deadline ("extended the loans through January") lies ahead of the verb, and a future
        // cue anywhere in the sentence may head a clause the past verb only qualifies ("will sign the decree the
        // council approved ... on Feb. 15")
        if ((past <= PAST_REACH || pastGoverns && future == Integer.MAX_VALUE) && past < future) {
            return -1;
        }
        if (p.kind() == Kind.CALENDAR && p.month() != null && p.day() == null && p.year() == null
                && lex.listed("deadline_word", before)) {
            // "by May", "through January": a month given as a deadline or an end lies ahead unless a past verb
            // beside it says otherwise
            return 1;
        }
        return future < Integer.MAX_VALUE ? 1 : 0;
    }

    /**
     * "were planning", "was expected to", "was due": a past auxiliary that carries a future cue looks forward from
     * its clause, so it is no past cue for the date (the future cue beside it speaks instead).
     */
    private boolean beforeFutureCue(String text, int wordEnd, int limit) {
        int s = wordEnd;
        while (s < limit && text.charAt(s) == ' ') {
            s++;
        }
        return s > wordEnd && s < limit && futureCue.matcher(text).region(s, limit).lookingAt();
    }

    /**
     * Whether a past-tense verb ending at {@code verbEnd} heads the clause that reaches the expression at
     * {@code exprStart}: it is no verb of saying (whose complement is a clause of its own), and nothing between
     * them opens a new clause: no comma, colon, dash or bracket, no listed clause-opening word ("that", "which",
     * "but"), no infinitive "to" ("agreed to meet on 20 December" looks ahead).
     */
    private boolean sameClause(String text, String verb, int verbEnd, int exprStart) {
        if (lex.forms("speech_verb").containsKey(verb.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = verbEnd; i < exprStart; i++) {
            char c = text.charAt(i);
            if (",;:()[]\u2013\u2014\"\u201c\u201d".indexOf(c) >= 0 || c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        AsciiWords w = new AsciiWords(text, verbEnd, exprStart);
        while (w.next()) {
            String word = w.word().toLowerCase(Locale.ROOT);
            if (lex.forms("clause_break").containsKey(word)) {
                return false;
            }
            if (word.equals("to") && infinitiveAfter(text, w.end(), exprStart)) {
                return false;
            }
        }
        return true;
    }

    /** "to meet", "to hold": "to" before a lower-case word that is no determiner, number or pronoun. */
    private boolean infinitiveAfter(String text, int toEnd, int limit) {
        AsciiWords n = new AsciiWords(text, toEnd, limit);
        if (!n.next() || !text.substring(toEnd, n.start()).isBlank()) {
            return false;
        }
        String next = n.word();
        return Character.isLowerCase(next.charAt(0)) && !lex.listed("not_verb_after_to", next);
    }

    /** "be named", "been delayed": an "-ed" form after a form of "be" is a participle, not a past tense. */
    private static boolean afterBe(String text, int wordStart) {
        String before = wordBefore(text, wordStart).toLowerCase(Locale.ROOT);
        return before.equals("be") || before.equals("been") || before.equals("being");
    }

    private static final int PAST_REACH = 15;

    /** A past-tense verb: a listed irregular form, or a lower-case "-ed" word that the lexicon does not exclude. */
    private boolean isPastVerb(String word) {
        if (lex.forms("past_cue").containsKey(word)) {
            return true;
        }
        return word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                && !word.endsWith("eed") && !lex.forms("not_past").containsKey(word)
                && !lex.forms("future_cue").containsKey(word);
    }

    private boolean sentenceBreak(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // a full stop followed by a space and a capital; "Oct. 20" (abbreviation + digit) is not a break
        return c == '.' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(text, i);
    }

    /** Titles and initials ("Mr. Schwarz", "Daniel P. Davison", "U.S. Trust") end with a stop mid-sentence. */
    private boolean abbreviationBefore(String text, int stop) {
        int s = stop;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int len = stop - s;
        if (len == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return len > 0 && lex.listed("title_abbreviation", text.substring(s, stop).toLowerCase(Locale.ROOT));
    }
}
