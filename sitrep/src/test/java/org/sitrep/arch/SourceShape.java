package org.sitrep.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a Java source file's shape: its line count and the length of each method or constructor body, in lines
 * from the line of the signature's name to the line of the closing brace. Comments, string literals, text blocks and
 * character literals are blanked first so their braces do not count.
 */
final class SourceShape {
    /** A method or constructor: its name, the line its name is on, and its length in lines. */
    record Method(String name, int line, int lines) {
    }

    private static final Pattern SIGNATURE_END = Pattern.compile(
            "([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:throws\\s+[\\w.$,\\s<>]+)?\\s*$");
    private static final java.util.Set<String> NOT_METHODS = java.util.Set.of(
            "if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new", "else", "do", "when");

    private SourceShape() {
    }

    static int lineCount(String source) {
        int lines = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return source.isEmpty() || source.endsWith("\n") ? lines : lines + 1;
    }

    /** Every method and constructor body in the source, lambdas and initialiser blocks left out. */
    static List<Method> methods(String source) {
        String code = blank(source);
        List<Method> found = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {offset of '{', method start offset or -1}
        int segmentStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String head = code.substring(segmentStart, i);
                Matcher m = SIGNATURE_END.matcher(head);
                int start = -1;
                if (m.find() && !NOT_METHODS.contains(m.group(1)) && !head.contains("->")
                        && !isRecordHeader(head)) {
                    start = segmentStart + m.start(1);
                }
                open.add(new int[] {i, start});
                segmentStart = i + 1;
            } else if (c == '}') {
                if (!open.isEmpty()) {
                    int[] block = open.remove(open.size() - 1);
                    if (block[1] >= 0) {
                        Matcher m = SIGNATURE_END.matcher(code.substring(block[1], block[0]));
                        String name = m.find() ? m.group(1) : "?";
                        int first = line(code, block[1]);
                        found.add(new Method(name, first, line(code, i) - first + 1));
                    }
                }
                segmentStart = i + 1;
            } else if (c == ';') {
                segmentStart = i + 1;
            }
        }
        return found;
    }

    private static boolean isRecordHeader(String head) {
        return Pattern.compile("\\b(record|class|interface|enum)\\s+[A-Za-z_$]").matcher(head).find();
    }

    private static int line(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The source with comments and literals replaced by spaces (newlines kept, so offsets and lines stay). */
    static String blank(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = fill(out, i, end < 0 ? s.length() : end);
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = fill(out, i, end < 0 ? s.length() : end + 2);
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                i = fill(out, i, end < 0 ? s.length() : end + 3);
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                i = fill(out, i, literalEnd(s, i));
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int literalEnd(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }

    private static int fill(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
        return to;
    }
}
