package org.sitrep.resolve.place;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording right after a place mention that names what holds it: "X town in Idleb countryside", "X village,
 * Idleb province", "X (Aleppo)", "X in the countryside of Tadmor", "X in rural Ein Issa", "the Y neighborhood of
 * Z city". Pure text work: the resolver decides whether the named container is a unit or a town, and whether a
 * comma really introduces a container (a list "Azaz, Marea and Tal Rifaat" does not).
 */
final class ContainerCue {
    /** Words a mention may still be followed by before the link word ("Fleifel town in ..."). */
    /**
     * The rest of a name the spotter cut short ("Dada" of "Dada Abdal town"): up to two capitalised words before the
     * head word or the link.
     */
    private static final String REST = "(?:\\s+[A-Z][\\p{L}'’`]+){0,2}";
    private static final String HEAD = "(?:\\s+(?i:town|township|municipality|commune|ward|village|villages|city|area|camp|"
            + "farms?|hills?|axis|"
            + "front(?:line)?s?|neighbou?rhood|quarter|desert|plain|countryside|district|subdistrict|crossing|"
            + "base|airport|checkpoint|dam|road|highway|bridge|field|point|badia|steppe))*";
    /** "X town and its farmlands in Y": what goes with the place before its container. */
    private static final String AND_ITS = "(?:\\s+(?i:and\\s+(?:its|their))\\s+\\p{L}+)?";
    private static final String LINK = "(?:\\s*,\\s*(?:in\\s+)?|\\s+(?i:in|of|near|outside|within|inside)\\s+|"
            + "\\s*\\(\\s*)";
    private static final String DIRECTION = "(?i:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?)";
    /** "countryside of", "rural", "outskirts of": the container is the area around the named place. */
    private static final String AROUND = "(?:(?i:(?:the\\s+)?(?:countryside|outskirts|suburbs|vicinity|environs|"
            + "desert|rural\\s+areas?)\\s+of\\s+(?:the\\s+)?)|(?i:rural)\\s+)";
    private static final String NAME = "([A-Z][\\p{L}'’`]+(?:[-\\s](?:(?i:al|el|ez|ad|as|ash|ar|az|at|an)[-\\s])?"
            + "[A-Z][\\p{L}'’`]+){0,2})";
    private static final String REGION_WORD = "(?i:countryside|governorate|province|district|subdistrict|region|"
            + "muhafazah|desert|plain)";
    private static final Pattern LIST_GOES_ON = Pattern.compile(
            "^(?:'s?)?(?:\\s+(?!" + REGION_WORD + "\\b)\\p{L}+)?\\s*(?:,|&|(?i:and|or)\\b)");
    /** The rest of a bracket of containers: names after commas up to the closing bracket. */
    private static final Pattern BRACKETED_CHAIN = Pattern.compile("^(?:\\s*,\\s*[^,()]+)*\\s*\\)");
    private static final Pattern CUE = Pattern.compile("^" + REST + HEAD + AND_ITS + LINK + "(?i:the\\s+)?(?:" + DIRECTION
            + "\\s+)?(" + AROUND + ")?(?:(?i:town|city|village)\\s+of\\s+)?" + NAME + "(?:'s?)?(?:\\s+("
            + REGION_WORD + "|(?i:town|city|village)))?");

    /**
     * A container the text names. {@code around}: the area around it is meant ("countryside of Y", "rural Y",
     * "Y countryside", "Y governorate"); {@code comma}: introduced by a comma or bracket only, which needs the
     * name to be a governorate to count.
     */
    record Container(String name, int start, int end, boolean around, boolean comma) {
    }

    private ContainerCue() {
    }

    /** The container named right after {@code end}, if the words there name one. */
    static Optional<Container> after(String text, int end) {
        if (end < 0 || end > text.length()) {
            return Optional.empty();
        }
        String window = text.substring(end, Math.min(text.length(), end + 120));
        Matcher m = CUE.matcher(window);
        if (!m.find()) {
            return Optional.empty();
        }
        String link = window.substring(0, m.start(1) < 0 ? m.start(2) : m.start(1));
        boolean comma = (link.contains(",") || link.contains("(")) && !link.matches("(?s).*,\\s*in\\s.*");
        boolean around = m.group(1) != null || (m.group(3) != null
                && !m.group(3).matches("(?i)town|city|village"));
        String name = m.group(2);
        // "(Kajuru, Kaduna)", "(Bwisha, Rutshuru, Nord-Kivu)": inside brackets a comma goes on to the next container,
        // not to the next place of a list
        String rest = window.substring(m.end(2));
        if (comma && !BRACKETED_CHAIN.matcher(rest).find()
                && LIST_GOES_ON.matcher(rest).find()) {
            return Optional.empty(); // "Kobani, Al-Hasakah and Al-Raqqa": a list of places, not a place and its unit
        }
        if (name.matches("(?i)the")) {
            return Optional.empty();
        }
        return Optional.of(new Container(name, end + m.start(2), end + m.end(2), around, comma));
    }
}
