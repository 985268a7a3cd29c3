package org.sitrep.eval.places;

import java.util.List;
import java.util.Locale;

/**
 * Geoparsing figures of one corpus: counts over gold toponyms (all of them, and those whose gold point lies in the
 * Levant countries the gazetteer covers in depth), answers within 161 km / 25 km of gold, exact gazetteer-id
 * matches (over toponyms whose gold id is known), the median error of the answers, and the wrong answers.
 */
public record GeoScore(String corpus, int documents, int toponyms, int resolved, int within161, int within25,
                       int goldIds, int idMatches, double medianKm, int inArea, int inAreaResolved, int inArea161,
                       int inArea25, List<Miss> misses) {
    /** An answer more than 161 km from gold. */
    public record Miss(String document, String mention, String answerId, String answerName, double km) {
    }

    public GeoScore {
        misses = List.copyOf(misses);
    }

    /** Share of gold toponyms given an answer. */
    public double coverage() {
        return ratio(resolved, toponyms);
    }

    /** Share of all gold toponyms answered within 161 km (abstentions count as failures). */
    public double accuracy161() {
        return ratio(within161, toponyms);
    }

    public double accuracy25() {
        return ratio(within25, toponyms);
    }

    /** Share of the answers given that are within 161 km: how far an answer can be trusted. */
    public double precision161() {
        return ratio(within161, resolved);
    }

    public double precision25() {
        return ratio(within25, resolved);
    }

    /** Share of toponyms with a known gold id whose answer has that id. */
    public double idAccuracy() {
        return ratio(idMatches, goldIds);
    }

    public double areaAccuracy161() {
        return ratio(inArea161, inArea);
    }

    public double areaAccuracy25() {
        return ratio(inArea25, inArea);
    }

    /** A one-paragraph report of the figures. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%s: %d docs, %d toponyms; coverage %.3f (%d answered); acc@161 %.3f, acc@25 %.3f;"
                        + " precision of answers @161 %.3f, @25 %.3f; id match %.3f (%d/%d); median error %.1f km;"
                        + " in Levant: %d toponyms, %d answered, acc@161 %.3f, acc@25 %.3f",
                corpus, documents, toponyms, coverage(), resolved, accuracy161(), accuracy25(), precision161(),
                precision25(), idAccuracy(), idMatches, goldIds, medianKm, inArea, inAreaResolved, areaAccuracy161(),
                areaAccuracy25());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
