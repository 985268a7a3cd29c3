package org.sitrep.knowledge.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.knowledge.NameKey;

/**
 * One name (alias) of an actor. {@code since} is when the name came into use (null: as long as the actor is known);
 * {@code until} is when it stopped being the official name (informational: old names stay in use as labels, so a
 * later use is never an anachronism). {@code tag} names the name group in flags (e.g. {@code isis-name}).
 * {@code caseSensitive} is true for short all-capital acronyms ("IS", "SDF") that must be written in capitals to
 * count, so the verb "is" or the word "sdf" never match. {@code ambiguous} acknowledges that another actor shares the
 * name on purpose (resolution then decides by date and country). {@code source} is file:line of the entry.
 */
public record ActorName(String text, String key, DateBound since, DateBound until, String tag,
                        boolean caseSensitive, boolean ambiguous, String source) {
    public ActorName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(source, "source");
    }

    static ActorName of(String text, DateBound since, DateBound until, String tag, boolean ambiguous, String source) {
        return new ActorName(text, NameKey.of(text), since, until, tag, isAcronym(text), ambiguous, source);
    }

    /** The name's folded tokens, as {@link NameKey#tokens} gives them for its text (read from its key). */
    public List<String> tokens() {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /** How many tokens {@link #tokens()} gives, counted on the key. */
    public int tokenCount() {
        int end = keyEnd();
        if (end == 0) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            n += key.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether {@link #tokens()} occur, contiguously, in {@code toks}: read off the key in place, since splitting
     * every name of an actor for every mention checked against it was most of the anachronism check.
     */
    public boolean runIn(List<String> toks) {
        int count = tokenCount();
        if (count == 0 || count > toks.size()) {
            return false;
        }
        int end = keyEnd();
        for (int i = 0; i + count <= toks.size(); i++) {
            if (runAt(toks, i, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean runAt(List<String> toks, int i, int end) {
        int pos = 0;
        for (int j = i; pos <= end; j++) {
            int next = key.indexOf(' ', pos);
            int tokenEnd = next < 0 || next > end ? end : next;
            String t = toks.get(j);
            if (t.length() != tokenEnd - pos || !t.regionMatches(0, key, pos, tokenEnd - pos)) {
                return false;
            }
            pos = tokenEnd + 1;
        }
        return true;
    }

    /** The key without the trailing blanks {@code split(" ")} drops with its trailing empty tokens. */
    private int keyEnd() {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** A short all-capital name (at most 5 letters), e.g. IS, SDF, HSD, IRGC. */
    static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!(c == '.' || c == '-' || Character.isDigit(c))) {
                return false;
            }
        }
        return letters > 0 && letters <= 5;
    }

    /** Whether the name was in use on this date: on or after the first day of {@code since}. */
    public boolean inUseOn(LocalDate date) {
        return since == null || !date.isBefore(since.first());
    }
}
