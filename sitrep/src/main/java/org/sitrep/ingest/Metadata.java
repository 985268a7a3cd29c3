package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;

/**
 * Title, outlet, author and publication date of an article, read from HTML metadata and from the lines the
 * classifier labelled (title, byline, dateline, signature, republication note). Never from file times or today.
 * When a page shows two dates (a repost and its original), the page's own date is the one not attributed to the
 * original source, or else the later one; the other is the original's.
 */
record Metadata(String title, String outlet, String author, LocalDate published, Mention publishedSource,
        Republication republication) {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

    static Metadata of(String text, List<Role> roles, HtmlMeta html) {
        String title = title(roles, html);
        String originalOutlet = null;
        String byline = null;
        String signature = null;
        String authorBox = null;
        List<Role> datelines = new ArrayList<>();
        for (Role r : roles) {
            switch (r.label()) {
                case "republished" -> originalOutlet = originalOutlet == null ? r.name() : originalOutlet;
                case "byline" -> byline = byline == null ? r.name() : byline;
                case "signature" -> signature = signature == null ? r.name() : signature;
                case "author-box" -> authorBox = authorBox == null ? r.name() : authorBox;
                case "dateline" -> {
                    if (r.date() != null) {
                        datelines.add(r);
                    }
                }
                default -> {
                }
            }
        }
        String author = firstNonNull(byline, html == null ? null : html.author(), signature, authorBox);

        PageDates pd = PageDates.of(datelines, originalOutlet);
        Role own = pd.own();
        Role original = pd.original();

        LocalDate published = null;
        Mention source = null;
        if (html != null && (html.metaDate() != null || html.timeDate() != null)) {
            LocalDate meta = DateLine.parseValue(html.metaDate()).orElse(null);
            LocalDate time = DateLine.parseValue(html.timeDate()).orElse(null);
            published = meta != null ? meta : time;
            if (published != null && published.equals(time) && html.timeSpan() != null) {
                source = Mention.in(text, html.timeSpan());
            }
        }
        if (published == null && own != null) {
            published = own.date().date();
        }
        if (published != null && source == null && own != null && own.date().date().equals(published)) {
            source = mention(text, own);
        }
        Optional<LeadDate> lead = published == null ? LeadDate.of(text, roles) : Optional.empty();
        if (lead.isPresent()) {
            published = lead.get().date();
            source = lead.get().source();
        }
        if (html != null && published != null && own != null && original == null
                && own.date().date().plusDays(1).isBefore(published)) { // a day apart may be a time-zone shift
            original = own; // the page's metadata is later than its visible dateline: the dateline is the original's
        }

        String outlet = html == null ? null : firstNonNull(html.siteName(), html.publisher());
        // a name beside the page's own date is its outlet only with evidence that it names a publication (see
        // OutletName): such a name is as often the filing place ("Hama, 25 October 2015"). Never the author, the
        // original, or an upper-case wire dateline place ("ALEPPO, March 3").
        if (outlet == null && own != null && own != original && own.date().name() != null
                && !sameName(own.date().name(), author) && !sameName(own.date().name(), originalOutlet)
                && !own.date().name().equals(own.date().name().toUpperCase(Locale.ROOT))
                && OutletName.defaults().isOutlet(own.date().name(), own, roles)) {
            outlet = own.date().name();
        }
        if (originalOutlet == null && original != null) {
            originalOutlet = original.date().name();
        }
        Republication rep = null;
        if (originalOutlet != null || original != null) {
            rep = new Republication(originalOutlet, original == null ? null : original.date().date(),
                    original == null ? null : mention(text, original));
        }
        return new Metadata(title, outlet, author, published, source, rep);
    }

    /**
     * The date of a wire dateline opening the story's first body paragraph ("IDLIB, March 3, 2020 - ..."): when it
     * was filed, read only when nothing else dates the page.
     */
    private record LeadDate(LocalDate date, Mention source) {
        static Optional<LeadDate> of(String text, List<Role> roles) {
            for (Role r : roles) {
                if (r.kind() == SectionKind.BODY) {
                    int at = r.block().span().start();
                    return DateLine.lead(r.text()).map(h -> new LeadDate(h.date(),
                            Mention.in(text, new Span(at + h.start(), at + h.end()))));
                }
            }
            return Optional.empty();
        }
    }

    /** The page's own dateline and its original's (either may be null), told apart as the class comment says. */
    private record PageDates(Role own, Role original) {
        static PageDates of(List<Role> datelines, String originalOutlet) {
            Role own = null;
            Role original = null;
            List<Role> candidates = datelines.stream().filter(r -> !r.date().updated()).toList();
            if (candidates.isEmpty()) {
                candidates = datelines;
            }
            if (candidates.size() == 1) {
                own = candidates.get(0);
            } else if (candidates.size() > 1) {
                for (Role r : candidates) {
                    if (sameName(r.date().name(), originalOutlet)) {
                        original = original == null ? r : original;
                    } else if (own == null) {
                        own = r;
                    }
                }
                if (own == null || original == null) {
                    // no names to tell them apart: a repost cannot predate its original, so the latest is this page's
                    own = candidates.get(0);
                    original = candidates.get(0);
                    for (Role r : candidates) {
                        own = r.date().date().isAfter(own.date().date()) ? r : own;
                        original = r.date().date().isBefore(original.date().date()) ? r : original;
                    }
                    if (original.date().date().equals(own.date().date())) {
                        original = null;
                    }
                }
            }
            return new PageDates(own, original);
        }
    }

    private static String title(List<Role> roles, HtmlMeta html) {
        if (html != null) {
            if (html.ogTitle() != null) {
                return html.ogTitle();
            }
            if (html.title() != null) {
                return trimSiteName(html.title(), html.siteName());
            }
        }
        for (Role r : roles) {
            if (r.kind() == SectionKind.TITLE) {
                return Cues.collapse(r.text());
            }
        }
        return null;
    }

    /** "Headline | Site" loses " | Site" when the site is named in metadata, or when one part is much shorter. */
    private static String trimSiteName(String title, String site) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (site != null) {
            List<String> kept = new ArrayList<>();
            for (String p : parts) {
                if (!sameName(p, site)) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty() && kept.size() < parts.length) {
                return String.join(" - ", kept);
            }
        }
        return title;
    }

    private static Mention mention(String text, Role r) {
        Span s = r.block().span();
        return Mention.in(text, s);
    }

    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return !x.isEmpty() && (x.equals(y) || (x.length() >= 4 && y.contains(x)) || (y.length() >= 4 && x.contains(y)));
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
