package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.Status;

/**
 * The status observations of a sentence ("the road was still cut") as reports: what {@link StatusReader} found,
 * with a subject and an actor borrowed from the context when the sentence does not name them, and a modality as
 * firm as the words around the state allow. Stateless and thread-safe; the context is the caller's.
 */
final class StatusReports {
    /** Status observations of a sentence number from here, after any event or count report of it. */
    private static final int STATUS_ORDINAL = 100;

    private final StatusReader statuses;
    private final ModalityCues modalCues;

    StatusReports(StatusReader statuses, ModalityCues modalCues) {
        this.statuses = statuses;
        this.modalCues = modalCues;
    }

    /**
     * The status observations of a sentence ("the road was still cut"). They number from STATUS_ORDINAL so the ids
     * of the sentence's event reports stay what they were. A route said without its name ("the road") is the
     * last route named before it, in this sentence or an earlier one (flag subject_from_context).
     */
    List<Report> read(Document doc, Section section, Evidence ev, List<Token> toks, NameSpotter.Names names,
                      AttributionReader.Result attr, List<Attribution> chain, List<Attribution> carried,
                      Mention routeBefore, ExtractContext ctx) {
        String text = doc.text();
        List<Report> out = new ArrayList<>();
        int ordinal = STATUS_ORDINAL;
        List<StatusReader.RouteRef> routes = statuses.routes(toks);
        for (StatusReader.Found f : statuses.read(toks, names.places(), names.actors())) {
            List<String> flags = new ArrayList<>();
            Mention subject = Token.mention(text, toks, f.subjectStart(), f.subjectEnd());
            if (!f.namedSubject()) {
                Mention antecedent = routeBefore;
                for (StatusReader.RouteRef r : routes) {
                    if (r.named() && r.end() <= f.subjectStart()) {
                        antecedent = Token.mention(text, toks, r.start(), r.end());
                    }
                }
                if (antecedent != null) {
                    subject = antecedent;
                    flags.add("subject_from_context");
                }
            }
            List<ActorRef> a1 = f.actor() == null ? List.of() : NameSpan.refs(text, toks, List.of(f.actor()));
            if (a1.isEmpty() && f.pronounAgent() && !ctx.lastActors.isEmpty()) {
                a1 = ctx.lastActors;
                flags.add("actor1_from_context");
            }
            if (f.partial()) {
                flags.add("partial");
            }
            if (f.present()) {
                flags.add(Status.PRESENT_FLAG);
            }
            if (f.timeClause()) {
                flags.add(Status.TIME_CLAUSE_FLAG);
            }
            if (f.firstInDays() > 0) {
                flags.add(Status.FIRST_IN_DAYS_FLAG + f.firstInDays());
            }
            Modality modality = modality(toks, f, attr, carried);
            if (f.aim()) {
                flags.add("aim");
            }
            Mention stated = Token.mention(text, toks, f.start(), f.end());
            String qualifier = f.hedge() != null ? f.hedge() : f.partial() ? "partly" : null;
            Mention at = f.atStart() < 0 ? null : Token.mention(text, toks, f.atStart(), f.atEnd());
            Status status = new Status(f.state(), f.subject(), stated, qualifier, at);
            out.add(new Report(Report.idFor(doc.id(), ev.span(), ordinal++), ReportKind.STATUS, null, doc.id(),
                    section.kind(), ev, stated, null, null, null, null, a1, List.of(), List.of(), List.of(),
                    Location.unresolved(subject), null, null, null, null, modality, chain, flags, List.of(), status));
        }
        return out;
    }

    /** As firm as the words around the state allow: denied, a purpose, hedged by a modal, or someone's report. */
    private Modality modality(List<Token> toks, StatusReader.Found f, AttributionReader.Result attr,
                              List<Attribution> carried) {
        Modality m = Modality.ASSERTED;
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Cue> c = modalCues.cues().at(toks, i);
            if (c != null && ModalityReader.lowerCaseCue(toks, i) && (c.value().scope() == Cue.Scope.SENTENCE
                    || c.value().scope() == Cue.Scope.BEFORE && c.end() <= f.start() && f.start() - c.end() <= 4)) {
                m = ModalityReader.stronger(m, c.value().modality());
            }
        }
        if (attr.modality() != null) {
            m = ModalityReader.stronger(m, attr.modality());
        }
        if (!carried.isEmpty()) {
            m = ModalityReader.stronger(m, Modality.REPORTED);
        }
        if (f.aim()) {
            m = ModalityReader.stronger(m, Modality.HYPOTHETICAL);
        }
        if (f.negated()) {
            m = ModalityReader.stronger(m, Modality.NEGATED);
        }
        return m;
    }
}
