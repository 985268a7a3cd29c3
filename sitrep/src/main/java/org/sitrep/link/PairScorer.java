package org.sitrep.link;

/**
 * Scores a pair of reports. Hard rules first: incompatible types, places beyond the allowed distance and
 * non-overlapping times veto the pair. Otherwise the score is a weighted sum of place, time, type, actor and
 * text agreement, where an unknown dimension adds nothing (unknown is not agreement). A pair lacking both place
 * and date on either side joins only with the same type, both sides' actors shared and strong text overlap:
 * nothing else would keep such reports from gluing unrelated events together. Two reports of one document whose
 * own sentences name different days and different acts are two events: the writer told them apart ("... killed on
 * Tuesday when forces shelled Ariha", "A shepherd was killed by a landmine near Kafr Nabl on Monday"), though across
 * documents a day's difference is common. One act told twice may carry two days in one text (the take-over "the
 * monitor said on Saturday" and its detail "on Friday"), so the same type never vetoes.
 */
final class PairScorer {
    private final LinkSettings settings;
    private final TypeCompatibility types;
    private final PlaceCompatibility places;
    private final TimeCompatibility times;

    public PairScorer(LinkSettings settings, TypeCompatibility types, LinearPlaces lines) {
        this.settings = settings;
        this.types = types;
        this.places = new PlaceCompatibility(settings, lines);
        this.times = new TimeCompatibility(settings);
    }

    public PairScore score(LinkFeatures a, LinkFeatures b) {
        boolean listed = types.compatible(a.type(), b.type());
        boolean siblings = settings.typeSiblings() && a.type() != null && b.type() != null
                && a.type().eventType() == b.type().eventType();
        if (!listed && !siblings) {
            return PairScore.vetoed("type");
        }
        if (a.type() != b.type() && a.statedDay() != LinkFeatures.NO_DAY && b.statedDay() != LinkFeatures.NO_DAY
                && a.statedDay() != b.statedDay() && a.documentId() != null
                && a.documentId().equals(b.documentId())) {
            return PairScore.vetoed("days told apart");
        }
        boolean placed = a.placed() && b.placed();
        boolean dated = a.dated() && b.dated();
        double place = 0;
        boolean named = false;
        if (placed) {
            place = places.score(a, b);
            if (place < 0) {
                return PairScore.vetoed("place");
            }
        } else if (PlaceNames.alike(a.placeNames(), b.placeNames())) {
            // not both resolved, but named alike: weaker than coordinates
            place = settings.placeStrengthName();
            named = true;
        } else if (!a.placeNames().isEmpty() && !b.placeNames().isEmpty()) {
            // named differently: no veto (one may be a quarter of the other), but evidence against
            place = settings.placeConflictName();
        }
        double time = 0;
        if (dated) {
            time = times.score(a, b);
            if (time < 0) {
                return PairScore.vetoed("time");
            }
        }
        boolean sameType = a.type() != null && a.type() == b.type();
        double type = sameType ? 1 : !listed ? 0.25 : (a.type() != null && b.type() != null ? 0.5 : 0);
        double actors = ActorCompatibility.score(a.actors(), b.actors());
        double text = TextSimilarity.dice(a.words(), b.words());
        double score = settings.weightPlace() * place + settings.weightTime() * time + settings.weightType() * type
                + settings.weightActors() * actors + settings.weightText() * text;
        boolean joinable = score >= settings.joinThreshold();
        if (!placed && !named && !dated) {
            joinable = sameType && ActorCompatibility.bothSidesShared(a.actors(), b.actors())
                    && text >= settings.blindText();
        }
        return new PairScore(null, score, joinable);
    }
}
