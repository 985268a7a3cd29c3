package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Location;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;

/** Documents of our own wording run through the standard engine, for the acceptance checks of issues #3 and #4. */
final class AcceptanceDocs {
    static final String OUTLET = "Our Own Outlet";
    private static final Engine ENGINE = Engine.standard();

    private AcceptanceDocs() {
    }

    /** A document published on {@code published} (null: undated) whose parts are (kind, text) pairs. */
    static Document doc(LocalDate published, Object... kindAndText) {
        return org.sitrep.model.TestDocuments.of(null, OUTLET, published, kindAndText);
    }

    static Processed process(LocalDate published, String body) {
        return ENGINE.process(doc(published, SectionKind.BODY, body));
    }

    static Processed process(Document d) {
        return ENGINE.process(d);
    }

    static List<Report> events(Processed p) {
        return p.reports().stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
    }

    static Report onlyEvent(LocalDate published, String body) {
        List<Report> ev = events(process(published, body));
        assertEquals(1, ev.size(), () -> "expected one event report from: " + body + " got " + ev);
        return ev.get(0);
    }

    /** The place of the only event report of {@code body}, which must have one. */
    static Location onlyEventPlace(LocalDate published, String body) {
        Location l = onlyEvent(published, body).location();
        assertNotNull(l, () -> "no location for: " + body);
        return l;
    }
}
