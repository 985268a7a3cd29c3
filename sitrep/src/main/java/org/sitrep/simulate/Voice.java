package org.sitrep.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** How an outlet words things: which name it gives a side, how it dates a day, how it spells a place. */
final class Voice {
    private final Spellings spellings;
    private final boolean partisan;
    /** The share of place mentions a partisan outlet spells another way. */
    static final double VARIANT_SHARE = 0.4;
    /** The share of villages named without their province. */
    static final double NO_PROVINCE_SHARE = 0.2;

    Voice(Spellings spellings, boolean partisan) {
        this.spellings = spellings;
        this.partisan = partisan;
    }

    /** A side's name as this outlet gives it: its own names, a neutral outlet's, or an enemy's. */
    String side(SimSide side, Outlet outlet, SplittableRandom rnd) {
        List<String> names = outlet.neutral() ? side.neutral()
                : outlet.side().equals(side.actorId()) ? side.own() : side.hostile();
        return pick(names, rnd);
    }

    String place(SimPlace p, SplittableRandom rnd) {
        return partisan && rnd.nextDouble() < VARIANT_SHARE ? spellings.vary(p.name(), rnd) : p.name();
    }

    /**
     * Where a village is, opening a lead sentence ("In Raqqa province, ", "In the Raqqa countryside, "), as the
     * press places a village few readers know; nothing for a town, or now and then for a village too.
     */
    /** As {@link #in}, after the place's name (" in Raqqa province", ", in the Raqqa countryside,"). */
    String of(SimPlace p, SplittableRandom rnd) {
        if (p.province() == null || !p.kind().equals("village") || rnd.nextDouble() < NO_PROVINCE_SHARE) {
            return "";
        }
        return rnd.nextBoolean() ? " in " + p.province() + " province" : ", in the " + p.province() + " countryside,";
    }

    String in(SimPlace p, SplittableRandom rnd) {
        if (p.province() == null || !p.kind().equals("village") || rnd.nextDouble() < NO_PROVINCE_SHARE) {
            return "";
        }
        return rnd.nextBoolean() ? "In " + p.province() + " province, " : "In the " + p.province() + " countryside, ";
    }

    /**
     * The day {@code day} as written on {@code page}: its weekday within the past week ("on Tuesday"), else its
     * date ("on 12 March"); now and then the date even within the week.
     */
    static String when(LocalDate day, LocalDate page, SplittableRandom rnd) {
        long back = ChronoUnit.DAYS.between(day, page);
        if (back >= 0 && back < 7 && rnd.nextDouble() < 0.7) {
            return "on " + weekday(day.getDayOfWeek());
        }
        return "on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String pick(List<String> options, SplittableRandom rnd) {
        return options.get(rnd.nextInt(options.size()));
    }
}
