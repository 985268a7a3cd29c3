package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Test documents and reports written for these tests (our own wording, public facts). */
final class Fixtures {
    static final ActorKnowledgeBase KB = ActorKnowledgeBase.bundled();
    static final ActorResolver RESOLVER = new ActorResolver(KB);

    private Fixtures() {
    }

    /** The n-th occurrence (0-based) of {@code words} in {@code text} as an unresolved reference. */
    static ActorRef ref(String text, String words, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' occurs fewer than " + (n + 1) + " times");
            }
        }
        return ActorRef.unresolved(Mention.of(words, at, at + words.length()));
    }

    static ActorRef ref(String text, String words) {
        return ref(text, words, 0);
    }

    /** A report whose evidence is the sentence of {@code text} holding {@code sentence}. */
    static Report report(String text, String sentence, LocalDate date, List<ActorRef> actor1, List<ActorRef> actor2) {
        int at = text.indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException("sentence not in text");
        }
        Span span = new Span(at, at + sentence.length());
        return new Report(Report.idFor("doc", span, 0), ReportKind.EVENT, null, "doc", SectionKind.BODY,
                new Evidence("doc", sentence, span), null, null, null, null, null, actor1, actor2, List.of(), List.of(),
                null, date == null ? null : DateSpan.day(date, null), null, null, null, Modality.ASSERTED, List.of(),
                List.of());
    }

    /** A report of {@code type} whose evidence is the whole text and whose trigger is {@code trigger}'s words. */
    static Report typed(String text, String trigger, SubEventType type, List<ActorRef> actor1,
                        List<ActorRef> actor2) {
        Span span = new Span(0, text.length());
        int t = text.indexOf(trigger);
        return new Report(Report.idFor("doc", span, 0), ReportKind.EVENT, null, "doc", SectionKind.BODY,
                new Evidence("doc", text, span), Mention.of(trigger, t, t + trigger.length()), type, null, null, null,
                actor1, actor2, List.of(), List.of(), null, null, null, null, null, Modality.ASSERTED, List.of(),
                List.of());
    }

    static ResolutionContext sentenceContext(DocumentContext doc, String sentence, LocalDate reportDate) {
        int at = doc.text().indexOf(sentence);
        return new ResolutionContext(doc, reportDate, sentence, at, null);
    }

    static List<ActorRef> all(Report r) {
        List<ActorRef> out = new ArrayList<>(r.actor1());
        out.addAll(r.actor2());
        out.addAll(r.assocActor1());
        out.addAll(r.assocActor2());
        return out;
    }
}
