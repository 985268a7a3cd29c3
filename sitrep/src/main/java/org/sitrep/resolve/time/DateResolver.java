package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.Status;

/**
 * Dates reports. For each report, in order of preference: a time expression inside its evidence sentence (a wire
 * dateline's date last among them: {@link WireDateline}); the narrative focus at that point (the last day-, week- or
 * month-grain date before the sentence); the publication date, read as "on or shortly before" it (the week up to and
 * including it, week precision); else no date. Never today's date. Stateless and thread-safe.
 */
public final class DateResolver {
    public static final String WEEKDAY_CONFLICT = TimeExpression.WEEKDAY_CONFLICT;
    public static final String DATE_FROM_DOCUMENT = "date_from_document";
    public static final String DATE_FROM_NARRATIVE = "date_from_narrative";
    /** Prefix of a flag carrying the other reading of a date whose weekday disagrees, e.g. weekday_reading:2015-10-25. */
    public static final String WEEKDAY_READING = "weekday_reading:";
    /**
     * The report's sentence names a bare weekday that could not be placed: the document's only anchor is an
     * inferred publication window wider than a week. The report gets that window (or no date), not a guessed day.
     */
    public static final String WEEKDAY_UNANCHORED = TimeExpression.WEEKDAY_UNANCHORED;
    /**
     * Prefix of the flag on an undated report of a document whose publication window is known only from below
     * (e.g. date_not_before:2010-12-26): the event lies no earlier than that, its end is unknown, so no date is set.
     */
    public static final String DATE_NOT_BEFORE = "date_not_before:";
    /** The report's date is a stretch of named days ("on the 26th and 27th"), not a single day. */
    public static final String DAY_RANGE = "day_range";
    /** How far before the publication date an undated event of a news article is taken to lie. */
    static final int DOCUMENT_WINDOW_DAYS = 6;

    private final TimeTagger tagger;

    public DateResolver(TimeTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    public static DateResolver standard() {
        return new DateResolver(TimeTagger.standard());
    }

    /** Reports with dates assigned (those without any anchor keep a null date). */
    public List<Report> resolve(Document doc, List<Report> reports) {
        return resolve(doc, reports, null);
    }

    /**
     * As {@link #resolve(Document, List)}, for a document whose publication date is unknown but whose
     * publication window was inferred: undated reports then fall in that window, flagged date_inferred.
     */
    public List<Report> resolve(Document doc, List<Report> reports, PublicationWindow window) {
        Objects.requireNonNull(doc, "doc");
        // dates in boilerplate (a discredited dateline among them) must not become the narrative focus, and
        // without a publication date a weekday is a day only when the window around it is no wider than a week
        boolean weekdays = doc.published() != null || window == null
                || !window.openEnded() && ChronoUnit.DAYS.between(window.start(), window.end()) < 7;
        List<TimeExpression> all = tagger.tag(doc.text(), doc.published(),
                new Anchoring(unreportableSpans(doc), weekdays, doc.published() == null ? window : null));
        List<TimeExpression> usable = new ArrayList<>();
        for (TimeExpression t : all) {
            if (t.anchored() && (t.type() == TimexType.DATE || t.type() == TimexType.TIME
                    || t.type() == TimexType.DURATION) && inReportableText(doc, t.span())) {
                usable.add(t);
            }
        }
        Timeline unplaced = new Timeline(all.stream()
                .filter(t -> t.flags().contains(TimeExpression.WEEKDAY_UNANCHORED)).toList(), t -> false);
        Timeline timeline = new Timeline(usable, t -> t.type() != TimexType.DURATION
                && t.precision() != DatePrecision.YEAR && !t.flags().contains(TimeExpression.FUTURE));
        List<Report> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            Span ev = r.evidence().span();
            boolean weekdayUnplaced = !unplaced.within(ev).isEmpty();
            DateSpan d = weekdayUnplaced ? weekdayInWindow(doc, r, timeline, window) : dateOf(doc, r, timeline, window);
            if (d == null) {
                List<String> why = new ArrayList<>();
                if (weekdayUnplaced) {
                    why.add(WEEKDAY_UNANCHORED);
                }
                if (window != null && window.openEnded()) {
                    // only a lower bound is known: say so rather than invent an end
                    why.add(DATE_NOT_BEFORE + window.start().minusDays(DOCUMENT_WINDOW_DAYS));
                }
                out.add(why.isEmpty() ? r : r.withAddedFlags(why));
            } else {
                List<String> reportFlags = d.flags().stream().filter(f -> !f.startsWith(WEEKDAY_READING)).toList();
                out.add(r.withDate(d).withAddedFlags(reportFlags));
            }
        }
        return List.copyOf(out);
    }

