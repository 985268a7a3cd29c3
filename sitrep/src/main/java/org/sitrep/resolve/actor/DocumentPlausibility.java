package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;

/**
 * Judges a document's stated date against the actor names it uses. A date is implausible when anachronisms are not a
 * slip: at least {@link #MIN_ACTORS} different actors are named anachronistically, or at least
 * {@link #MIN_MENTIONS} mentions are, making up at least a quarter of the resolved mentions. The earliest date
 * consistent with every name (and, given a country, every operation) bounds an undated document's window from below.
 */
public final class DocumentPlausibility {
    static final int MIN_ACTORS = 2;
    static final int MIN_MENTIONS = 2;

    private final AnachronismCheck check;

    public DocumentPlausibility(ActorKnowledgeBase kb) {
        this.check = new AnachronismCheck(kb);
    }

    /**
     * @param implausible        whether the stated date is implausible (false when there is no date)
     * @param earliestConsistent the earliest date all resolved mentions fit, or null when none constrains it
     * @param reasons            why, one line per distinct finding
     * @param checked            resolved mentions looked at
     * @param anachronistic      of which anachronistic at the stated date
     */
    public record Plausibility(boolean implausible, LocalDate earliestConsistent, List<String> reasons, int checked,
                               int anachronistic) {
        public Plausibility {
            reasons = List.copyOf(reasons);
        }

        public Optional<LocalDate> lowerBound() {
            return Optional.ofNullable(earliestConsistent);
        }
    }

    /** Names only (no country: operation starts are not judged). */
    public Plausibility assess(LocalDate published, List<ActorRef> mentions) {
        return assess(published, mentions, null);
    }

    /** Names, and operation starts in {@code country} (ISO code, e.g. the document's focus) when given. */
    public Plausibility assess(LocalDate published, List<ActorRef> mentions, String country) {
        Objects.requireNonNull(mentions, "mentions");
        LocalDate earliest = null;
        int checked = 0;
        int bad = 0;
        Set<String> badActors = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (ActorRef ref : mentions) {
            if (ref.id() == null) {
                continue;
            }
            checked++;
            Optional<LocalDate> nb = check.notBefore(ref, country);
            if (nb.isPresent() && (earliest == null || nb.get().isAfter(earliest))) {
                earliest = nb.get();
            }
            if (published == null) {
                continue;
            }
            List<Anachronism> found = check.check(ref, null, published, country).stream()
                    .filter(Anachronism::doubtsDate).toList();
            if (!found.isEmpty()) {
                bad++;
                badActors.add(ref.id());
                found.forEach(a -> reasons.add(a.reason()));
            }
        }
        boolean implausible = published != null
                && (badActors.size() >= MIN_ACTORS || bad >= MIN_MENTIONS && bad * 4 >= checked);
        return new Plausibility(implausible, earliest, List.copyOf(reasons), checked, bad);
    }
}
