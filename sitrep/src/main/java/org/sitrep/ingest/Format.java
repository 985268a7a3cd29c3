package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The markup of an article file, from its extension and, for text files, from what it visibly contains. */
enum Format {
    PLAIN("text/plain"), MARKDOWN("text/markdown"), HTML("text/html");

    /** The first tag of an HTML page, after any comments (skipped by {@link #htmlStart}, not by the pattern). */
    private static final Pattern HTML_TAG = Pattern.compile("<(!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile("!?\\[[^\\]\\n]{1,300}\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
    private static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)[^*_\\n]{1,300}?(?<=\\S)\\1");
    private static final Pattern MD_ITALIC = Pattern.compile("\\*(?<![*\\w]\\*)(?=[^*\\s])[^*\\n]{1,2000}?(?<=[^*\\s])\\*(?![*\\w])");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^>[ \\t]");
    private static final int SNIFF = 64 * 1024;

    final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    static Format of(String path, String text) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        CharSequence head = text.length() > SNIFF ? text.subSequence(0, SNIFF) : text;
        if (htmlStart(head)) {
            return HTML;
        }
        return visiblyMarkdown(head) ? MARKDOWN : PLAIN;
    }

    /**
     * Whether the text opens like an HTML page: blanks and comments, then a doctype, html, head or body tag. A loop
     * rather than a repeated regex group, which java.util.regex matches by recursion: a page of thousands of
     * comments overflowed the stack.
     */
    static boolean htmlStart(CharSequence text) {
        String t = text.toString();
        int i = skipBlanks(t, 0);
        while (t.startsWith("<!--", i)) {
            int close = t.indexOf("-->", i + 4);
            if (close < 0) {
                return false;
            }
            i = skipBlanks(t, close + 3);
        }
        return HTML_TAG.matcher(t).region(i, t.length()).lookingAt();
    }

    private static int skipBlanks(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Links and headings are strong signs, emphasis and quote markers weak ones; two points make Markdown. */
    static boolean visiblyMarkdown(CharSequence text) {
        String t = text.toString();
        boolean brackets = t.indexOf("](") >= 0;
        boolean hashes = t.indexOf('#') >= 0;
        boolean stars = t.indexOf('*') >= 0 || t.indexOf("__") >= 0;
        boolean quotes = t.indexOf('>') >= 0;
        int score = (brackets ? 2 * count(MD_LINK, t, 1) : 0) + (hashes ? 2 * count(MD_HEADING, t, 1) : 0)
                + (stars ? count(MD_BOLD, t, 2) + count(MD_ITALIC, t, 2) : 0) + (quotes ? count(MD_QUOTE, t, 2) : 0);
        return score >= 2;
    }

    private static int count(Pattern p, CharSequence text, int enough) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
