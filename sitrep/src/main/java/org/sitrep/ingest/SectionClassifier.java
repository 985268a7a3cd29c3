package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.SectionKind;

/**
 * Decides what each block of an article is, in passes from the surest evidence to the weakest: markup zones,
 * cue lines, the title and header lines (byline, dateline), the end of the article (disclaimer, copyright,
 * signature, republication note) and what trails it, quotations, and finally body text.
 * One instance per document (it holds the per-document working arrays).
 */
final class SectionClassifier {
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:by|written by|posted by|author\\s*:)\\s+"
            + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|the|al|el|de|van|von|bin|ibn|and|&)){0,6})"
            + "\\s*(?:[,|–—-].{0,60})?$");
    private static final Pattern SIGNATURE = Pattern.compile("^[—–―~-]{1,2}\\s*(\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|al|el|de|van|von|bin|ibn)){0,4})\\s*$");
    private static final Pattern AUTHOR_BOX = Pattern.compile("(?iu)^(?:articles|posts|stories|more) by\\s*:?\\s*"
            + "(\\p{Lu}.{1,60})$");
    private static final Pattern LAST_SENTENCE = Pattern.compile("(?s)(?:^|[.!?][\"”’)]?\\s+)([^.!?]*)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final String OPEN_QUOTES = "\"“«„";
    private static final String CLOSE_QUOTES = "\"”»“";
    private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?] \\p{Lu}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int HEADER_REACH = 3;
    private static final int MAX_QUOTE_RUN = 25;

    private final String text;
    private final List<Block> blocks;
    private final Cues cues;
    private final CommentShape shape = CommentShape.standard();
    private final String htmlTitle;
    private final int n;
    private final String[] texts;
    private final String[] collapsed;
    private final String[] lower;
    private final int[] words;
    private final SectionKind[] kind;
    private final String[] label;
    private final DateLine.Hit[] dates;
    private final String[] names;
    private final Optional<DateLine.Hit>[] datelines;

    private SectionClassifier(CleanText clean, Cues cues, String htmlTitle) {
        this.text = clean.text();
        this.blocks = clean.blocks();
        this.cues = cues;
        this.htmlTitle = htmlTitle == null ? null : Cues.normalise(htmlTitle);
        this.n = blocks.size();
        texts = new String[n];
        collapsed = new String[n];
        lower = new String[n];
        words = new int[n];
        kind = new SectionKind[n];
        label = new String[n];
        dates = new DateLine.Hit[n];
        names = new String[n];
        @SuppressWarnings("unchecked")
        Optional<DateLine.Hit>[] dl = new Optional[n];
        datelines = dl;
        for (int i = 0; i < n; i++) {
            texts[i] = blocks.get(i).text(text);
            collapsed[i] = Cues.collapse(texts[i]);
            lower[i] = collapsed[i].toLowerCase(Locale.ROOT);
            words[i] = wordCount(collapsed[i]);
        }
    }

    /** Classifies every block of the clean text. {@code htmlTitle} (nullable) helps find the title block. */
    static List<Role> classify(CleanText clean, Cues cues, String htmlTitle) {
        SectionClassifier c = new SectionClassifier(clean, cues, htmlTitle);
        c.run();
        List<Role> out = new ArrayList<>(c.n);
        for (int i = 0; i < c.n; i++) {
            out.add(new Role(c.blocks.get(i), c.texts[i], c.kind[i], c.label[i], c.dates[i], c.names[i]));
        }
        return out;
    }

    private void run() {
        zones();
        cueLines();
        int firstProse = firstProse();
        title(firstProse);
        header(firstProse);
        int comments = commentSection(firstProse);
        furnitureBefore(comments, firstProse);
        int end = articleEnd(firstProse);
        trailing(firstProse, end);
        quotes();
        rest(firstProse);
    }

    private void set(int i, SectionKind k, String why) {
        kind[i] = k;
        label[i] = why;
    }

    private boolean open(int i) {
        return kind[i] == null;
    }

    private void zones() {
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            switch (b.zone()) {
                case BOILERPLATE -> set(i, SectionKind.BOILERPLATE, b.zoneLabel());
                case CAPTION -> set(i, SectionKind.BOILERPLATE, "caption");
                case COMMENTS -> set(i, SectionKind.COMMENT, b.zoneLabel());
                default -> {
                }
            }
        }
    }

    private void cueLines() {
        boolean commentArea = false;
        for (int i = 0; i < n; i++) {
            if (!open(i)) {
                continue;
            }
            Optional<Cues.Hit> hit;
            if ((hit = cues.find(Cues.Kind.REPUBLISHED, collapsed[i], lower[i])).isPresent()) {
                set(i, SectionKind.BOILERPLATE, "republished");
                names[i] = trimName(hit.get().name());
            } else if ((hit = cues.find(Cues.Kind.END, collapsed[i], lower[i])).isPresent()) {
                set(i, SectionKind.BOILERPLATE, hit.get().cue().label());
                Matcher m = AUTHOR_BOX.matcher(collapsed[i]);
                if (m.matches()) {
                    names[i] = trimName(m.group(1));
                }
            } else if ((hit = cues.find(Cues.Kind.COMMENT_AREA, collapsed[i], lower[i])).isPresent()) {
                set(i, SectionKind.COMMENT, hit.get().cue().label());
                commentArea = true;
            } else if ((hit = cues.find(Cues.Kind.COMMENT, collapsed[i], lower[i])).isPresent()) {
                set(i, SectionKind.COMMENT, hit.get().cue().label());
            } else if ((hit = cues.find(Cues.Kind.BOILERPLATE, collapsed[i], lower[i])).isPresent()) {
                set(i, SectionKind.BOILERPLATE, hit.get().cue().label());
                commentArea = false;
            } else if (commentArea) {
                set(i, SectionKind.COMMENT, "comments");
            }
        }
    }

    private boolean prose(int i) {
        Block.Shape s = blocks.get(i).shape();
        if (s == Block.Shape.HEADING) {
            return false;
        }
        return words[i] >= 14 || (words[i] >= 6 && endsSentence(collapsed[i]));
    }

    private int firstProse() {
        for (int i = 0; i < n; i++) {
            if (open(i) && prose(i) && dateline(i).isEmpty()) {
                return i;
            }
        }
        return n;
    }

    /** The title: a top heading, the block repeating the HTML title, else the first title-like line. */
    private void title(int firstProse) {
        int best = -1;
        for (int i = 0; i < n && best < 0; i++) {
            Block b = blocks.get(i);
            // "# SOHR - 14 April 2021": a heading that is a dateline dates the page and titles nothing
            if (open(i) && b.shape() == Block.Shape.HEADING && b.level() == 1 && dateline(i).isEmpty()) {
                best = i;
            }
        }
        if (best < 0 && htmlTitle != null) {
            for (int i = 0; i < n && best < 0; i++) {
                if (open(i) && lower[i].length() >= 8 && htmlTitle.contains(lower[i]) && titleLike(i)) {
                    best = i;
                }
            }
        }
        for (int i = 0; i < firstProse && best < 0; i++) {
            if (open(i) && (titleLike(i) || blocks.get(i).shape() == Block.Shape.HEADING)
                    && dateline(i).isEmpty() && !BYLINE.matcher(collapsed[i]).matches()) {
                best = i;
            }
        }
        if (best >= 0) {
            set(best, SectionKind.TITLE, "title");
        }
    }

    /** Byline and dateline lines around the top of the article. */
    private void header(int firstProse) {
        int reach = Math.min(n, firstProse + HEADER_REACH);
        for (int i = 0; i < reach; i++) {
            if (!open(i)) {
                continue;
            }
            Optional<DateLine.Hit> d = dateline(i);
            if (d.isPresent()) {
                set(i, SectionKind.BOILERPLATE, "dateline");
                dates[i] = d.get();
                continue;
            }
            Matcher by = BYLINE.matcher(collapsed[i]);
            if (by.matches()) {
                set(i, SectionKind.BOILERPLATE, "byline");
                names[i] = trimName(by.group(1));
            }
        }
    }

    /**
     * Where the reader comments start, found by their shape rather than by a site's wording: a comment-area cue
     * after the article ("12 Responses to ...", "Comments"), or the first entry header (a name beside a timestamp)
     * when a second header, an action bar ("Reply • Share") or a reader's own voice confirms it. From there on no
     * block is body text: what is not furniture is comment. Returns the start block, or n when there are none.
     */
    private int commentSection(int firstProse) {
        int start = n;
        for (int i = firstProse + 1; i < n && start == n; i++) {
            if (kind[i] == SectionKind.COMMENT
                    && cues.find(Cues.Kind.COMMENT_AREA, collapsed[i], lower[i]).isPresent()) {
                start = i;
            }
        }
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            usable[i] = open(i) || kind[i] == SectionKind.COMMENT;
        }
        start = Math.min(start, shape.firstEntry(texts, usable, firstProse + 1, start));
        for (int i = start; i < n; i++) {
            if (open(i)) {
                set(i, SectionKind.COMMENT, "comments");
            }
        }
        return start;
    }

    /**
     * Between the article's last prose and the comments: share bars, "Related" headings and lists of headlines,
     * recognised by shape (headings, title-like lines, blocks of several short lines none of which ends a sentence).
     */
    private void furnitureBefore(int comments, int firstProse) {
        if (comments >= n) {
            return;
        }
        for (int i = comments - 1; i > firstProse; i--) {
            if (!open(i)) {
                continue;
            }
            if (shortEntries(i)) {
                set(i, SectionKind.BOILERPLATE, "related-headlines");
            } else if (blocks.get(i).shape() == Block.Shape.HEADING || titleLike(i)) {
                set(i, SectionKind.BOILERPLATE, "related-headlines");
            } else {
                return;
            }
        }
    }

    /** Several short lines, none a sentence: a link list (related headlines, share or tag links). */
    private boolean shortEntries(int i) {
        String[] lines = texts[i].strip().split("\\s*\n\\s*");
        if (lines.length < 2) {
            return false;
        }
        for (String l : lines) {
            String c = Cues.collapse(l);
            if (c.isEmpty() || wordCount(c) > 14 || endsSentence(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first closing mark after some body text: an end cue or republication note (already labelled) or a
     * signature line "— Name". Returns its index, or n when the article runs to the end.
     */
    private int articleEnd(int firstProse) {
        for (int i = firstProse + 1; i < n; i++) {
            if (kind[i] == SectionKind.BOILERPLATE && isEndLabel(i)) {
                return i;
            }
            if (open(i)) {
                Matcher sig = SIGNATURE.matcher(collapsed[i]);
                if (sig.matches()) {
                    set(i, SectionKind.BOILERPLATE, "signature");
                    names[i] = sig.group(1);
                    return i;
                }
            }
        }
        return n;
    }

    private boolean isEndLabel(int i) {
        if ("republished".equals(label[i])) {
            return true;
        }
        for (Cues.Cue c : cues.all(Cues.Kind.END)) {
            if (c.label().equals(label[i]) && c.matches(lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** After the end, and a run of title-like lines closing the page, is furniture (or comments). */
    private void trailing(int firstProse, int end) {
        boolean commentArea = false;
        for (int i = end + 1; i < n; i++) {
            if (kind[i] == SectionKind.COMMENT) {
                commentArea = true;
                continue;
            }
            if (!open(i)) {
                if (kind[i] == SectionKind.BOILERPLATE) {
                    commentArea = false;
                }
                continue;
            }
            Matcher h = CommentShape.COMMENT_HEADER.matcher(collapsed[i]);
            if (h.matches() && words[i] <= 14) {
                set(i, SectionKind.COMMENT, "comment-header");
                commentArea = true;
            } else if (commentArea) {
                set(i, SectionKind.COMMENT, "comments");
            } else {
                // after the article, a line that is not a sentence is a headline of another article
                boolean headline = words[i] <= 25 && !endsSentence(collapsed[i]);
                set(i, SectionKind.BOILERPLATE, headline ? "related-headlines" : "after-article");
            }
        }
        // a comment header with a date or time in it marks a comment list even inside the page
        for (int i = firstProse + 1; i < Math.min(end, n); i++) {
            Matcher h = CommentShape.COMMENT_HEADER.matcher(collapsed[i]);
            if (open(i) && h.matches() && words[i] <= 14 && DIGIT.matcher(collapsed[i]).find()) {
                set(i, SectionKind.COMMENT, "comment-header");
                for (int j = i + 1; j < end && open(j)
                        && !CommentShape.COMMENT_HEADER.matcher(collapsed[j]).matches(); j++) {
                    set(j, SectionKind.COMMENT, "comments");
                }
            }
        }
        int last = Math.min(end, n) - 1;
        int i = last;
        while (i > firstProse && !open(i) && kind[i] != SectionKind.TITLE) {
            i--;
        }
        int runEnd = i;
        while (i > firstProse && open(i) && titleLike(i) && blocks.get(i).shape() != Block.Shape.LIST_ITEM) {
            i--;
        }
        if (runEnd > i && i >= firstProse && firstProse < n) {
            for (int j = i + 1; j <= runEnd; j++) {
                if (open(j)) {
                    set(j, SectionKind.BOILERPLATE, "related-headlines");
                }
            }
        }
    }

    /** Blockquotes, paragraphs introduced by "X said:", and paragraphs wholly inside quotation marks. */
    private void quotes() {
        for (int i = 0; i < n; i++) {
            if (open(i) && blocks.get(i).shape() == Block.Shape.BLOCKQUOTE) {
                set(i, SectionKind.QUOTE, "blockquote");
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if ((open(i) || kind[i] == SectionKind.BODY) && introducesQuote(i) && open(i + 1)) {
                set(i + 1, SectionKind.QUOTE, "after-intro");
                if (opensQuote(i + 1) && !wholeQuote(i + 1)) {
                    // multi-paragraph quotation: each paragraph re-opens the quote until one closes it
                    for (int j = i + 2; j < n && j <= i + MAX_QUOTE_RUN && open(j) && opensQuote(j); j++) {
                        set(j, SectionKind.QUOTE, "after-intro");
                        if (closesQuote(j)) {
                            break;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!open(i) || !opensQuote(i)) {
                continue;
            }
            if (wholeQuote(i)) {
                set(i, SectionKind.QUOTE, "quoted");
                quotedHeadline(i);
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < n && j <= i + MAX_QUOTE_RUN && open(j); j++) {
                if (closesQuote(j)) {
                    close = j;
                    break;
                }
            }
            if (close > 0) {
                for (int j = i; j <= close; j++) {
                    set(j, SectionKind.QUOTE, "quoted-run");
                }
                quotedHeadline(i);
                i = close;
            }
        }
    }

    /** A headline right before a quoted report belongs to the report. */
    private void quotedHeadline(int quoteStart) {
        int h = quoteStart - 1;
        if (h >= 0 && open(h) && titleLike(h) && !endsSentence(collapsed[h])) {
            set(h, SectionKind.QUOTE, "quoted-headline");
        }
    }

    private void rest(int firstProse) {
        for (int i = 0; i < n; i++) {
            if (!open(i)) {
                continue;
            }
            Block b = blocks.get(i);
            if (i < firstProse && titleLike(i)) {
                set(i, SectionKind.BOILERPLATE, "header");
            } else if (b.shape() == Block.Shape.LIST_ITEM) {
                set(i, SectionKind.BODY, "list-item");
            } else if (b.shape() == Block.Shape.HEADING || titleLike(i)) {
                set(i, SectionKind.BODY, "subheading");
            } else {
                set(i, SectionKind.BODY, "body");
            }
        }
    }

    private boolean introducesQuote(int i) {
        String t = collapsed[i];
        if (!t.endsWith(":") || words[i] < 2) {
            return false;
        }
        Matcher s = LAST_SENTENCE.matcher(t.substring(0, t.length() - 1));
        String sentence = s.find() ? s.group(1) : t;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            if (cues.tokenLabel(Cues.Kind.QUOTE_INTRO, w.group()) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean opensQuote(int i) {
        String t = collapsed[i];
        return !t.isEmpty() && OPEN_QUOTES.indexOf(t.charAt(0)) >= 0;
    }

    /** Ends with a closing quotation mark, perhaps followed by closing punctuation. */
    private boolean closesQuote(int i) {
        String t = collapsed[i];
        int e = t.length();
        while (e > 0 && ".,;!?…)".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > 1 && CLOSE_QUOTES.indexOf(t.charAt(e - 1)) >= 0;
    }

    /** Opens and closes with quotation marks and the quotation never closes before its end. */
    private boolean wholeQuote(int i) {
        if (!opensQuote(i) || !closesQuote(i)) {
            return false;
        }
        String t = collapsed[i];
        int straight = 0;
        int depth = 0;
        int lastClose = t.length() - 1;
        while (lastClose > 0 && CLOSE_QUOTES.indexOf(t.charAt(lastClose)) < 0) {
            lastClose--;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '"') {
                straight++;
            } else if (c == '“' || c == '«' || c == '„') {
                depth++;
            } else if (c == '”' || c == '»') {
                depth--;
                if (depth <= 0 && k < lastClose) {
                    return false;
                }
            }
        }
        return t.charAt(0) != '"' || straight == 2;
    }

    /** The block read as a dateline (parsed once). */
    private Optional<DateLine.Hit> dateline(int i) {
        if (datelines[i] == null) {
            datelines[i] = words[i] > 14 ? Optional.empty() : DateLine.parse(collapsed[i]);
        }
        return datelines[i];
    }

    private boolean titleLike(int i) {
        String t = collapsed[i];
        if (words[i] == 0 || words[i] > 16 || t.length() > 140) {
            return false;
        }
        char first = t.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || OPEN_QUOTES.indexOf(first) >= 0)) {
            return false;
        }
        int e = t.length() - 1;
        while (e > 0 && "\"”’')]»".indexOf(t.charAt(e)) >= 0) {
            e--; // a sentence may end inside closing quotes or brackets
        }
        return ".:;,!…".indexOf(t.charAt(e)) < 0 && !TWO_SENTENCES.matcher(t).find();
    }

    private static int wordCount(String collapsedText) {
        if (collapsedText.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int k = 0; k < collapsedText.length(); k++) {
            if (collapsedText.charAt(k) == ' ') {
                count++;
            }
        }
        return count;
    }

    private static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        int e = t.length() - 1;
        while (e > 0 && "\"”’')]»".indexOf(t.charAt(e)) >= 0) {
            e--;
        }
        return ".!?…:".indexOf(t.charAt(e)) >= 0;
    }

    private static String trimName(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[\\s.,;:]+$", "");
        return t.isEmpty() ? null : t;
    }
}
