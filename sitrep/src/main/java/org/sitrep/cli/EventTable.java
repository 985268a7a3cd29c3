package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Events as a plain text table: id, date, type, actors, place, fatalities ("?" when unknown), Admiralty grade
 * ("!" when contested), sources.
 */
final class EventTable {
    private static final List<String> HEADER = List.of("ID", "DATE", "TYPE", "ACTORS", "PLACE", "FATALITIES",
            "GRADE", "SOURCES");
    private static final int MAX_WIDTH = 36;

    private EventTable() {
    }

    static void print(List<Event> events, PrintWriter out) {
        print(events, out, false);
    }

    /** The table; {@code wide} keeps every cell whole instead of cutting long ones. */
    static void print(List<Event> events, PrintWriter out, boolean wide) {
        int maxWidth = wide ? Integer.MAX_VALUE : MAX_WIDTH;
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Event e : events) {
            rows.add(List.of(e.id(), date(e), e.subEventType() == null ? "?" : e.subEventType().label(), actors(e),
                    e.location() == null ? "?" : e.location().name(),
                    e.fatalities() == null ? "?" : e.fatalities().toString(), grade(e),
                    e.sources().isEmpty() ? "?" : String.join("; ", e.sources())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Math.min(maxWidth, cell(row.get(i)).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String c = cell(row.get(i));
                if (c.length() > maxWidth) {
                    c = c.substring(0, maxWidth - 1) + "…";
                }
                line.append(c);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - c.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** Cells are one line: line breaks in names become spaces. */
    private static String cell(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String date(Event e) {
        if (e.date() == null) {
            return "?";
        }
        return e.date().start().equals(e.date().end()) ? e.date().start().toString()
                : e.date().start() + ".." + e.date().end();
    }

    /** The Admiralty code, "!" appended when the reports disagree. */
    private static String grade(Event e) {
        String code = e.grade() == null ? "?" : e.grade().code();
        return e.contested() ? code + "!" : code;
    }

    private static String actors(Event e) {
        String a1 = names(e.actor1());
        String a2 = names(e.actor2());
        if (a2.isEmpty()) {
            return a1.isEmpty() ? "?" : a1;
        }
        return (a1.isEmpty() ? "?" : a1) + " / " + a2;
    }

    private static String names(List<ActorRef> actors) {
        return String.join(", ", actors.stream().map(ActorRef::name).toList());
    }
}
