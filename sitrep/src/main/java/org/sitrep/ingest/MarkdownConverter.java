package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to clean text: headings lose their hashes, quotes their "&gt;", list items their bullets, inline syntax
 * is stripped by {@link MarkdownInline}. Every kept character keeps its source offset. Paragraphs follow the
 * same wrapped-or-separate-lines rule as plain text; a hard line break (two trailing spaces) always cuts a block.
 */
final class MarkdownConverter {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("[ \\t]+#+[ \\t]*$|^#+[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ ]?");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");

    /** A piece of one source line that belongs to the block being built: [start, end). */
    private record Piece(int start, int end, boolean hardBreak) {
    }

    private final String s;
    private final CleanTextBuilder out = new CleanTextBuilder();
    private final List<Piece> paragraph = new ArrayList<>();
    private Block.Shape paragraphShape = Block.Shape.PARAGRAPH;

    private MarkdownConverter(String source) {
        this.s = source;
    }

    static CleanText convert(String source) {
        MarkdownConverter c = new MarkdownConverter(source);
        c.run();
        return c.out.build();
    }

    private void run() {
        List<Lines.Line> lines = Lines.split(s);
        String fence = null;
        for (int li = 0; li < lines.size(); li++) {
            Lines.Line line = lines.get(li);
            CharSequence text = s.subSequence(line.start(), line.end());
            if (fence != null) {
                if (text.toString().strip().startsWith(fence)) {
                    fence = null;
                    flush();
                } else {
                    paragraph.add(new Piece(line.start(), line.end(), true));
                }
                continue;
            }
            Matcher m;
            if ((m = FENCE.matcher(text)).find()) {
                flush();
                fence = m.group(1);
                paragraphShape = Block.Shape.PREFORMATTED;
                continue;
            }
            if (line.blank(s)) {
                flush();
                continue;
            }
            if ((m = SETEXT.matcher(text)).matches() && !paragraph.isEmpty() && paragraphShape == Block.Shape.PARAGRAPH
                    && paragraph.size() == 1) {
                Piece p = paragraph.remove(0);
                heading(p.start(), p.end(), m.group(1).charAt(0) == '=' ? 1 : 2);
                continue;
            }
            if (thematicBreak(text)) {
                flush();
                continue;
            }
            if ((m = ATX.matcher(text)).find()) {
                flush();
                int start = line.start() + m.end();
                int end = line.end();
                Matcher close = ATX_CLOSE.matcher(s).region(start, end);
                if (close.find()) {
                    end = close.start();
                }
                heading(start, end, m.group(1).length());
                continue;
            }
            int start = line.start();
            Block.Shape shape = Block.Shape.PARAGRAPH;
            Matcher q = QUOTE.matcher(s).region(start, line.end());
            if (q.lookingAt()) {
                while (q.lookingAt()) { // nested quotes: strip every marker
                    start = q.end();
                    q.region(start, line.end());
                }
                shape = Block.Shape.BLOCKQUOTE;
                if (start >= line.end() || new Lines.Line(start, line.end()).blank(s)) {
                    flush();
                    continue;
                }
            }
            Matcher b = Lines.BULLET.matcher(s).region(start, line.end());
            if (b.lookingAt()) {
                flush();
                paragraphShape = Block.Shape.LIST_ITEM;
                start = b.end();
            } else if (shape != paragraphShape && !(paragraphShape == Block.Shape.LIST_ITEM
                    && shape == Block.Shape.PARAGRAPH)) {
                flush();
                paragraphShape = shape;
            }
            boolean hard = endsWithHardBreak(line);
            paragraph.add(new Piece(start, line.end(), hard));
            if (hard) {
                flush(); // a hard break ends the block: the next line is separate (a table row, a credit line)
            }
        }
        flush();
    }

    /**
     * A thematic break: up to three spaces, then three or more of one of - * _ with only blanks between. A scan, not
     * the regex it was: java.util.regex matched the repeated group by recursion, and a line of thousands of "- "
     * or "*" overflowed the stack (found by fuzzing).
     */
    static boolean thematicBreak(CharSequence line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || "-*_".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char mark = line.charAt(i);
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    private boolean endsWithHardBreak(Lines.Line line) {
        int e = line.end();
        return (e - line.start() >= 2 && s.charAt(e - 1) == ' ' && s.charAt(e - 2) == ' ')
                || (e > line.start() && s.charAt(e - 1) == '\\');
    }

    private void heading(int start, int end, int level) {
        flush();
        out.startBlock(Block.Shape.HEADING, level, Block.Zone.MAIN, "", false);
        emitInline(List.of(new Piece(start, end, false)));
        out.endBlock();
    }

    private void flush() {
        if (paragraph.isEmpty()) {
            paragraphShape = Block.Shape.PARAGRAPH;
            return;
        }
        List<Lines.Line> lines = new ArrayList<>(paragraph.size());
        for (Piece p : paragraph) {
            lines.add(new Lines.Line(p.start(), p.end()));
        }
        boolean tight = paragraphShape == Block.Shape.LIST_ITEM;
        if (paragraphShape == Block.Shape.PREFORMATTED || Lines.softWrapped(s, lines)) {
            out.startBlock(paragraphShape, 0, Block.Zone.MAIN, "", tight);
            emitInline(paragraph);
            out.endBlock();
        } else {
            for (Piece p : paragraph) {
                out.startBlock(paragraphShape, 0, Block.Zone.MAIN, "", tight);
                emitInline(List.of(p));
                out.endBlock();
            }
        }
        paragraph.clear();
        paragraphShape = Block.Shape.PARAGRAPH;
    }

    /** Gathers the block's characters (lines joined by their own line break) and strips inline syntax. */
    private void emitInline(List<Piece> pieces) {
        int total = 0;
        for (Piece p : pieces) {
            total += p.end() - p.start() + 1;
        }
        char[] chars = new char[total];
        int[] origins = new int[total];
        int n = 0;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            int end = p.end();
            if (p.hardBreak() && paragraphShape != Block.Shape.PREFORMATTED) {
                while (end > p.start() && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\\')) {
                    end--;
                }
            }
            for (int i = p.start(); i < end; i++) {
                chars[n] = s.charAt(i);
                origins[n] = i;
                n++;
            }
            if (k + 1 < pieces.size() && p.end() < s.length()) {
                chars[n] = s.charAt(p.end()); // the source's own line break
                origins[n] = p.end();
                n++;
            }
        }
        if (paragraphShape == Block.Shape.PREFORMATTED) {
            for (int i = 0; i < n; i++) {
                out.append(chars[i], origins[i], true);
            }
        } else {
            MarkdownInline.emit(chars, origins, n, out);
        }
    }
}
