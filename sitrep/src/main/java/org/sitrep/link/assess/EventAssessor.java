package org.sitrep.link.assess;

import java.util.List;
import java.util.Map;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;
import org.sitrep.model.Report;
import org.sitrep.model.SourceTally;

/**
 * Assesses a merged event: who reported it (syndicated copies and relays once), where its reports disagree,
 * and its Admiralty (and, for civilian harm, Airwars) grade with reasons.
 *
 * <p>PLACEHOLDER BODY: no tally, no contradictions, ungraded; to be replaced.
 */
public final class EventAssessor {

    public static EventAssessor standard() {
        return new EventAssessor();
    }

    public Event assess(Event merged, List<Report> reports, Map<String, DocumentFacts> documents) {
        return merged.withAssessment(SourceTally.empty(), List.of(), Grade.unjudged("not assessed yet"));
    }
}
