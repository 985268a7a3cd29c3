package org.sitrep.app;

import java.util.List;
import org.sitrep.extract.TypeScores;

/**
 * How far predicted event types agree with given labels: rows scored, distinct labels among them, accuracy and
 * weighted F1 (see {@code TypeScores} for the definition).
 */
public record TypeAgreement(int rows, long labels, double accuracy, double weightedF1) {
    /** The label for "reports no event". */
    public static final String NONE = TypeScores.NONE;

    /** One labelled snippet: its id, the given label and the predicted one ({@link #NONE} for no event). */
    public record Judged(String id, String gold, String predicted) {
    }

    public static TypeAgreement of(List<Judged> judged) {
        TypeScores.Score sc = TypeScores.score(judged.stream()
                .map(j -> new TypeScores.Judged(j.id(), j.gold(), j.predicted())).toList());
        long labels = sc.perClass().stream().filter(c -> c.support() > 0).count();
        return new TypeAgreement(sc.rows(), labels, sc.accuracy(), sc.weightedF1());
    }
}