    private static List<Span> unreportableSpans(Document doc) {
        return doc.sections().stream()
                .filter(s -> s.kind() == SectionKind.BOILERPLATE || s.kind() == SectionKind.COMMENT)
                .map(org.sitrep.model.Section::span).toList();
    }

    /**
     * A report whose sentence names a weekday that could not be placed: a full date in the same sentence still
     * dates it; otherwise the publication window does, flagged, never the narrative focus (that would pick a day).
     */
    private DateSpan weekdayInWindow(Document doc, Report r, Timeline usable, PublicationWindow window) {
        boolean ownDate = !usable.within(r.evidence().span()).isEmpty();
        if (ownDate) {
            return withFlag(dateOf(doc, r, usable, window), WEEKDAY_UNANCHORED);
        }
        return window == null || window.openEnded() ? null : withFlag(windowDate(window), WEEKDAY_UNANCHORED);
    }

    private static DateSpan withFlag(DateSpan d, String flag) {
        List<String> flags = new ArrayList<>(d.flags());
        flags.add(flag);
        return new DateSpan(d.start(), d.end(), d.precision(), d.mention(), flags);
    }

    private static boolean inReportableText(Document doc, Span s) {
        if (doc.sections().isEmpty()) {
            return true;
        }
        SectionKind k = doc.sectionAt(s.start());
        return k != SectionKind.BOILERPLATE && k != SectionKind.COMMENT;
    }

    private DateSpan dateOf(Document doc, Report r, Timeline usable, PublicationWindow window) {
        Span ev = r.evidence().span();
        int pivot = r.trigger() != null ? r.trigger().span().start() : ev.start();
        List<TimeExpression> own = usable.within(ev);
        String text = doc.text();
        TimeExpression inside = own.stream()
                .min(Comparator.<TimeExpression>comparingInt(t -> WireDateline.holds(text, t.span()) ? 1 : 0)
                        .thenComparingInt(t -> t.type() == TimexType.DURATION ? 1 : 0)
                        .thenComparingInt(t -> t.precision().ordinal())
                        .thenComparingInt(t -> Math.abs(t.span().start() - pivot)))
                .orElse(null);
        if (inside != null) {
            DateSpan joined = joinedDays(doc.text(), inside, own);
            return joined != null ? joined : fromExpression(inside, List.of());
        }
        if ((r.flags().contains(Status.PRESENT_FLAG) || saidInTheSentence(r))
                && doc.published() != null) {
            // "the road is now cleared": the state as the text is written, not at the narrative's last date
            LocalDate p = doc.published();
            return new DateSpan(p, p, DatePrecision.DAY, doc.publishedSource(), List.of(DATE_FROM_DOCUMENT));
        }
        // the last expression before the sentence that can set the narrative's day
        TimeExpression focus = usable.focusBefore(ev.start());
        if (focus != null) {
            return fromExpression(focus, List.of(DATE_FROM_NARRATIVE));
        }
        if (doc.published() != null) {
            LocalDate p = doc.published();
            return new DateSpan(p.minusDays(DOCUMENT_WINDOW_DAYS), p, DatePrecision.WEEK, doc.publishedSource(),
                    List.of(DATE_FROM_DOCUMENT));
        }
        return window == null || window.openEnded() ? null : windowDate(window);
    }

    /**
     * "Rami Abdel Rahman said the road was cut": a state its source states in the same sentence, without a date of
     * its own, holds as the source speaks (the text's day), not at the narrative's last date. Not a state told in a
     * time clause ("prices soared while the road was closed"), which is over when it is told.
     */
    private static boolean saidInTheSentence(Report r) {
        if (r.kind() != ReportKind.STATUS
                || r.flags().contains(Status.TIME_CLAUSE_FLAG)) {
            return false;
        }
        Span ev = r.evidence().span();
        return r.attribution().stream().anyMatch(a -> a.mention() != null
                && a.mention().span().start() >= ev.start() && a.mention().span().end() <= ev.end());
    }

