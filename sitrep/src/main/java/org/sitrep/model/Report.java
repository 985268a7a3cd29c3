package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One source's claim, in one sentence or table row, that something happened (kind EVENT), or a number the
 * text states (kind COUNT), or a state of a route or place the text puts forward (kind STATUS, with its
 * {@link Status}). Every value carries the mention it came from; unknown values are null or empty,
 * never a default. {@code eventId} is null until the report is linked to an event. {@code measures} holds the
 * further numbers the text states (equipment destroyed or captured, people displaced), empty when none.
 */
public record Report(
        String id,
        ReportKind kind,
        String eventId,
        String documentId,
        SectionKind section,
        Evidence evidence,
        Mention trigger,
        SubEventType subEventType,
        String ploverEvent,
        String ploverMode,
        String cameoRoot,
        List<ActorRef> actor1,
        List<ActorRef> actor2,
        List<ActorRef> assocActor1,
        List<ActorRef> assocActor2,
        Location location,
        DateSpan date,
        Quantity fatalities,
        Quantity injured,
        Quantity count,
        Modality modality,
        List<Attribution> attribution,
        List<String> flags,
        List<Measure> measures,
        Status status) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(modality, "modality");
        if (!section.yieldsReports() && section != SectionKind.COMMENT) {
            throw new IllegalArgumentException("reports come from body, quote or comment sections, not " + section);
        }
        if (kind == ReportKind.COUNT && count == null) {
            throw new IllegalArgumentException("a count observation needs its count");
        }
        if ((kind == ReportKind.STATUS) != (status != null)) {
            throw new IllegalArgumentException("a status observation, and only one, carries a status");
        }
        actor1 = List.copyOf(actor1 == null ? List.of() : actor1);
        actor2 = List.copyOf(actor2 == null ? List.of() : actor2);
        assocActor1 = List.copyOf(assocActor1 == null ? List.of() : assocActor1);
        assocActor2 = List.copyOf(assocActor2 == null ? List.of() : assocActor2);
        attribution = List.copyOf(attribution == null ? List.of() : attribution);
        flags = List.copyOf(flags == null ? List.of() : flags);
        measures = List.copyOf(measures == null ? List.of() : measures);
    }

    /** A report that is not a status observation (the form every caller used before status observations). */
    public Report(String id, ReportKind kind, String eventId, String documentId, SectionKind section,
                  Evidence evidence, Mention trigger, SubEventType subEventType, String ploverEvent, String ploverMode,
                  String cameoRoot, List<ActorRef> actor1, List<ActorRef> actor2, List<ActorRef> assocActor1,
                  List<ActorRef> assocActor2, Location location, DateSpan date, Quantity fatalities, Quantity injured,
                  Quantity count, Modality modality, List<Attribution> attribution, List<String> flags,
                  List<Measure> measures) {
        this(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent, ploverMode,
                cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured, count,
                modality, attribution, flags, measures, null);
    }

    /** A report without further measures (the form every caller used before measures existed). */
    public Report(String id, ReportKind kind, String eventId, String documentId, SectionKind section,
                  Evidence evidence, Mention trigger, SubEventType subEventType, String ploverEvent, String ploverMode,
                  String cameoRoot, List<ActorRef> actor1, List<ActorRef> actor2, List<ActorRef> assocActor1,
                  List<ActorRef> assocActor2, Location location, DateSpan date, Quantity fatalities, Quantity injured,
                  Quantity count, Modality modality, List<Attribution> attribution, List<String> flags) {
        this(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent, ploverMode,
                cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured, count,
                modality, attribution, flags, List.of());
    }

    /** A stable report id from its document, evidence span and position among the reports of that span. */
    public static String idFor(String documentId, Span span, int ordinal) {
        return "r" + digest(documentId + ":" + span.start() + ":" + span.end() + ":" + ordinal).substring(0, 16);
    }

    static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public Report withEventId(String newEventId) {
        return new Report(id, kind, newEventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured,
                count, modality, attribution, flags, measures, status);
    }

    public Report withActors(List<ActorRef> a1, List<ActorRef> a2, List<ActorRef> as1, List<ActorRef> as2) {
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, a1, a2, as1, as2, location, date, fatalities, injured,
                count, modality, attribution, flags, measures, status);
    }

    public Report withLocation(Location newLocation) {
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, newLocation, date, fatalities, injured,
                count, modality, attribution, flags, measures, status);
    }

    public Report withDate(DateSpan newDate) {
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, location, newDate, fatalities, injured,
                count, modality, attribution, flags, measures, status);
    }

    public Report withAttribution(List<Attribution> chain) {
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured,
                count, modality, chain, flags, measures, status);
    }

    /** A copy carrying these measures instead of its own. */
    public Report withMeasures(List<Measure> newMeasures) {
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured,
                count, modality, attribution, flags, newMeasures, status);
    }

    /** A copy with these flags added (each kept once). */
    public Report withAddedFlags(List<String> added) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(flags);
        all.addAll(added);
        return new Report(id, kind, eventId, documentId, section, evidence, trigger, subEventType, ploverEvent,
                ploverMode, cameoRoot, actor1, actor2, assocActor1, assocActor2, location, date, fatalities, injured,
                count, modality, attribution, List.copyOf(all), measures, status);
    }
}
