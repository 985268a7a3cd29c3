package org.sitrep.analyse;

import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Side;
import org.sitrep.model.analysis.ControlState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who holds a place over time, from claims. On a day with holding claims: held when they name one side, contested
 * when they name several (each side's evidence kept, never a silent pick). Fighting alone makes a place contested.
 * Without new evidence the last fighting fades fast and the place falls back to its last holder, whose hold fades
 * slowly, then to unknown. Days with the same answer join into one interval. Pure.
 */
final class ControlTimeline {
    private final ControlSettings settings;

    ControlTimeline(ControlSettings settings) {
        this.settings = settings;
    }

    /** A day's answer before days are joined. */
    private record Day(LocalDate date, ControlState state, Side holder, double confidence,
                       List<EvidenceItem> evidence, List<String> reasons) {
    }

    List<ControlInterval> intervals(PlaceRef place, List<ControlClaim> claims, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, List<ControlClaim>> byDay = new TreeMap<>();
        for (ControlClaim c : claims) {
            if (!c.day().isAfter(to)) {
                byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c);
            }
        }
        LocalDate start = byDay.isEmpty() || byDay.firstKey().isAfter(from) ? from : byDay.firstKey();
        Day held = null;
        Day contested = null;
        List<Day> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            List<ControlClaim> today = byDay.get(d);
            Day day;
            if (today != null) {
                day = decide(d, today, held);
                if (day.state() == ControlState.HELD) {
                    held = day;
                    contested = null;
                } else {
                    contested = day;
                }
            } else {
                day = carried(d, held, contested);
            }
            if (!d.isBefore(from)) {
                days.add(day);
            }
        }
        return join(place, days);
    }

    /**
     * Whether one side's holding claims alone decide some day from {@code first} to {@code last} (both included;
     * the claims of those days must all be given). From such a day on the answer depends on no earlier claim: the
     * day is decided by its own claims, and every later day by it or later ones. So a look-back that reaches such a
     * day gives the same answer as a longer one.
     */
    static boolean settles(List<ControlClaim> claims, LocalDate first, LocalDate last) {
        Map<LocalDate, Set<String>> holders = new HashMap<>();
        for (ControlClaim c : claims) {
            if (!c.fighting() && !c.day().isBefore(first) && !c.day().isAfter(last)) {
                holders.computeIfAbsent(c.day(), d -> new HashSet<>()).add(c.holder().key());
            }
        }
        return holders.values().stream().anyMatch(s -> s.size() == 1);
    }

    private Day decide(LocalDate d, List<ControlClaim> today, Day held) {
        Map<String, List<ControlClaim>> bySide = new LinkedHashMap<>();
        List<ControlClaim> fighting = new ArrayList<>();
        for (ControlClaim c : today) {
            if (c.fighting()) {
                fighting.add(c);
            } else {
                bySide.computeIfAbsent(c.holder().key(), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> reasons = new ArrayList<>();
        today.forEach(c -> reasons.add(c.reason()));
        List<EvidenceItem> evidence = today.stream().map(ControlClaim::evidence).toList();
        if (bySide.size() == 1) {
            List<ControlClaim> side = bySide.values().iterator().next();
            return new Day(d, ControlState.HELD, side.get(0).holder(), combine(side), evidence, dedupe(reasons));
        }
        if (bySide.size() > 1) {
            List<String> sides = bySide.values().stream().map(cs -> cs.get(0).holder().name() + " (" + cs.size()
                    + ")").toList();
            reasons.add(0, "claims disagree on who holds it: " + String.join(" vs ", sides));
            double c = bySide.values().stream().mapToDouble(ControlTimeline::combine).max().orElse(0);
            return new Day(d, ControlState.CONTESTED, null, c, evidence, dedupe(reasons));
        }
        if (held != null) {
            reasons.add("held by " + held.holder().name() + " as of " + held.date());
        }
        return new Day(d, ControlState.CONTESTED, null, combine(fighting), evidence, dedupe(reasons));
    }

    private Day carried(LocalDate d, Day held, Day contested) {
        if (contested != null) {
            double c = decay(contested, d, settings.halfLifeContested());
            if (c >= settings.unknownBelow()) {
                return new Day(d, ControlState.CONTESTED, null, c, contested.evidence(),
                        List.of("contested on " + contested.date() + "; no new evidence since"));
            }
        }
        if (held != null) {
            double c = decay(held, d, settings.halfLifeHeld());
            if (c >= settings.unknownBelow()) {
                return new Day(d, ControlState.HELD, held.holder(), c, held.evidence(),
                        List.of("held by " + held.holder().name() + " on " + held.date() + "; no new evidence "
                                + "since, confidence halving every " + (long) settings.halfLifeHeld() + " days"));
            }
        }
        return new Day(d, ControlState.UNKNOWN, null, 0, List.of(), List.of(held == null && contested == null
                ? "no evidence about this place on or before this day"
                : "the last evidence is too old to say"));
    }

    private static double decay(Day k, LocalDate d, double halfLife) {
        return k.confidence() * Math.pow(0.5, ChronoUnit.DAYS.between(k.date(), d) / halfLife);
    }

    private static List<ControlInterval> join(PlaceRef place, List<Day> days) {
        List<ControlInterval> out = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            Day first = days.get(i);
            int j = i;
            LinkedHashSet<EvidenceItem> ev = new LinkedHashSet<>(first.evidence());
            LinkedHashSet<String> why = new LinkedHashSet<>(first.reasons());
            while (j + 1 < days.size() && days.get(j + 1).state() == first.state()
                    && Objects.equals(key(days.get(j + 1).holder()), key(first.holder()))) {
                j++;
                ev.addAll(days.get(j).evidence());
                if (!days.get(j).evidence().equals(days.get(j - 1).evidence())) {
                    why.addAll(days.get(j).reasons());
                }
            }
            out.add(new ControlInterval(place, first.date(), days.get(j).date(), first.state(), first.holder(),
                    Math.round(first.confidence() * 1000) / 1000.0, List.copyOf(ev), List.copyOf(why)));
            i = j + 1;
        }
        return out;
    }

    private static String key(Side s) {
        return s == null ? null : s.key();
    }

    static double combine(List<ControlClaim> claims) {
        double none = 1;
        for (ControlClaim c : claims) {
            none *= 1 - c.weight();
        }
        return 1 - none;
    }

    private static List<String> dedupe(List<String> s) {
        return List.copyOf(new LinkedHashSet<>(s));
    }
}
