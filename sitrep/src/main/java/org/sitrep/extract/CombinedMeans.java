package org.sitrep.extract;

import java.util.Map;
import org.sitrep.model.SubEventType;

/**
 * One strike told with two means: "launched an airstrike and fired mortars at the town", "artillery and airstrikes
 * targeted the positions". ACLED codes a bombardment from the air and the ground together as an air strike (the
 * aircraft make it one), so the shelling votes of such a text join the air strike's.
 */
final class CombinedMeans {
    private CombinedMeans() {
    }

    /** Moves the shelling votes to the air strike when the text votes for both. */
    static void apply(Map<SubEventType, Double> votes) {
        Double air = votes.get(SubEventType.AIR_DRONE_STRIKE);
        Double shelling = votes.get(SubEventType.SHELLING_ARTILLERY_MISSILE);
        if (air != null && shelling != null) {
            votes.remove(SubEventType.SHELLING_ARTILLERY_MISSILE);
            votes.put(SubEventType.AIR_DRONE_STRIKE, air + shelling);
        }
    }
}
