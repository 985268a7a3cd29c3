package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.sitrep.model.Cursor;

/**
 * The keyset-paging condition every SQL store adds to a query: rows after a {@link Cursor} in the order records are
 * listed (undated last, then date, then id). One text, so the stores page alike; each says how it binds a date.
 */
public final class KeysetSql {
    private KeysetSql() {
    }

    /** Appends the condition for rows after {@code c} (nothing when null) and its parameters. */
    public static void after(StringBuilder sql, List<Object> params, Cursor c, Function<LocalDate, Object> date) {
        if (c == null) {
            return;
        }
        if (c.date() == null) {
            sql.append(" AND date_start IS NULL AND id > ?");
            params.add(c.id());
        } else {
            sql.append(" AND (date_start IS NULL OR date_start > ? OR (date_start = ? AND id > ?))");
            params.add(date.apply(c.date()));
            params.add(date.apply(c.date()));
            params.add(c.id());
        }
    }
}
