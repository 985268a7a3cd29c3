package org.sitrep.model;

import java.util.Locale;

/** Airwars' grades for a civilian-harm claim, by their published definitions (see docs/grades.md). */
public enum AirwarsGrade {
    /** a belligerent accepted responsibility. */
    CONFIRMED,
    /** two or more credible sources, with likely or confirmed belligerent action nearby. */
    FAIR,
    /** a single-source claim. */
    WEAK,
    /** competing claims of responsibility. */
    CONTESTED,
    /** those killed were combatants, or another party was most likely responsible. */
    DISCOUNTED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static AirwarsGrade fromLabel(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
