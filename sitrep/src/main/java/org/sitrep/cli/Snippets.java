package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.SubEventType;

/**
 * The snippets of a {@code sitrep classify} input. The first non-blank line fixes the layout for the whole input:
 * no tab means one snippet per line (its id is its line number); two columns mean {@code id<TAB>text}; three or
 * more mean {@code id<TAB>label<TAB>text}, the labelled layout, whose label is one of ACLED's 25 sub-event types
 * or {@code NONE} (and whose text may itself hold tabs). A header line starting with {@code id<TAB>} is skipped.
 * A line that does not fit the layout is an error naming it, not a snippet silently read another way.
 *
 * @param labelled whether every snippet carries a gold label
 */
record Snippets(List<Snippet> items, boolean labelled) {
    /** The gold label of a snippet that reports no event. */
    static final String NONE = "NONE";

    enum Layout { PLAIN, ID_TEXT, LABELLED }

    /** One snippet; {@code gold} is null unless the input is labelled. */
    record Snippet(String id, int line, String gold, String text) {
    }

    Snippets {
        items = List.copyOf(items);
    }

    static Snippets parse(InputText input) {
        List<Snippet> out = new ArrayList<>();
        Layout layout = null;
        String[] lines = input.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            Layout here = cols.length == 1 ? Layout.PLAIN : cols.length == 2 ? Layout.ID_TEXT : Layout.LABELLED;
            if (layout == null) {
                layout = here;
                if (here != Layout.PLAIN && cols[0].strip().equalsIgnoreCase("id")) {
                    continue; // a header
                }
            } else if (here != layout) {
                throw bad(input, n, describe(here) + ", but the input's first line had " + describe(layout));
            }
            out.add(switch (layout) {
                case PLAIN -> new Snippet(Integer.toString(n), n, null, line.strip());
                case ID_TEXT -> new Snippet(id(input, n, cols[0]), n, null, text(input, n, cols[1]));
                case LABELLED -> new Snippet(id(input, n, cols[0]), n, gold(input, n, cols[1]), text(input, n, cols[2]));
            });
        }
        return new Snippets(out, layout == Layout.LABELLED);
    }

    private static String describe(Layout l) {
        return switch (l) {
            case PLAIN -> "no tab";
            case ID_TEXT -> "2 tab-separated columns";
            case LABELLED -> "3 or more tab-separated columns";
        };
    }

    private static String id(InputText input, int n, String col) {
        String id = col.strip();
        if (id.isEmpty()) {
            throw bad(input, n, "empty id in the first column");
        }
        return id;
    }

    private static String text(InputText input, int n, String col) {
        String t = col.strip();
        if (t.isEmpty()) {
            throw bad(input, n, "no snippet text");
        }
        return t;
    }

    /** The gold label in ACLED's spelling, or NONE. */
    private static String gold(InputText input, int n, String col) {
        String g = col.strip();
        if (g.toUpperCase(Locale.ROOT).equals(NONE)) {
            return NONE;
        }
        return SubEventType.parse(g).map(SubEventType::label).orElseThrow(() -> bad(input, n,
                "unknown label '" + g + "' (expected one of ACLED's 25 sub-event types or NONE)"));
    }

    private static BadInputException bad(InputText input, int n, String problem) {
        return new BadInputException(input.name() + ": line " + n + ": " + problem);
    }
}
