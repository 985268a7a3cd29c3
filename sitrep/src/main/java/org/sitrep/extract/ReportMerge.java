package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Evidence;
import org.sitrep.model.Measure;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * One report made of two that tell one happening: the earlier keeps its values and takes from the later only what
 * it lacks (sides, place, date, counts), plus the later one's victims and sources; each value keeps its own mention.
 */
final class ReportMerge {
    private final TriggerLexicon triggers;
    private final SideMatch sides;

    ReportMerge(TriggerLexicon triggers, SideMatch sides) {
        this.triggers = triggers;
        this.sides = sides;
    }

    /** {@code p} with what {@code r} adds; the evidence runs from p's first sentence to r's. */
    Report merge(String text, Report p, Report r) {
        List<ActorRef> a1 = p.actor1().isEmpty() ? r.actor1() : p.actor1();
        List<ActorRef> a2 = new ArrayList<>(p.actor2());
        if (p.actor2().isEmpty() || JoinedReports.harmTold(r)) {
            // the later sentence's object is the target when none is known, its victims always are
            for (ActorRef v : r.actor2()) {
                if (!sides.shares(List.of(v), a2) && !sides.shares(List.of(v), a1)) {
                    a2.add(v);
                }
            }
        }
        List<ActorRef> as1 = p.assocActor1().isEmpty() ? r.assocActor1() : p.assocActor1();
        Map<String, Attribution> chain = new LinkedHashMap<>();
        for (Attribution at : p.attribution()) {
            chain.putIfAbsent(at.name(), at);
        }
        for (Attribution at : r.attribution()) {
            chain.putIfAbsent(at.name(), at);
        }
        List<Measure> measures = new ArrayList<>(p.measures());
        measures.addAll(r.measures());
        Span span = Span.of(Math.min(p.evidence().span().start(), r.evidence().span().start()),
                Math.max(p.evidence().span().end(), r.evidence().span().end()));
        return new Report(p.id(), p.kind(), p.eventId(), p.documentId(), p.section(),
                new Evidence(p.evidence().documentId(), span.of(text), span), p.trigger(), p.subEventType(),
                p.ploverEvent(), p.ploverMode(), p.cameoRoot(), a1, a2, as1, p.assocActor2(),
                p.location() != null ? p.location() : r.location(), p.date() != null ? p.date() : r.date(),
                p.fatalities() != null ? p.fatalities() : r.fatalities(),
                p.injured() != null ? p.injured() : r.injured(), p.count() != null ? p.count() : r.count(),
                p.modality(), List.copyOf(chain.values()), flags(p, r), measures);
    }

    /** p's flags and those of r's that still hold of the joined report, and the flag that says it was joined. */
    private static List<String> flags(Report p, Report r) {
        List<String> flags = new ArrayList<>(p.flags());
        boolean placeFromR = p.location() == null && r.location() != null;
        for (String f : r.flags()) {
            // a vicinity flag describes the place of its own sentence, a civilian-target flag its own targets
            boolean own = f.equals("location_vicinity") && !placeFromR
                    || f.equals("civilian_targeting") && !p.actor2().isEmpty();
            if (!flags.contains(f) && !own) {
                flags.add(f);
            }
        }
        if (!flags.contains("joined_across_sentences")) {
            flags.add("joined_across_sentences");
        }
        return flags;
    }

    /** {@code p} with its evidence running on through {@code span}, a later sentence that told more of it. */
    Report through(String text, Report p, Span span) {
        Span all = Span.of(Math.min(p.evidence().span().start(), span.start()),
                Math.max(p.evidence().span().end(), span.end()));
        List<String> flags = new ArrayList<>(p.flags());
        if (!flags.contains("joined_across_sentences")) {
            flags.add("joined_across_sentences");
        }
        return new Report(p.id(), p.kind(), p.eventId(), p.documentId(), p.section(),
                new Evidence(p.evidence().documentId(), all.of(text), all), p.trigger(), p.subEventType(),
                p.ploverEvent(), p.ploverMode(), p.cameoRoot(), p.actor1(), p.actor2(), p.assocActor1(),
                p.assocActor2(), p.location(), p.date(), p.fatalities(), p.injured(), p.count(), p.modality(),
                p.attribution(), flags, p.measures());
    }

    /** {@code r} as a report of {@code type}, with that type's PLOVER and CAMEO codes. */
    Report retyped(Report r, SubEventType type) {
        if (type == r.subEventType()) {
            return r;
        }
        TriggerLexicon.TypeInfo info = triggers.types().get(type);
        return new Report(r.id(), r.kind(), r.eventId(), r.documentId(), r.section(), r.evidence(), r.trigger(), type,
                info == null ? null : info.ploverEvent(), info == null ? null : info.ploverMode(),
                info == null ? null : info.cameoRoot(), r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2(),
                r.location(), r.date(), r.fatalities(), r.injured(), r.count(), r.modality(), r.attribution(),
                r.flags(), r.measures());
    }
}
