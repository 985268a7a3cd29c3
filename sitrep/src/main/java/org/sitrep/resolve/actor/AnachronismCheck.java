package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.actors.ActorName;
import org.sitrep.knowledge.actors.Operation;
import org.sitrep.model.ActorRef;

/**
 * Checks resolved actor mentions against dates. A name is judged at the document's date when known, since a writer
 * cannot use a name before it exists; a later writer naming an earlier event by the later name is only noted
 * (retrospective). Operations (e.g. coalition strikes in Syria) are judged at the report's date. Thread-safe.
 */
public final class AnachronismCheck {
    private final ActorKnowledgeBase kb;

    public AnachronismCheck(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Findings for one mention.
     *
     * @param ref        a resolved actor reference (unresolved ones yield nothing)
     * @param reportDate the last day the report's date may be (null when unknown)
     * @param published  the document's date (null when unknown)
     * @param country    where the report is set (ISO code; its place, else the document's focus), or null
     */
    public List<Anachronism> check(ActorRef ref, LocalDate reportDate, LocalDate published, String country) {
        List<Anachronism> out = new ArrayList<>();
        if (ref.id() == null) {
            return out;
        }
        Optional<Actor> found = kb.byId(ref.id());
        if (found.isEmpty()) {
            return out;
        }
        Actor a = found.get();
        nameBound(a, ref.mention().text()).ifPresent(b -> {
            String flagTail = b.tag() + "-before-" + b.written();
            String what = "'" + ref.mention().text() + "' (" + a.name() + ") is in use only from " + b.written();
            if (published != null && published.isBefore(b.first())) {
                out.add(new Anachronism(Anachronism.Kind.NAME_NOT_YET_IN_USE, a.id(), ref.mention(), b.first(),
                        "anachronism:" + flagTail, what + "; the document is dated " + published));
            } else if (published == null && reportDate != null && reportDate.isBefore(b.first())) {
                out.add(new Anachronism(Anachronism.Kind.NAME_NOT_YET_IN_USE, a.id(), ref.mention(), b.first(),
                        "anachronism:" + flagTail, what + "; the report is dated " + reportDate
                        + " and the document is undated"));
            } else if (reportDate != null && reportDate.isBefore(b.first())) {
                out.add(new Anachronism(Anachronism.Kind.RETROSPECTIVE_NAME, a.id(), ref.mention(), b.first(),
                        "retrospective-name:" + flagTail, what + "; used in hindsight for an event of " + reportDate));
            }
        });
        if (country != null) {
            a.operationIn(country).ifPresent(op -> {
                LocalDate when = reportDate != null ? reportDate : published;
                if (when != null && when.isBefore(op.from().first())) {
                    out.add(new Anachronism(Anachronism.Kind.NOT_YET_OPERATING, a.id(), ref.mention(),
                            op.from().first(), "anachronism:" + op.tag() + "-before-" + op.from().written(),
                            a.name() + " operated in " + country + " only from " + op.from().written()
                                    + (op.note().isEmpty() ? "" : " (" + op.note() + ")") + "; "
                                    + (reportDate != null ? "the report is dated " : "the document is dated ") + when));
                }
            });
        }
        return out;
    }

    /** The earliest date this mention fits at all: its name's start and, given a country, the operation start. */
    public Optional<LocalDate> notBefore(ActorRef ref, String country) {
        if (ref.id() == null) {
            return Optional.empty();
        }
        Optional<Actor> found = kb.byId(ref.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Actor a = found.get();
        LocalDate best = nameBound(a, ref.mention().text()).map(Bound::first).orElse(null);
        if (country != null) {
            Optional<Operation> op = a.operationIn(country);
            if (op.isPresent() && (best == null || op.get().from().first().isAfter(best))) {
                best = op.get().from().first();
            }
        }
        return Optional.ofNullable(best);
    }

    record Bound(LocalDate first, String written, String tag) {
    }

    /**
     * When the words used were first in use for this actor: the start of the name used, or, for words that are not
     * one of its names (a generic phrase resolved by context), the earliest any of its names was in use.
     */
    static Optional<Bound> nameBound(Actor a, String written) {
        Optional<ActorName> used = a.nameUsedIn(written);
        if (used.isPresent()) {
            ActorName n = used.get();
            return n.since() == null ? Optional.empty()
                    : Optional.of(new Bound(n.since().first(), n.since().written(), n.tag()));
        }
        if (a.earliestKnown().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = a.earliestKnown().get();
        // tag and wording of the name that sets the earliest date, so the flag reads like the data
        Optional<ActorName> earliest = a.names().stream()
                .filter(n -> n.since() != null && n.since().first().equals(first)).findFirst();
        String tag = earliest.map(ActorName::tag).orElse(a.id());
        String written2 = earliest.map(n -> n.since().written()).orElse(first.toString());
        return Optional.of(new Bound(first, written2, tag));
    }
}