    /**
     * "on the 26th and 27th", "on 5 and 6 May", "between 3 and 5 March", "26-27 September": days joined by "and",
     * "to", "through" or a dash (and commas in a longer list) name one stretch of days. The report gets the whole
     * stretch, flagged {@link #DAY_RANGE}; its precision follows the stretch's width as for every other interval
     * (two to fourteen days: WEEK, ACLED's time_precision 2), since no single day is known. Null when
     * {@code chosen} is no day or stands alone.
     */
    private static DateSpan joinedDays(String text, TimeExpression chosen, List<TimeExpression> inSentence) {
        if (chosen.precision() != DatePrecision.DAY || chosen.type() != TimexType.DATE) {
            return null;
        }
        List<TimeExpression> days = inSentence.stream()
                .filter(t -> t.type() == TimexType.DATE && t.precision() == DatePrecision.DAY)
                .sorted(Comparator.comparingInt(t -> t.span().start())).toList();
        int at = days.indexOf(chosen);
        int first = at;
        while (first > 0 && joins(text, days.get(first - 1), days.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < days.size() && joins(text, days.get(last), days.get(last + 1))) {
            last++;
        }
        if (first == last) {
            return null;
        }
        TimeExpression a = days.get(first);
        TimeExpression b = days.get(last);
        long width = ChronoUnit.DAYS.between(a.start(), b.end()) + 1;
        DatePrecision p = width <= 14 ? DatePrecision.WEEK : width <= 62 ? DatePrecision.MONTH : DatePrecision.YEAR;
        List<String> flags = new ArrayList<>(fromExpression(chosen, List.of()).flags());
        flags.add(DAY_RANGE);
        Span s = new Span(a.span().start(), b.span().end());
        return new DateSpan(a.start(), b.end(), p, new org.sitrep.model.Mention(text.substring(s.start(), s.end()), s),
                flags);
    }

    /** Two days joined into one stretch: only a joining word between them, the second within two months after. */
    private static boolean joins(String text, TimeExpression x, TimeExpression y) {
        String between = text.substring(x.span().end(), y.span().start());
        return JOINER.matcher(between).matches() && y.start().isAfter(x.end())
                && !y.start().isAfter(x.end().plusDays(62));
    }

    private static final java.util.regex.Pattern JOINER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:,\\s*(?:and\\s+)?|(?:and|to|through|till|until)\\s+|[-\u2013\u2014]\\s*)(?:the\\s+)?");

    /** An undated event of an undated document: within the inferred publication window (and the days before it). */
    private static DateSpan windowDate(PublicationWindow window) {
        LocalDate s = window.start().minusDays(DOCUMENT_WINDOW_DAYS);
        long days = ChronoUnit.DAYS.between(s, window.end()) + 1;
        DatePrecision p = days <= 14 ? DatePrecision.WEEK : days <= 62 ? DatePrecision.MONTH : DatePrecision.YEAR;
        return new DateSpan(s, window.end(), p, window.basis(),
                List.of(DATE_FROM_DOCUMENT, org.sitrep.model.DocumentFlag.DATE_INFERRED));
    }

    private static DateSpan fromExpression(TimeExpression t, List<String> extra) {
        List<String> flags = new ArrayList<>(extra);
        if (t.flags().contains(TimeExpression.YEAR_FROM_WINDOW)) {
            // the year came from the inferred window, not from the text: the date is inferred
            flags.add(TimeExpression.YEAR_FROM_WINDOW);
            flags.add(org.sitrep.model.DocumentFlag.DATE_INFERRED);
        }
        if (t.flags().contains(TimeExpression.WEEKDAY_CONFLICT)) {
            flags.add(WEEKDAY_CONFLICT);
            t.altValues().forEach(a -> flags.add(WEEKDAY_READING + a));
        }
        return new DateSpan(t.start(), t.end(), t.precision(), t.mention(), flags);
    }
}
