package org.sitrep.analyse;

import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.PlaceRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.store.Store;

/** Who holds a place over a stretch of days, from the stored record and the curated starting states. */
public final class ControlAnalysis {
    private final Gazetteer gazetteer;
    private final ControlObservations observations;
    private final ControlTimeline timeline;
    private final EvidenceTexts texts;

    /**
     * Look-backs tried in turn (days before the window): the first that reaches a day one side's claims alone decide
     * gives the answer the longest would ({@link ControlTimeline#settles}). A city fought over daily is settled
     * within days, and reading a year of its events before every answer was most of the answer's time.
     */
    private static final int[] LOOK_BACKS = {30, 120, ControlObservations.LOOKBACK_DAYS};
    /** The first look-back tried: what a caller that reads ahead for control should cover. */
    static final int FIRST_LOOK_BACK = LOOK_BACKS[0];

    /** Spellings of one name across romanisations score 0.95 and up (Sfeira / Sfira, Ithriyeh / Ithriyah). */
    static final double ASKED_MIN_SIMILARITY = 0.95;

    ControlAnalysis(Gazetteer gazetteer, ControlObservations observations, ControlSettings settings,
                    EvidenceTexts texts) {
        this.gazetteer = gazetteer;
        this.texts = texts;
        this.observations = observations;
        this.timeline = new ControlTimeline(settings);
    }

    /** Over a store, with the bundled gazetteer, actors, settings and starting states. */
    public static ControlAnalysis over(Store store) {
        ControlSettings settings = ControlSettings.standard();
        return new ControlAnalysis(Gazetteer.get(), new ControlObservations(store, Sides.standard(), settings,
                ControlObservations.bundledStarts()), settings, new EvidenceTexts(store));
    }

    /**
     * A place by gazetteer id or name: the best town-like reading of the name (no roads, regions or countries).
     * A name someone types to ask about must be one of the place's spellings up to romanisation
     * ({@link #ASKED_MIN_SIMILARITY}): the looser matching that reads names in running text would answer
     * "Atlantis" with a Turkish village and "Xyzzy" with Gaza.
     */
    public Optional<PlaceRef> place(String idOrName) {
        Optional<Place> p = gazetteer.byId(idOrName.strip());
        if (p.isEmpty()) {
            p = gazetteer.candidates(idOrName).stream().filter(m -> m.similarity() >= ASKED_MIN_SIMILARITY)
                    .map(PlaceMatch::place)
                    .filter(c -> !c.kind().linear() && !c.kind().wideArea() && c.kind() != PlaceKind.ADMIN1)
                    .findFirst();
        }
        return p.map(x -> new PlaceRef(x.name(), x.id(), x.lat(), x.lon()));
    }

    /** The intervals from {@code from} to {@code to} (both included), one per run of days with the same answer. */
    public List<ControlInterval> intervals(PlaceRef place, LocalDate from, LocalDate to) {
        return texts.intervals(withoutTexts(place, from, to, null));
    }

    /**
     * As {@link #intervals}, the events' evidence sentences not read yet (see {@link EvidenceTexts}), the place's
     * events taken from {@code read} (null: none) where it holds them.
     */
    List<ControlInterval> withoutTexts(PlaceRef place, LocalDate from, LocalDate to, EventsRead read) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        for (int back : LOOK_BACKS) {
            List<ControlClaim> claims = observations.of(place, from, to, back, read);
            if (back >= ControlObservations.LOOKBACK_DAYS
                    || ControlTimeline.settles(claims, from.minusDays(back), from)) {
                return timeline.intervals(place, claims, from, to);
            }
        }
        throw new IllegalStateException("the last look-back is the longest");
    }
}
