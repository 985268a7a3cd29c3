package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;

/** The words around reports' triggers and doers that the joining rules heed. */
final class JoinCues {
    private static final Set<String> DEFINITES = ClosedClass.of("definites");
    private static final Set<String> OPEN_DOER = ClosedClass.of("open-doer");
    /** Words that make a later clause the time of a harm told before it ("were killed when jets struck"). */
    private static final Set<String> TIME_LINKS = ClosedClass.of("harm-time-links");
    /** How many words before an event's trigger may ask who did it ("who carried out the attacks"). */
    private static final int OPEN_DOER_REACH = 4;

    private JoinCues() {
    }

    /** Whether the act's clause is the time of the harm's: "killed when / as / after / while" it happened. */
    static boolean toldAsItsTime(String text, Report harm, Report act) {
        if (harm.trigger() == null || act.trigger() == null
                || harm.trigger().span().end() > act.trigger().span().start()) {
            return false;
        }
        return anyWordOf(text.substring(harm.trigger().span().end(), act.trigger().span().start()), TIME_LINKS);
    }

    /** Whether "the", "these" or "those" stands right before the mention. */
    static boolean definiteMention(String text, Mention m) {
        int end = m.span().start();
        int start = end;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        int word = start;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return DEFINITES.contains(text.substring(word, start).toLowerCase(Locale.ROOT));
    }

    /** Whether the words just before the trigger ask who did it, which leaves the doer open by the text's own say. */
    static boolean doerAskedAbout(String text, Report r) {
        if (r.trigger() == null) {
            return false;
        }
        int end = r.trigger().span().start();
        int start = end;
        int words = 0;
        int floor = Math.max(0, end - 200); // a few words back, never a scan of a run-on text
        while (start > floor && words <= OPEN_DOER_REACH) {
            char c = text.charAt(start - 1);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                break;
            }
            if (Character.isLetter(c) && (start - 1 == 0 || !Character.isLetter(text.charAt(start - 2)))) {
                words++;
            }
            start--;
        }
        return anyWordOf(text.substring(start, end), OPEN_DOER);
    }

    /** Whether a word of the text, in lower case, is in the set. */
    private static boolean anyWordOf(String text, Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
