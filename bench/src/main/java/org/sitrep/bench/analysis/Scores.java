package org.sitrep.bench.analysis;

/**
 * What one simulated world scored. Control place-days: right (held by the true holder's side, or contested on a
 * day of fighting there), and the wrong ones split into unknown, another holder, contested on a quiet day, and held
 * on a day of fighting. Route-days: right, and the wrong ones split into unknown and another state. Linking:
 * pairwise precision and recall of event reports (same stored event vs same true event). Extraction: the first
 * event report of each article that reports a true event, with the right type, place and day.
 */
record Scores(long placeDays, long placeRight, long placeUnknown, long placeOtherHolder, long placeContestedQuiet,
              long placeHeldFought, long routeDays, long routeRight, long routeUnknown, long linkPairsPredicted,
              long linkPairsTrue, long linkPairsBoth, long extracted, long typeRight, long placeRightExtr,
              long dateRight, long articlesNoEventReport) {

    double control() {
        return ratio(placeRight, placeDays);
    }

    double route() {
        return ratio(routeRight, routeDays);
    }

    double linkPrecision() {
        return ratio(linkPairsBoth, linkPairsPredicted);
    }

    double linkRecall() {
        return ratio(linkPairsBoth, linkPairsTrue);
    }

    double linkF1() {
        double p = linkPrecision();
        double r = linkRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
