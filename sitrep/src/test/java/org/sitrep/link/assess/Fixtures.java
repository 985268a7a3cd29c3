package org.sitrep.link.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Reports and documents for assessment tests, in our own wording. */
final class Fixtures {
    private Fixtures() {
    }

    static Builder report(String id, String documentId) {
        return new Builder(id, documentId);
    }

    static DocumentFacts doc(String id, String outlet, String date) {
        return new DocumentFacts(id, outlet, LocalDate.parse(date), null, null);
    }

    static final class Builder {
        private final String id;
        private final String doc;
        private String text = "Something happened.";
        private Modality modality = Modality.ASSERTED;
        private SubEventType type = SubEventType.AIR_DRONE_STRIKE;
        private List<String> actor1 = List.of();
        private List<String> actor2 = List.of();
        private Quantity fatalities;
        private final List<Attribution> chain = new ArrayList<>();

        Builder(String id, String doc) {
            this.id = id;
            this.doc = doc;
        }

        Builder text(String t) {
            text = t;
            return this;
        }

        Builder modality(Modality m) {
            modality = m;
            return this;
        }

        Builder type(SubEventType t) {
            type = t;
            return this;
        }

        Builder actor1(String... names) {
            actor1 = List.of(names);
            return this;
        }

        Builder actor2(String... names) {
            actor2 = List.of(names);
            return this;
        }

        Builder killed(int value, String words) {
            fatalities = new Quantity(value, Mention.of(words, 0, words.length()));
            return this;
        }

        Builder by(String name, Attribution.Role role) {
            chain.add(new Attribution(name, role, null));
            return this;
        }

        Report build() {
            return new Report(id, ReportKind.EVENT, null, doc, SectionKind.BODY,
                    new Evidence(doc, text, new Span(0, text.length())), null, type, null, null, null,
                    refs(actor1), refs(actor2), List.of(), List.of(), null, null, fatalities, null, null, modality,
                    chain, List.of());
        }

        private static List<ActorRef> refs(List<String> names) {
            return names.stream().map(n -> new ActorRef(n, null, null, Mention.of(n, 0, n.length()))).toList();
        }
    }
}
