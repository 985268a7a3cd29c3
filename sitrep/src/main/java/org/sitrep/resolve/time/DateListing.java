package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.TimeMention;

/**
 * The logic of {@code sitrep dates FILE|- [--dct YYYY-MM-DD]}: every time expression of a text as plain records
 * (JSON-serialisable as they are). Interval ends are ISO dates, or null when the expression cannot be anchored.
 */
public final class DateListing {

    private final TimeTagger tagger;

    public DateListing(TimeTagger tagger) {
        this.tagger = tagger;
    }

    public static DateListing standard() {
        return new DateListing(TimeTagger.standard());
    }

    public List<TimeMention> list(String text, LocalDate dct) {
        return tagger.tag(text, dct).stream().map(t -> new TimeMention(t.text(), t.span().start(), t.span().end(),
                t.type().name(), t.value(), t.altValues(), t.flags(),
                t.start() == null ? null : t.start().toString(), t.end() == null ? null : t.end().toString(),
                t.precision() == null ? null : t.precision().wireName())).toList();
    }
}
