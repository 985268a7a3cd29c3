package org.sitrep.resolve.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the time grammar in their order, each with the trigger words near which it runs, and the matching
 * of all rules over a text. Filled once by the rule classes, then only read (thread-safe after construction).
 */
final class RuleBook {

    /**
     * A pattern, what reads its matches, and the words (or {@link #DIGITS}) one of which every match contains:
     * a rule only runs near its trigger words, which keeps tagging fast on long texts.
     */
    private record Rule(Pattern pattern, BiFunction<Matcher, String, List<Parse>> reader, Set<String> triggers,
            LeadingChars leads) {
    }

    static final String DIGITS = "#digits";
    /**
     * A run of four or more digits: the trigger of rules each of whose matches holds a year (2015, 1990s, 2015-10-31),
     * so they run near years only, not near every day and count a conflict report is full of.
     */
    static final String LONG_DIGITS = "#digits4";
    /** How far a match may reach either side of its trigger word. */
    private static final int REACH = 45;
    private final Map<String, int[]> rulesByTrigger = new HashMap<>();
    /**
     * One bit per hash code bucket of the trigger words: a word of the text whose bit is clear triggers no rule, and
     * most words of a text are such, so they are passed over without copying them to look them up.
     */
    private final long[] triggerBits = new long[TRIGGER_BITS / 64];
    private static final int TRIGGER_BITS = 1 << 12;

    private final List<Rule> rules = new ArrayList<>();
    private Set<String> triggers = Set.of(DIGITS);

    /** Sets the trigger words of the rules added next. */
    void near(java.util.Collection<String> words) {
        triggers = Set.copyOf(words);
    }

    void near(String... words) {
        near(List.of(words));
    }

    void add(String regex, BiFunction<Matcher, String, List<Parse>> reader) {
        int index = rules.size();
        Pattern pattern = Pattern.compile("(?i)" + regex);
        rules.add(new Rule(pattern, reader, triggers, LeadingChars.of(pattern)));
        for (String w : triggers) {
            int[] old = rulesByTrigger.getOrDefault(w, new int[0]);
            int[] neu = Arrays.copyOf(old, old.length + 1);
            neu[old.length] = index;
            rulesByTrigger.put(w, neu);
            int b = triggerBit(w.hashCode());
            triggerBits[b >>> 6] |= 1L << b;
        }
    }

    /** The rules' patterns in rule order (for the build step that writes their leading characters). */
    List<Pattern> patterns() {
        return rules.stream().map(Rule::pattern).toList();
    }

    private static int triggerBit(int hash) {
        return (hash ^ (hash >>> 16)) & (TRIGGER_BITS - 1);
    }

    /** Every candidate parse of every rule, in rule order (overlapping candidates included). */
    List<Parse> candidates(String text) {
        return candidates(text, windowsPerRule(text), true);
    }

    /**
     * The same, every rule tried at every position of the whole text: what the trigger words and the token starts
     * may only narrow, never change, on text whose expressions start where its words do.
     */
    List<Parse> candidatesEverywhere(String text) {
        int[][] whole = new int[rules.size()][];
        java.util.Arrays.fill(whole, new int[] {0, text.length()});
        return candidates(text, whole, false);
    }

    private List<Parse> candidates(String text, int[][] windows, boolean tokenStartsOnly) {
        int[] starts = tokenStartsOnly ? TokenStarts.all(text) : null;
        List<Parse> all = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            int[] w = windows[r];
            if (w == null) {
                continue;
            }
            Rule rule = rules.get(r);
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int i = 0; i < w.length; i += 2) {
                if (tokenStartsOnly) {
                    tryAtStarts(rule, m, text, starts, w[i], w[i + 1], all);
                    continue;
                }
                int end = w[i + 1];
                int at = w[i];
                while (at < end) {
                    m.region(at, end);
                    if (m.lookingAt() && m.end() > m.start()) {
                        read(rule, m, text, all);
                        at = m.end();
                    } else {
                        at++;
                    }
                }
            }
        }
        return all;
    }

    /**
     * Tries the rule at the token starts in [from, end) whose first characters may begin one of its matches, going on
     * after each match.
     */
    private static void tryAtStarts(Rule rule, Matcher m, String text, int[] starts, int from, int end,
            List<Parse> all) {
        int k = Arrays.binarySearch(starts, from);
        k = k >= 0 ? k : -k - 1;
        while (k < starts.length && starts[k] < end) {
            int at = starts[k];
            if (rule.leads.mayLead(text, at, end)) {
                m.region(at, end);
                if (m.lookingAt() && m.end() > m.start()) {
                    read(rule, m, text, all);
                    int after = m.end();
                    while (k < starts.length && starts[k] < after) {
                        k++;
                    }
                    continue;
                }
            }
            k++;
        }
    }

    private static void read(Rule rule, Matcher m, String text, List<Parse> all) {
        List<Parse> ps = rule.reader.apply(m, text);
        if (ps != null) {
            all.addAll(ps);
        }
    }

    /** Adds the stretch [ws, we) to the windows of the rules {@code rs} (merged with each one's last stretch). */
    private static void widen(int[][] out, int[] count, int[] rs, int ws, int we) {
        if (rs == null) {
            return;
        }
        for (int r : rs) {
            int[] w = out[r];
            int k = count[r];
            if (k > 0 && w[k - 1] >= ws) {
                w[k - 1] = Math.max(w[k - 1], we);
                continue;
            }
            if (w == null) {
                w = new int[8];
            } else if (k + 2 > w.length) {
                w = Arrays.copyOf(w, w.length * 2);
            }
            w[k] = ws;
            w[k + 1] = we;
            out[r] = w;
            count[r] = k + 2;
        }
    }

    /**
     * For each rule, the merged stretches of text (start, end pairs) within reach of one of its trigger words;
     * null when the text has none. One pass over the words of the text.
     */
    private int[][] windowsPerRule(String text) {
        int n = rules.size();
        int[][] out = new int[n][];
        int[] count = new int[n];
        int len = text.length();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            int s = i;
            String key;
            if (Character.isLetter(c)) {
                // the hash code of the word in lower case, as far as it is ASCII (which lower-cases letter by letter)
                int hash = 0;
                boolean ascii = true;
                while (i < len && Character.isLetter(text.charAt(i))) {
                    char l = text.charAt(i);
                    ascii &= l < 128;
                    hash = 31 * hash + (l >= 'A' && l <= 'Z' ? l + ('a' - 'A') : l);
                    i++;
                }
                int b = triggerBit(hash);
                if (ascii && (triggerBits[b >>> 6] & (1L << b)) == 0) {
                    continue; // no trigger word
                }
                key = text.substring(s, i).toLowerCase(Locale.ROOT);
            } else if (Character.isDigit(c)) {
                while (i < len && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                key = DIGITS;
            } else {
                i++;
                continue;
            }
            int ws = Math.max(0, s - REACH);
            int we = Math.min(len, i + REACH);
            widen(out, count, rulesByTrigger.get(key), ws, we);
            if (key == DIGITS && i - s >= 4) {
                widen(out, count, rulesByTrigger.get(LONG_DIGITS), ws, we);
            }
        }
        for (int r = 0; r < n; r++) {
            if (out[r] != null) {
                out[r] = Arrays.copyOf(out[r], count[r]);
            }
        }
        return out;
    }
}
