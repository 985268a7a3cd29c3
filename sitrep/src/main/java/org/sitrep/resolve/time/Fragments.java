package org.sitrep.resolve.time;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regex pieces the time rules are built from (months, weekdays, years, days, numbers, units), made once from
 * the lexicon, and how a rule reads the words of a match and around it. Immutable.
 */
record Fragments(TimeLexicon lex, String mon, String wdf, String wda, String year, String day, String num, String units,
        String pod, String mods) {

    static Fragments of(TimeLexicon lex) {

        // only an abbreviation takes a full stop, so "in July." leaves the sentence's stop outside
        String mon = "(?:" + alt(lex.forms("month").keySet().stream().filter(w -> isAbbreviation(lex, w)).toList())
                + ")\\b\\.?|(?:" + alt(lex.forms("month").keySet().stream().filter(w -> !isAbbreviation(lex, w)).toList())
                + ")\\b";
        mon = "(?:" + mon + ")";
        Set<String> wdFull = lex.forms("weekday").keySet().stream().filter(w -> w.endsWith("day"))
                .collect(Collectors.toSet());
        String wdf = "(?:" + alt(wdFull) + ")\\b";
        String wda = "(?:" + alt(lex.forms("weekday").keySet()) + ")\\b\\.?";
        String year = "(?:1[7-9]\\d\\d|20\\d\\d)(?![\\d%])";
        String day = "[0-3]?\\d(?:st|nd|rd|th)?\\b";
        String num = "(?:\\d{1,4}|" + alt(lex.forms("number").keySet()) + ")";
        String units = "(?:" + alt(lex.forms("unit").keySet()) + ")\\b";
        String pod = "(?:morning|afternoon|evening|night|overnight)\\b";
        String mods = "(?:the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of|the\\s+start\\s+of|start\\s+of"
                + "|the\\s+middle\\s+of|middle\\s+of|early|mid|late)";

        return new Fragments(lex, mon, wdf, wda, year, day, num, units, pod, mods);
    }

    /** A month form shorter than the month's full name ("Jan", "Sept"). */
    static boolean isAbbreviation(TimeLexicon lex, String monthWord) {
        Integer m = lex.month(monthWord);
        return m != null && lex.forms("month").entrySet().stream()
                .anyMatch(e -> e.getValue().equals(String.valueOf(m)) && e.getKey().length() > monthWord.length());
    }

    Integer count(String word) {
        if (word.matches("\\d+")) {
            return Integer.valueOf(word);
        }
        return lex.number(word);
    }

    static boolean capitalised(Matcher m, String group) {
        String g = m.group(group);
        return g != null && Character.isUpperCase(g.charAt(0));
    }

    static boolean hasGroup(Matcher m, String name) {
        try {
            m.start(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String wordBefore(String t, int pos) {
        int e = pos;
        while (e > 0 && t.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        return t.substring(s, e);
    }

    static String wordAfter(String t, int pos) {
        int s = pos;
        while (s < t.length() && t.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** A regex alternation of lexicon forms, longest first, spaces matching any run of white space. */
    static String alt(Collection<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
