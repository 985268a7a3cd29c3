package org.sitrep.simulate;

import java.time.LocalDate;
import org.sitrep.model.SubEventType;

/**
 * Something that happened in the simulated world: its kind, ACLED sub-event type, the side acting and the side
 * acted on (indexes of the sides), the place (an index of the places), the route when it happened on one (-1
 * otherwise) and the true number killed.
 */
record TrueEvent(String id, int day, LocalDate date, Kind kind, SubEventType type, int actor, int target, int place,
                 int route, int fatalities) {
    enum Kind { CAPTURE, CLASH, STRIKE, AMBUSH }
}
