package org.sitrep.resolve.place;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * The place a sentence opens with to set its scene, followed by what holds it: "On 4 April 2022, in Loikaw town
 * (Loikaw district, Kayah State), a bomb exploded in Daw U Khu Ward", "In Natal (Rio Grande do Norte), a man was
 * killed in the Pajucara neighborhood". What the sentence then names as the act's place (a ward, a stadium, a
 * neighbourhood the gazetteer lacks) lies inside that scene, so when that place cannot be placed the scene holds it.
 * Pure text work; the resolver places the scene.
 */
final class SceneOpener {
    private static final String NAME = "[A-Z][\\p{L}'’`.-]+(?:\\s+(?:(?i:de|del|da|do|dos|la|el|al)\\s+)?[A-Z][\\p{L}'’`.-]+){0,3}";
    /** An opening date or time ("On 4 May 2022,", "Around 12 April 2022 (as reported),"), then "in" and the name. */
    private static final Pattern OPENER = Pattern.compile("^\\s*(?:(?:On|Around|Between|During|Overnight|Late on|Early on)"
            + "\\b[^,]{2,60},\\s*)?(?:[Ii]n|[Nn]ear|[Aa]t)\\s+(?:the\\s+)?(" + NAME + ")"
            + "(?=(?:\\s+(?i:town|township|village|city|municipality|district|commune|ward|neighbou?rhood|area))?\\s*[(,])");

    private SceneOpener() {
    }

    /** The scene's name as a mention at its document offsets, when the sentence at {@code sentence} opens with one. */
    static Optional<Mention> in(String text, Span sentence) {
        if (sentence == null || sentence.end() > text.length()) {
            return Optional.empty();
        }
        Matcher m = OPENER.matcher(text).region(sentence.start(), sentence.end());
        m.useTransparentBounds(false).useAnchoringBounds(true);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Mention.of(m.group(1), m.start(1), m.end(1)));
    }
}
