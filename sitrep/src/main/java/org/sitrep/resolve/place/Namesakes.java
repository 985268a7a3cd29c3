package org.sitrep.resolve.place;

import org.sitrep.knowledge.places.Geo;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;

/**
 * Places sharing a name that are no true rivals. A province named after its town is one answer at two scales. A town
 * named after a far bigger one ("Moscow" in Idaho, "Paris" in Texas) is listed by the gazetteer, yet a writer who
 * means the small one says so, by naming its state or a town near it: without such context the bigger reading is
 * the one meant even when the scores of the two lie close.
 */
final class Namesakes {
    /** How many times as populous a town must be to outweigh a namesake (as for a town read without help). */
    static final int SIZE_RATIO = 10;

    /** How far a foreign province's label point may lie from the town it is named after. */
    static final double FOREIGN_NAMESAKE_KM = 150;

    private Namesakes() {
    }

    /**
     * Whether {@code big} outweighs {@code small} by size alone: both are towns of known population and {@code big}
     * has at least {@link #SIZE_RATIO} times as many people. A village of unknown size is never outweighed: its
     * size says nothing.
     */
    static boolean outweighs(Place big, Place small) {
        return big.kind() == PlaceKind.POPULATED_PLACE && small.kind() == PlaceKind.POPULATED_PLACE
                && small.population() > 0 && big.population() >= SIZE_RATIO * small.population();
    }

    /**
     * Whether {@code p} is a country or a national capital: named in world news for a government ("Washington
     * warned Moscow"), it says nothing of which town of that country's a local name means.
     */
    static boolean nationalName(Place p) {
        return p.kind() == PlaceKind.COUNTRY || "PPLC".equals(String.valueOf(p.featureCode()));
    }

    /**
     * Whether {@code unit} is the admin-1 unit that holds {@code p}: "Jerusalem" the city and the district named
     * after it are one answer at two scales, not two rival places.
     */
    static boolean unitOf(Place unit, Place p) {
        if (Containment.adminArea(unit) || Containment.adminArea(p)) {
            Place area = Containment.adminArea(unit) ? unit : p;
            Place other = area == unit ? p : unit;
            return Containment.inArea(other, area);
        }
        if (unit.kind() == PlaceKind.FOREIGN_REGION) {
            // foreign towns carry no admin-1 id: a province of the same name around the town is its namesake
            return p.kind() == PlaceKind.POPULATED_PLACE && unit.country().equals(p.country())
                    && Geo.km(unit, p) <= FOREIGN_NAMESAKE_KM;
        }
        return unit.kind() == PlaceKind.ADMIN1 && p.kind() != PlaceKind.ADMIN1 && unit.admin1() != null
                && unit.admin1().equals(p.admin1());
    }
}
