package org.sitrep.eval.acled;

import java.util.Objects;

/**
 * The columns of one ACLED event that the evaluations score against. {@code actor2} is empty when ACLED codes no
 * second actor ("NA" in the file); {@code inter1}/{@code inter2} are ACLED's actor categories (1..8), 0 when none.
 */
public record AcledEvent(String id, String country, String eventType, String subEventType, String actor1,
                         int inter1, String actor2, int inter2, String notes, int fatalities) {
    public AcledEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notes, "notes");
    }

    /** ACLED's event type for peaceful and other protests, the half of the file that is easiest to type. */
    public static final String PROTESTS = "Protests";

    public boolean protest() {
        return PROTESTS.equals(eventType);
    }

    public boolean syria() {
        return "Syria".equals(country);
    }
}
