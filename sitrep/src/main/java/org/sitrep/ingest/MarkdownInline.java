package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Strips Markdown inline syntax from one block while keeping each kept character's source offset: link targets
 * and brackets, image references, emphasis and strike markers (only when they pair up, so a lone "*" stays),
 * code-span backticks, backslash escapes, autolink brackets and inline HTML tags.
 * Works on parallel arrays (characters, source offsets) built by {@link MarkdownConverter}; one instance per block.
 */
final class MarkdownInline {
    /**
     * How far a link's text or target may reach for its closing bracket. CommonMark caps link labels at 999
     * characters; without a cap every unclosed "[" scanned to the block's end, quadratic time on a block of
     * thousands of brackets (found by fuzzing: 100,000 "[" took 90 s).
     */
    static final int MAX_LINK_PART = 1000;

    private final char[] c;
    private final int n;
    private final boolean[] drop;
    private final boolean[] literal; // inside code spans: no further syntax

    private MarkdownInline(char[] c, int n) {
        this.c = c;
        this.n = n;
        this.drop = new boolean[n];
        this.literal = new boolean[n];
    }

    static void emit(char[] chars, int[] origins, int length, CleanTextBuilder out) {
        MarkdownInline m = new MarkdownInline(chars, length);
        m.structure();
        m.emphasis();
        for (int i = 0; i < length; i++) {
            if (!m.drop[i]) {
                out.append(chars[i], origins[i], true);
            }
        }
    }

    /** Code spans, escapes, links, images, autolinks and tags, left to right. */
    private void structure() {
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch == '`') {
                i = codeSpan(i);
            } else if (ch == '\\' && i + 1 < n && isAsciiPunct(c[i + 1])) {
                drop[i] = true;
                literal[i + 1] = true;
                i += 2;
            } else if (ch == '[' || (ch == '!' && i + 1 < n && c[i + 1] == '[')) {
                i = link(i);
            } else if (ch == '<') {
                i = angle(i);
            } else {
                i++;
            }
        }
    }

    private int codeSpan(int i) {
        int run = runLength(i, '`');
        for (int j = i + run; j < n; j++) {
            if (c[j] == '`') {
                int r2 = runLength(j, '`');
                if (r2 == run) {
                    mark(i, i + run);
                    mark(j, j + run);
                    for (int k = i + run; k < j; k++) {
                        literal[k] = true;
                    }
                    return j + run;
                }
                j += r2 - 1;
            }
        }
        return i + run;
    }

    private int link(int i) {
        boolean image = c[i] == '!';
        int open = image ? i + 1 : i;
        int close = matching(open, '[', ']');
        if (close < 0 || close + 1 >= n) {
            return open + 1;
        }
        int after = close + 1;
        int targetEnd;
        if (c[after] == '(') {
            targetEnd = matching(after, '(', ')');
        } else if (c[after] == '[') {
            targetEnd = matching(after, '[', ']');
        } else {
            return open + 1; // "[words]" without a target is just text, e.g. an editorial insertion in a quote
        }
        if (targetEnd < 0) {
            return open + 1;
        }
        if (image) {
            mark(i, targetEnd + 1);
        } else {
            drop[open] = true;
            mark(close, targetEnd + 1);
        }
        return image ? targetEnd + 1 : open + 1; // link text is processed further (emphasis, nested code)
    }

    private int angle(int i) {
        int j = i + 1;
        while (j < n && c[j] != '>' && c[j] != '<' && c[j] != '\n') {
            j++;
        }
        if (j >= n || c[j] != '>' || j == i + 1) {
            return i + 1;
        }
        String inner = new String(c, i + 1, j - i - 1);
        if (inner.matches("(?i)(https?|ftp|mailto):[^\\s]+|[^\\s@]+@[^\\s@]+")) {
            drop[i] = true;
            drop[j] = true;
            return j + 1;
        }
        if (inner.matches("/?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?")) {
            mark(i, j + 1); // an inline HTML tag
            return j + 1;
        }
        return i + 1;
    }

    /** Pairs emphasis delimiter runs (CommonMark-style flanking, simplified) and drops paired runs. */
    private void emphasis() {
        Deque<int[]> openers = new ArrayDeque<>(); // {start, end, char}
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (drop[i] || literal[i] || (ch != '*' && ch != '_' && ch != '~')) {
                i++;
                continue;
            }
            int run = runLength(i, ch);
            int end = i + run;
            if (ch == '~' && run != 2) {
                i = end;
                continue;
            }
            char prev = i == 0 ? ' ' : c[i - 1];
            char next = end >= n ? ' ' : c[end];
            boolean left = !Character.isWhitespace(next) && (!isPunct(next) || Character.isWhitespace(prev)
                    || isPunct(prev));
            boolean right = !Character.isWhitespace(prev) && (!isPunct(prev) || Character.isWhitespace(next)
                    || isPunct(next));
            boolean canOpen = left;
            boolean canClose = right;
            if (ch == '_') {
                canOpen = left && (!right || isPunct(prev));
                canClose = right && (!left || isPunct(next));
            }
            boolean closed = false;
            if (canClose) {
                for (var it = openers.iterator(); it.hasNext();) {
                    int[] op = it.next();
                    if (op[2] == ch) {
                        mark(op[0], op[1]);
                        mark(i, end);
                        // openers above the matched one can no longer close across it
                        while (openers.peek() != op) {
                            openers.pop();
                        }
                        openers.pop();
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed && canOpen) {
                openers.push(new int[] {i, end, ch});
            }
            i = end;
        }
    }

    private int matching(int open, char o1, char c1) {
        int depth = 0;
        int limit = Math.min(n, open + MAX_LINK_PART);
        for (int j = open; j < limit; j++) {
            if (literal[j] || drop[j]) {
                continue;
            }
            if (c[j] == '\\' && j + 1 < n) {
                j++;
                continue;
            }
            if (c[j] == o1) {
                depth++;
            } else if (c[j] == c1) {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    private int runLength(int i, char ch) {
        int j = i;
        while (j < n && c[j] == ch && !drop[j] && !literal[j]) {
            j++;
        }
        return Math.max(1, j - i);
    }

    private void mark(int from, int to) {
        for (int k = from; k < to; k++) {
            drop[k] = true;
        }
    }

    private static boolean isAsciiPunct(char ch) {
        return ch < 128 && ch > 32 && !Character.isLetterOrDigit(ch);
    }

    private static boolean isPunct(char ch) {
        return !Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch);
    }
}
