package org.sitrep.resolve.actor;

import java.util.Locale;
import java.util.Set;

/**
 * Tells the group "IS" (Islamic State) from the verb "is". In ordinary sentences the group is written "IS" in
 * capitals and the verb never is. In all-capital text (headlines) both look alike, so the group needs a cue: a
 * following group noun ("IS FIGHTERS") or a preceding preposition ("AGAINST IS"), and no pronoun subject before it.
 */
public final class IsDisambiguator {
    private static final Set<String> GROUP_NOUNS = ActorWords.of("group-nouns");
    private static final Set<String> BEFORE_GROUP = ActorWords.of("before-group");
    private static final Set<String> SUBJECTS = ActorWords.of("subjects");

    private IsDisambiguator() {
    }

    /** Whether {@code sentence[start, end)} (which reads "is" in some case) names the Islamic State. */
    public static boolean isGroup(CharSequence sentence, int start, int end) {
        String word = sentence.subSequence(start, end).toString().replace(".", "");
        if (!word.equals("IS")) {
            return false;
        }
        if (!shouting(sentence)) {
            return true;
        }
        String prev = wordBefore(sentence, start);
        String next = wordAfter(sentence, end);
        if (SUBJECTS.contains(prev)) {
            return false;
        }
        return GROUP_NOUNS.contains(next) || BEFORE_GROUP.contains(prev);
    }

    /** Most letters in capitals: a headline or a shouted line, where case tells nothing. */
    static boolean shouting(CharSequence s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        // a lone "IS" is not a shouted sentence: it needs some other words in capitals too
        return letters > 4 && upper * 10 >= letters * 7;
    }

    static String wordBefore(CharSequence s, int pos) {
        int i = pos - 1;
        while (i >= 0 && !Character.isLetterOrDigit(s.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetterOrDigit(s.charAt(i))) {
            i--;
        }
        return s.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT);
    }

    static String wordAfter(CharSequence s, int pos) {
        int i = pos;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
    }
}
