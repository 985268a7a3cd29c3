package org.sitrep.eval.places;

import java.util.Objects;
import org.sitrep.model.Mention;

/**
 * A labelled toponym of an evaluation corpus: the mention (offsets into its document), the gold point, and, where
 * the corpus gives them, the gold gazetteer id ("geonames:170063") and ACLED geo_precision (1..3); null otherwise.
 */
public record GoldToponym(Mention mention, double lat, double lon, String gazetteerId, Integer precision) {
    public GoldToponym {
        Objects.requireNonNull(mention, "mention");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(mention.text() + ": gold point out of range " + lat + "," + lon);
        }
    }
}
