package org.sitrep.knowledge.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A generic way of naming actors ("government forces", "the coalition", "rebels") with the ACLED category it implies
 * and the rules that may fix the actor from context.
 *
 * @param id       slug, e.g. {@code government-forces}
 * @param phrases  the phrases, as written in English coverage
 * @param category ACLED inter code implied by the phrase, or null when the phrase says nothing about it
 * @param byFocus  country of the document's focus (ISO code) to the actor id the phrase then means
 * @param deferTo  actor ids that win when the document names exactly one of them explicitly
 *                 (e.g. "the coalition" in a document naming the Saudi-led coalition)
 * @param corefer  whether the phrase may stand for the only actor of its category the document names
 * @param among    when non-empty, the only actors {@code corefer} may pick (e.g. Kurdish groups for "Kurdish fighters")
 * @param source   file:line of the entry
 * @param nationalForces {@code military} or {@code police} when the phrase, set in a country {@code byFocus} does not
 *                 list, means that country's military or police ({@link ActorKnowledgeBase#nationalForces}); or null
 */
public record GenericMention(String id, List<String> phrases, Integer category, Map<String, String> byFocus,
                             List<String> deferTo, boolean corefer, List<String> among, String source,
                             String nationalForces) {
    /** The kinds of national force a generic phrase may stand for. */
    public static final List<String> FORCE_KINDS = List.of("military", "police");

    /** How ACLED's name of a country's force of that kind begins: "Military Forces of ", "Police Forces of ". */
    static String forceNamePrefix(String kind) {
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " Forces of ";
    }

    public GenericMention {
        Objects.requireNonNull(id, "id");
        phrases = List.copyOf(phrases);
        byFocus = Map.copyOf(byFocus);
        deferTo = List.copyOf(deferTo);
        among = List.copyOf(among);
    }
}
