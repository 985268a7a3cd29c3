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
