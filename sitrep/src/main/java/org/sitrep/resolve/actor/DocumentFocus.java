package org.sitrep.resolve.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;

/**
 * What country a document is about, from the places and country names it mentions and the home-grown actors it
 * names (foreign forces, category 8, say where they come from, not where they act). A country is the focus when it
 * has at least {@link #MIN_CUES} cues and strictly more than any other; otherwise there is no focus.
 */
public record DocumentFocus(String country, Map<String, Integer> cues) {
    static final int MIN_CUES = 2;

    public DocumentFocus {
        cues = Map.copyOf(cues);
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(country);
    }

    public static DocumentFocus of(ActorKnowledgeBase kb, ActorMentionFinder finder, String text) {
        return of(kb, text, finder.find(text));
    }

    /** The focus of a text whose actor mentions were already found ({@link ActorMentionFinder#find}). */
    static DocumentFocus of(ActorKnowledgeBase kb, String text, List<ActorMentionFinder.Hit> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NameHit h : kb.countryCues().scan(text)) {
            h.entryIds().forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        for (ActorMentionFinder.Hit h : mentions) {
            if (h.generic() || h.ids().size() != 1) {
                continue;
            }
            Actor a = kb.byId(h.ids().get(0)).orElseThrow();
            if (a.country() != null && a.category() != 8) {
                counts.merge(a.country(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                second = bestN;
                bestN = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean decided = best != null && bestN >= MIN_CUES && bestN > second;
        return new DocumentFocus(decided ? best : null, counts);
    }
}
