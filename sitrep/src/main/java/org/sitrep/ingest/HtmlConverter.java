package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sitrep.model.Span;

/**
 * HTML to clean text with jsoup. Block elements become blocks; scripts, styles and hidden elements are dropped;
 * navigation, asides, site headers and footers, captions and comment lists are kept but put in zones so they are
 * classified as furniture or comments. Entities are decoded; each character keeps the source offset jsoup reports
 * for its text node (an entity's characters point at its "&amp;" and are not verbatim).
 */
final class HtmlConverter implements NodeFilter {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "select", "option", "textarea", "input", "head", "math", "video", "audio");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "ul", "br", "summary", "caption", "button", "center", "menu", "legend", "body");
    private static final Set<String> CELL = Set.of("td", "th");
    private static final Set<String> NEVER_ZONED = Set.of("html", "body", "main", "article");
    private static final Pattern DATE_IN_JSON = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private final String source;
    private final Cues cues;
    private final CleanTextBuilder out = new CleanTextBuilder();
    private final Deque<Element> zoneElements = new ArrayDeque<>();
    private final Deque<Block.Zone> zones = new ArrayDeque<>();
    private final Deque<String> zoneLabels = new ArrayDeque<>();
    private int bodyTextLength;
    private int heading;
    private int headingDepth;
    private int listDepth;
    private int quoteDepth;
    private int preDepth;
    private int articleDepth;
    private int lastOrigin;
    private boolean lineBreak;
    private Element dateElement;
    private int dateStart = -1;
    private int dateEnd = -1;

    record Result(CleanText clean, HtmlMeta meta) {
    }

    private HtmlConverter(String source, Cues cues) {
        this.source = source;
        this.cues = cues;
    }

    static Result convert(String source, Cues cues) {
        Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        HtmlConverter c = new HtmlConverter(source, cues);
        c.dateElement = doc.body().selectFirst("time[datetime], [itemprop=datePublished]");
        c.bodyTextLength = doc.body().text().length();
        NodeTraversor.filter(c, doc.body());
        CleanText clean = c.out.build();
        Span dateSpan = c.dateStart >= 0 && c.dateEnd > c.dateStart ? new Span(c.dateStart, c.dateEnd) : null;
        return new Result(clean, meta(doc, dateSpan));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
        }
        String tag = e.normalName();
        if (SKIP.contains(tag) || hidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK.contains(tag)) {
            out.endBlock();
            lineBreak = tag.equals("br");
        } else if (CELL.contains(tag) && out.hasContent() && !out.endsWithBlank()) {
            out.appendSynthetic(' ');
        }
        enterZone(e, tag);
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                headingDepth++;
                heading = tag.charAt(1) - '0';
            }
            case "li", "dd", "dt" -> listDepth++;
            case "blockquote", "q" -> quoteDepth += tag.equals("blockquote") ? 1 : 0;
            case "pre" -> preDepth++;
            case "article", "main" -> articleDepth++;
            default -> {
            }
        }
        if (e == dateElement) {
            dateStart = -2; // set at its first visible character
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
            case "li", "dd", "dt" -> listDepth--;
            case "blockquote" -> quoteDepth--;
            case "pre" -> preDepth--;
            case "article", "main" -> articleDepth--;
            default -> {
            }
        }
        if (e == dateElement && dateStart >= 0) {
            dateEnd = out.visibleEnd();
        }
        if (BLOCK.contains(tag)) {
            out.endBlock();
        }
        if (!zoneElements.isEmpty() && zoneElements.peek() == e) {
            zoneElements.pop();
            zones.pop();
            zoneLabels.pop();
        }
        return FilterResult.CONTINUE;
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
    }

    /** Puts an element's subtree into a zone when its tag or class/id says it is furniture or comments. */
    private void enterZone(Element e, String tag) {
        Block.Zone zone = null;
        String label = null;
        switch (tag) {
            case "nav", "menu" -> {
                zone = Block.Zone.BOILERPLATE;
                label = "nav";
            }
            case "aside" -> {
                zone = Block.Zone.BOILERPLATE;
                label = "aside";
            }
            case "footer" -> {
                if (articleDepth == 0) {
                    zone = Block.Zone.BOILERPLATE;
                    label = "footer";
                }
            }
            case "header" -> {
                if (articleDepth == 0 && e.selectFirst("h1") == null) {
                    zone = Block.Zone.BOILERPLATE;
                    label = "site-header";
                }
            }
            case "figcaption" -> {
                zone = Block.Zone.CAPTION;
                label = "caption";
            }
            case "form" -> {
                zone = Block.Zone.BOILERPLATE;
                label = "form";
            }
            default -> {
            }
        }
        if (zone == null && !NEVER_ZONED.contains(tag) && (e.hasAttr("class") || e.hasAttr("id"))) {
            String l;
            if ((l = tokenCue(e, Cues.Kind.HTML_COMMENT)) != null && wrapsPart(e)) {
                zone = Block.Zone.COMMENTS;
                label = l;
            } else if ((l = tokenCue(e, Cues.Kind.HTML_BOILERPLATE)) != null && wrapsPart(e)) {
                zone = l.equals("caption") ? Block.Zone.CAPTION : Block.Zone.BOILERPLATE;
                label = l;
            }
        }
        if (zone != null && (zones.isEmpty() || (zone == Block.Zone.COMMENTS && zones.peek() != Block.Zone.COMMENTS))) {
            zoneElements.push(e);
            zones.push(zone);
            zoneLabels.push(label);
        }
    }

    /** Layout wrappers ("has-sidebar", "with-comments") hold the article itself: never zone those. */
    private boolean wrapsPart(Element e) {
        if (e.selectFirst("h1, article, main") != null) {
            return false;
        }
        return bodyTextLength == 0 || e.text().length() * 10 < bodyTextLength * 6;
    }

    private String tokenCue(Element e, Cues.Kind kind) {
        String names = e.className() + " " + e.id();
        for (String t : names.split("[\\s_-]+")) {
            if (!t.isEmpty()) {
                String l = cues.tokenLabel(kind, t);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    private void text(TextNode t) {
        String decoded = t.getWholeText();
        if (decoded.isEmpty()) {
            return;
        }
        if (!out.isOpen()) {
            Block.Zone zone = zones.isEmpty() ? Block.Zone.MAIN : zones.peek();
            String label = zoneLabels.isEmpty() ? "" : zoneLabels.peek();
            Block.Shape shape = quoteDepth > 0 ? Block.Shape.BLOCKQUOTE
                    : headingDepth > 0 ? Block.Shape.HEADING
                    : preDepth > 0 ? Block.Shape.PREFORMATTED
                    : listDepth > 0 ? Block.Shape.LIST_ITEM
                    : Block.Shape.PARAGRAPH;
            boolean tight = lineBreak || shape == Block.Shape.LIST_ITEM;
            out.startBlock(shape, headingDepth > 0 ? heading : 0, zone, label, tight);
            lineBreak = false;
        }
        var range = t.sourceRange();
        int rs = range.isTracked() ? range.start().pos() : -1;
        int re = range.isTracked() ? range.end().pos() : -1;
        if (rs < 0 || re > source.length() || re < rs) {
            for (int j = 0; j < decoded.length(); j++) {
                emit(decoded.charAt(j), lastOrigin, false);
            }
            return;
        }
        align(decoded, rs, re);
    }

    /** Walks the decoded text against the raw source, stepping over entities and carriage returns. */
    private void align(String decoded, int rs, int re) {
        int k = rs;
        int j = 0;
        int n = decoded.length();
        while (j < n) {
            char d = decoded.charAt(j);
            int used = k < re && source.charAt(k) == '&' ? entity(decoded, j, k, re) : 0;
            if (used > 0) {
                int len = entityLength;
                for (int x = 0; x < len; x++) {
                    emit(decoded.charAt(j + x), k, false);
                }
                j += len;
                k += used;
            } else if (k < re && source.charAt(k) == d) {
                emit(d, k, true);
                j++;
                k++;
            } else if (k < re && source.charAt(k) == '\r') {
                k++;
            } else {
                emit(d, Math.min(k, Math.max(rs, re - 1)), false); // out of step: keep going, never claim exactness
                j++;
                if (k < re) {
                    k++;
                }
            }
        }
    }

    private int entityLength;

    /**
     * Length in the source of the entity at k that decodes to the text at j (0 if none); sets entityLength.
     * A ";"-terminated entity is tried first, then the shortest legacy form without ";" ("&copy").
     */
    private int entity(String decoded, int j, int k, int re) {
        int max = Math.min(re, k + 40);
        int semi = source.indexOf(';', k);
        if (semi > k + 1 && semi < max) {
            int used = tryEntity(decoded, j, k, semi + 1);
            if (used > 0) {
                return used;
            }
        }
        for (int e = k + 2; e <= max; e++) {
            int used = tryEntity(decoded, j, k, e);
            if (used > 0) {
                return used;
            }
        }
        return 0;
    }

    private int tryEntity(String decoded, int j, int k, int e) {
        String token = source.substring(k, e);
        String value = Parser.unescapeEntities(token, false);
        if (!value.equals(token) && !value.isEmpty() && value.length() < token.length()
                && decoded.startsWith(value, j)) {
            entityLength = value.length();
            return e - k;
        }
        return 0;
    }

    private void emit(char c, int origin, boolean exact) {
        lastOrigin = origin;
        if (Character.isWhitespace(c) || c == '\u00A0') {
            if (preDepth > 0) {
                out.append(c, origin, exact);
            } else if (out.hasContent() && !out.endsWithBlank()) {
                out.append(' ', origin, exact && c == ' ');
            }
            return;
        }
        out.append(c, origin, exact);
        if (dateStart == -2) {
            dateStart = out.length() - 1;
        }
    }

    private static HtmlMeta meta(Document doc, Span dateSpan) {
        String title = blankToNull(doc.title());
        String ogTitle = content(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        String site = content(doc, "meta[property=og:site_name], meta[name=og:site_name], meta[name=application-name]");
        String publisher = notUrl(content(doc, "meta[name=publisher], meta[property=article:publisher], "
                + "meta[name=dc.publisher], meta[name=DC.publisher]"));
        String author = notUrl(content(doc, "meta[name=author], meta[property=article:author], "
                + "meta[name=dc.creator], meta[name=DC.creator], meta[name=byl]"));
        String date = content(doc, "meta[property=article:published_time], meta[itemprop=datePublished], "
                + "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=dc.date], "
                + "meta[name=DC.date], meta[name=dcterms.date], meta[name=DC.date.issued], meta[name=parsely-pub-date]");
        if (date == null) {
            for (Element s : doc.select("script[type=application/ld+json]")) {
                Matcher m = DATE_IN_JSON.matcher(s.data());
                if (m.find()) {
                    date = m.group(1);
                    break;
                }
            }
        }
        String timeDate = null;
        Element time = doc.body().selectFirst("time[datetime], [itemprop=datePublished]");
        if (time != null) {
            timeDate = blankToNull(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        }
        return new HtmlMeta(title, ogTitle, site, publisher, author, date, timeDate, timeDate == null ? null : dateSpan);
    }

    private static String content(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : blankToNull(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }

    private static String notUrl(String s) {
        return s == null || s.toLowerCase(Locale.ROOT).startsWith("http") ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
