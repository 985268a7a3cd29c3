package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.DatePrecision;

/**
 * What one time expression resolved to, while it is being resolved: the TIMEX3 type and value, the calendar period
 * (null: not anchorable), an interval and precision when they differ from the period's, alternative values, flags,
 * and whether it moves the narrative focus. A working value of {@link TimexNormaliser}, never shared.
 */
final class Resolved {
    TimexType type = TimexType.DATE;
    String value;
    Period period;
    LocalDate start;
    LocalDate end;
    DatePrecision precision;
    List<String> alt = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    boolean explicit;
    boolean movesFocus = true;

    static Resolved date(Period p, boolean explicit) {
        Resolved r = new Resolved();
        r.period = p;
        r.value = p.value();
        r.explicit = explicit;
        return r;
    }

    static Resolved unanchored(String value) {
        Resolved r = new Resolved();
        r.value = value;
        return r;
    }
}
