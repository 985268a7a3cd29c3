package org.sitrep.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the articles about true events. Without noise, one neutral outlet reports each event on the day or the
 * next, exactly. With partisan noise, one to four outlets do, some days late; the side that gains inflates the
 * other side's dead and the side struck inflates its own; the loser's outlet may deny a capture; some articles are
 * copied by another outlet; some pages show the wrong date; places are spelled as each outlet spells them.
 */
final class Newsroom {
    static final double DENIAL_SHARE = 0.5;
    static final double COPY_SHARE = 0.15;
    static final double MISDATED_SHARE = 0.05;
    private final World world;
    private final List<Outlet> outlets;
    private final Templates templates;
    private final Voice voice;
    private final SimulationSettings settings;
    private final SplittableRandom rnd;
    private final ArticleIds ids;

    Newsroom(World world, List<Outlet> outlets, Templates templates, Voice voice, SimulationSettings settings,
             SplittableRandom rnd, ArticleIds ids) {
        this.world = world;
        this.outlets = List.copyOf(outlets);
        this.templates = templates;
        this.voice = voice;
        this.settings = settings;
        this.rnd = rnd;
        this.ids = ids;
    }

    List<Article> cover(TrueEvent e) {
        List<Article> out = new ArrayList<>();
        if (!settings.partisan()) {
            out.add(report(e, pick(outlets.stream().filter(Outlet::neutral).toList()), delay(), false));
            return out;
        }
        int n = 1 + (rnd.nextDouble() < 0.5 ? 0 : rnd.nextDouble() < 0.6 ? 1 : 2 + rnd.nextInt(2));
        for (int i = 0; i < n; i++) {
            Outlet o = pick(outlets);
            String loser = world.sides().get(e.target()).actorId();
            if (loser.equals(o.side()) && e.kind() == TrueEvent.Kind.CAPTURE) {
                if (rnd.nextDouble() < DENIAL_SHARE) {
                    out.add(denial(e, o));
                }
                continue;
            }
            Article a = report(e, o, delay(), true);
            out.add(a);
            if (rnd.nextDouble() < COPY_SHARE) {
                out.add(copy(a));
            }
        }
        if (out.isEmpty()) {
            out.add(report(e, pick(outlets.stream().filter(Outlet::neutral).toList()), delay(), true));
        }
        return out;
    }

    private Article report(TrueEvent e, Outlet o, int delay, boolean noisy) {
        LocalDate published = e.date().plusDays(delay);
        LocalDate page = noisy && rnd.nextDouble() < MISDATED_SHARE ? misdate(published) : published;
        String kind = switch (e.kind()) {
            case CAPTURE -> "capture";
            case CLASH -> "clash";
            case STRIKE -> "strike";
            case AMBUSH -> "blockade";
        };
        Map<String, String> slots = slots(e, o, page);
        int toll = noisy ? inflate(e, o) : e.fatalities();
        slots.put("n", String.valueOf(toll));
        List<String> body = new ArrayList<>();
        body.add(templates.fill(kind + ".lead", rnd, slots));
        boolean tolled = toll > 0 && !kind.equals("blockade");
        if (tolled) {
            body.add(templates.fill((kind.equals("capture") ? "capture" : kind.equals("strike") ? "strike" : "clash")
                    + ".toll", rnd, slots));
        }
        if (rnd.nextDouble() < 0.5) {
            body.add(templates.fill("filler", rnd, slots));
        }
        String title = templates.fill(kind + ".head", rnd, slots);
        return new Article(ids.next(), o, published, page, title, body, e.id(), "report", tolled ? toll : null, null,
                List.of());
    }

    private Article denial(TrueEvent e, Outlet o) {
        LocalDate published = e.date().plusDays(delay());
        Map<String, String> slots = slots(e, o, published);
        List<String> body = List.of(templates.fill("denial.lead", rnd, slots));
        String place = world.places().get(e.place()).gazetteerId();
        return new Article(ids.next(), o, published, published, templates.fill("clash.head", rnd, slots), body,
                e.id(), "denial", null, null, List.of(new Article.Statement(place, "held by "
                + world.sides().get(e.target()).actorId(), false)));
    }

    /** The same text under another outlet's name, crediting the first, published that day or the next. */
    Article copy(Article a) {
        Outlet by = pick(outlets.stream().filter(o -> o != a.outlet()).toList());
        List<String> body = new ArrayList<>(a.body());
        body.add(templates.fill("copy", rnd, Map.of("outlet", a.outlet().name())));
        LocalDate published = a.published().plusDays(rnd.nextInt(2));
        return new Article(ids.next(), by, published, published, a.title(), body, a.eventId(), "copy",
                a.tollSaid(), a.id(), a.statements());
    }

    private Map<String, String> slots(TrueEvent e, Outlet o, LocalDate page) {
        SimPlace p = world.places().get(e.place());
        Map<String, String> slots = new HashMap<>();
        slots.put("actor", voice.side(world.sides().get(e.actor()), o, rnd));
        slots.put("target", voice.side(world.sides().get(e.target()), o, rnd));
        slots.put("place", voice.place(p, rnd));
        slots.put("of", voice.of(p, rnd));
        slots.put("near", slots.get("place"));
        slots.put("kind", p.kind());
        slots.put("when", Voice.when(e.date(), page, rnd));
        slots.put("credit", Voice.pick(o.credits(), rnd));
        if (e.route() >= 0) {
            slots.put("route", world.routes().get(e.route()).name());
        }
        return slots;
    }

    /** The toll an outlet gives: the gaining side's outlet inflates the other's dead, the struck side its own. */
    private int inflate(TrueEvent e, Outlet o) {
        String actor = world.sides().get(e.actor()).actorId();
        String target = world.sides().get(e.target()).actorId();
        boolean inflates = e.kind() == TrueEvent.Kind.STRIKE ? target.equals(o.side()) : actor.equals(o.side());
        return inflates ? (int) Math.round(e.fatalities() * (1.5 + 1.5 * rnd.nextDouble())) : e.fatalities();
    }

    private LocalDate misdate(LocalDate published) {
        int shift = 1 + rnd.nextInt(3);
        return rnd.nextDouble() < 0.2 ? published.minusYears(1) : rnd.nextBoolean() ? published.plusDays(shift)
                : published.minusDays(shift);
    }

    /** Days from the event to the article: the day or the next without noise; a tail of late ones with it. */
    int delay() {
        double u = rnd.nextDouble();
        if (!settings.partisan()) {
            return u < 0.7 ? 0 : 1;
        }
        return u < 0.45 ? 0 : u < 0.75 ? 1 : u < 0.87 ? 2 : u < 0.94 ? 3 : 4 + rnd.nextInt(3);
    }

    <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
