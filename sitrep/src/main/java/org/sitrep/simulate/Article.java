package org.sitrep.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * A simulated article: its outlet, the day it is published and the date its page shows (they differ on a misdated
 * page), its title and paragraphs, and what it is in the truth: the true event it reports (null for none), its
 * role (report, denial, false_claim, roundup, copy), the toll it gives, the article it copies, and the control
 * and route statements it makes (with whether each is true).
 */
record Article(String id, Outlet outlet, LocalDate published, LocalDate pageDate, String title, List<String> body,
               String eventId, String role, Integer tollSaid, String copyOf, List<Statement> statements) {
    Article {
        body = List.copyOf(body);
        statements = List.copyOf(statements);
    }

    /** A statement about a place's holder or a route's state, and whether the world bears it out. */
    record Statement(String subject, String said, boolean truthful) {
    }
}
