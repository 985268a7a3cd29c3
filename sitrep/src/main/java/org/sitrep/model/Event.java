package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A real-world happening that one or more reports describe. Merged values come from its reports, and
 * {@code provenance} says which report (and source) gave each; {@code sources} names the outlets and speakers
 * behind them and {@code tally} counts them, syndicated copies and relays once. The id stays stable as reports
 * join. {@code grade} is null until the event is assessed; {@code firstReported}/{@code lastReported} are the
 * earliest and latest publication dates of its documents, null when none is known.
 */
public record Event(
        String id,
        SubEventType subEventType,
        List<ActorRef> actor1,
        List<ActorRef> actor2,
        List<ActorRef> assocActor1,
        List<ActorRef> assocActor2,
        Location location,
        DateSpan date,
        Integer fatalities,
        List<String> reportIds,
        List<String> sources,
        List<String> flags,
        String fatalitiesNote,
        List<ValueSource> provenance,
        SourceTally tally,
        List<Contradiction> contradictions,
        Grade grade,
        LocalDate firstReported,
        LocalDate lastReported) {

    public Event {
        Objects.requireNonNull(id, "id");
        actor1 = List.copyOf(actor1 == null ? List.of() : actor1);
        actor2 = List.copyOf(actor2 == null ? List.of() : actor2);
        assocActor1 = List.copyOf(assocActor1 == null ? List.of() : assocActor1);
        assocActor2 = List.copyOf(assocActor2 == null ? List.of() : assocActor2);
        reportIds = List.copyOf(reportIds == null ? List.of() : reportIds);
        sources = List.copyOf(sources == null ? List.of() : sources);
        flags = List.copyOf(flags == null ? List.of() : flags);
        provenance = List.copyOf(provenance == null ? List.of() : provenance);
        tally = tally == null ? SourceTally.empty() : tally;
        contradictions = List.copyOf(contradictions == null ? List.of() : contradictions);
        if (reportIds.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report");
        }
        if (firstReported != null && lastReported != null && lastReported.isBefore(firstReported)) {
            throw new IllegalArgumentException("lastReported before firstReported");
        }
    }

    /** An event before assessment: merged values only. */
    public Event(String id, SubEventType subEventType, List<ActorRef> actor1, List<ActorRef> actor2,
                 List<ActorRef> assocActor1, List<ActorRef> assocActor2, Location location, DateSpan date,
                 Integer fatalities, List<String> reportIds, List<String> sources, List<String> flags) {
        this(id, subEventType, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, reportIds,
                sources, flags, null, List.of(), SourceTally.empty(), List.of(), null, null, null);
    }

    /** A stable event id derived from the report that founded it. */
    public static String idFor(String foundingReportId) {
        return "e" + Report.digest("event:" + foundingReportId).substring(0, 16);
    }

    public boolean contested() {
        return !contradictions.isEmpty();
    }

    /** A copy carrying an assessment: who reported it, where they disagree, and the grade. */
    public Event withAssessment(SourceTally newTally, List<Contradiction> newContradictions, Grade newGrade) {
        return new Event(id, subEventType, actor1, actor2, assocActor1, assocActor2, location, date, fatalities,
                reportIds, sources, flags, fatalitiesNote, provenance, newTally, newContradictions, newGrade,
                firstReported, lastReported);
    }
}
