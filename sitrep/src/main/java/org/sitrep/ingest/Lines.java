package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level facts shared by the plain-text and Markdown converters. */
final class Lines {
    /** A bullet or number at the start of a line, with the blanks after it. */
    static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[\\u2022\\u00B7\\u25AA\\u25E6\\u2023\\u25CF\\u25CB"
            + "\\u25A0\\u27A2\\u25BA*+-]|\\d{1,3}[.)])[ \\t]+(?=\\S)");
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 110;

    /** A line of the source: [start, end) without its line terminator. */
    record Line(int start, int end) {
        boolean blank(String s) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        int length() {
            return end - start;
        }
    }

    private Lines() {
    }

    static List<Line> split(String s) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new Line(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Line(start, n));
        }
        return out;
    }

    /**
     * Whether consecutive lines are one paragraph wrapped at a fixed width (join them) rather than separate short
     * lines such as a title, a dateline and a first paragraph (keep them apart). Wrapped lines are all of similar,
     * moderate length except the last.
     */
    static boolean softWrapped(String s, List<Line> lines) {
        if (lines.size() < 2) {
            return true;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (BULLET.matcher(s.subSequence(l.start(), l.end())).find()) {
                return false;
            }
            int len = l.length();
            if (i < lines.size() - 1 && (len < WRAP_MIN || len > WRAP_MAX)) {
                return false;
            }
        }
        return true;
    }
}
