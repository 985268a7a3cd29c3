package org.sitrep.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Writes what is not news of one event: front-line roundups (who holds some places, what state some roads are
 * in), which fill each day up to the articles wanted, and, with partisan noise, false claims of ground taken. A
 * roundup favours places that changed hands lately and goes round the routes in turn. A partisan outlet's roundup
 * may still give its side a place it lost in the last fortnight.
 */
final class FrontDesk {
    static final int PLACES_PER_ROUNDUP = 8;
    static final int ROUTES_PER_ROUNDUP = 2;
    static final int STALE_DAYS = 14;
    static final double STALE_SHARE = 0.3;
    /** The chance, per ground side and day, that one of its outlets claims a capture that did not happen. */
    static final double FALSE_CLAIM_SHARE = 0.1;
    private final World world;
    private final List<Outlet> outlets;
    private final Templates templates;
    private final Voice voice;
    private final SimulationSettings settings;
    private final SplittableRandom rnd;
    private final ArticleIds ids;
    /** For each place: the day it last changed hands and the side that held it before (-1 when never). */
    private final int[] changedOn;
    private final int[] previous;
    private int nextRoute;
    private int nextPlace;

    FrontDesk(World world, List<Outlet> outlets, Templates templates, Voice voice, SimulationSettings settings,
              SplittableRandom rnd, ArticleIds ids) {
        this.world = world;
        this.outlets = List.copyOf(outlets);
        this.templates = templates;
        this.voice = voice;
        this.settings = settings;
        this.rnd = rnd;
        this.ids = ids;
        this.changedOn = new int[world.places().size()];
        this.previous = new int[world.places().size()];
        java.util.Arrays.fill(changedOn, Integer.MIN_VALUE / 2);
        java.util.Arrays.fill(previous, -1);
    }

    void changed(int place, int formerHolder, int day) {
        changedOn[place] = day;
        previous[place] = formerHolder;
    }

    List<Article> roundups(int count, int day, LocalDate date, IntPredicate fought) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> places = new ArrayList<>();
            for (int k = 0; k < PLACES_PER_ROUNDUP; k++) {
                places.add(place(day));
            }
            List<Integer> routes = new ArrayList<>();
            for (int k = 0; k < ROUTES_PER_ROUNDUP && !world.routes().isEmpty(); k++) {
                routes.add(nextRoute++ % world.routes().size());
            }
            out.add(roundup(places, routes, day, date, fought));
        }
        return out;
    }

    /**
     * The situation on the first day, as outlets would sum up a war already under way: roundups that between them
     * say who holds every place and what state every route is in.
     */
    List<Article> opening(LocalDate date, IntPredicate fought) {
        List<Article> out = new ArrayList<>();
        int n = world.places().size();
        for (int from = 0; from < n; from += PLACES_PER_ROUNDUP) {
            List<Integer> places = new ArrayList<>();
            for (int p = from; p < Math.min(n, from + PLACES_PER_ROUNDUP); p++) {
                places.add(p);
            }
            List<Integer> routes = new ArrayList<>();
            for (int k = 0; k < ROUTES_PER_ROUNDUP && nextRoute < world.routes().size(); k++) {
                routes.add(nextRoute++);
            }
            out.add(roundup(places, routes, 0, date, fought));
        }
        return out;
    }

    private Article roundup(List<Integer> places, List<Integer> routes, int day, LocalDate date, IntPredicate fought) {
        Outlet o = settings.partisan() ? outlets.get(rnd.nextInt(outlets.size()))
                : neutral().get(rnd.nextInt(neutral().size()));
        List<String> body = new ArrayList<>();
        List<Article.Statement> said = new ArrayList<>();
        places.forEach(p -> held(p, o, day, body, said));
        routes.forEach(r -> route(r, o, day, date, fought, body, said));
        return new Article(ids.next(), o, date, date, templates.fill("held.head", rnd, Map.of()), body, null,
                "roundup", null, null, said);
    }

    /**
     * News of a route's change: cut (where) or reopened, published after {@code delay} days by an outlet (a
     * neutral one without noise).
     */
    Article routeNews(int r, boolean cut, int day, LocalDate date, int delay) {
        SimRoute route = world.routes().get(r);
        Outlet o = settings.partisan() ? outlets.get(rnd.nextInt(outlets.size()))
                : neutral().get(rnd.nextInt(neutral().size()));
        LocalDate published = date.plusDays(delay);
        Map<String, String> slots = new HashMap<>();
        slots.put("route", route.name());
        slots.put("when", Voice.when(date, published, rnd));
        slots.put("credit", Voice.pick(o.credits(), rnd));
        if (cut) {
            slots.put("near", voice.place(world.places().get(world.cutAt(r, day)), rnd));
        }
        String text = templates.fill(cut ? "route.cut" : "route.reopened", rnd, slots);
        return new Article(ids.next(), o, published, published, templates.fill("route.head", rnd, slots),
                List.of(text), null, "route_news", null, null, List.of(new Article.Statement(route.id(),
                cut ? "cut" : "reopened", true)));
    }

    private int place(int day) {
        if (rnd.nextDouble() < 0.5) {
            List<Integer> recent = new ArrayList<>();
            for (int p = 0; p < changedOn.length; p++) {
                if (day - changedOn[p] <= STALE_DAYS) {
                    recent.add(p);
                }
            }
            if (!recent.isEmpty()) {
                return recent.get(rnd.nextInt(recent.size()));
            }
        }
        return nextPlace++ % world.places().size();
    }

    private void held(int place, Outlet o, int day, List<String> body, List<Article.Statement> said) {
        SimPlace p = world.places().get(place);
        int holder = world.holder(place);
        boolean stale = settings.partisan() && previous[place] >= 0 && day - changedOn[place] <= STALE_DAYS
                && world.sides().get(previous[place]).actorId().equals(o.side()) && rnd.nextDouble() < STALE_SHARE;
        int says = stale ? previous[place] : holder;
        Map<String, String> slots = new HashMap<>();
        slots.put("actor", voice.side(world.sides().get(says), o, rnd));
        slots.put("place", voice.place(p, rnd));
        slots.put("in", voice.in(p, rnd));
        slots.put("kind", p.kind());
        slots.put("credit", Voice.pick(o.credits(), rnd));
        body.add(templates.fill("held.held", rnd, slots));
        said.add(new Article.Statement(p.gazetteerId(), "held by " + world.sides().get(says).actorId(), !stale));
    }

    private void route(int r, Outlet o, int day, LocalDate date, IntPredicate fought,
                       List<String> body, List<Article.Statement> said) {
        SimRoute route = world.routes().get(r);
        String state = world.routeState(r, day, fought);
        Map<String, String> slots = new HashMap<>();
        slots.put("route", route.name());
        slots.put("when", Voice.when(date, date, rnd));
        slots.put("credit", Voice.pick(o.credits(), rnd));
        String kind = "route.open";
        if (state.equals("cut")) {
            slots.put("near", voice.place(world.places().get(world.cutAt(r, day)), rnd));
            kind = "route.cut";
        }
        body.add(templates.fill(kind, rnd, slots));
        said.add(new Article.Statement(route.id(), state.equals("cut") ? "cut" : "open", true));
    }

    /** With partisan noise: outlets claiming their side took a bordering place it did not take. */
    List<Article> falseClaims(int day, LocalDate date) {
        List<Article> out = new ArrayList<>();
        if (!settings.partisan()) {
            return out;
        }
        for (SimSide s : world.sides()) {
            List<Outlet> own = outlets.stream().filter(o -> s.actorId().equals(o.side())).toList();
            if (!s.ground() || own.isEmpty() || rnd.nextDouble() >= FALSE_CLAIM_SHARE) {
                continue;
            }
            List<Integer> front = new ArrayList<>();
            for (SimPlace p : world.places()) {
                if (world.borders(p.index(), s.index())) {
                    front.add(p.index());
                }
            }
            if (!front.isEmpty()) {
                out.add(falseClaim(s, front.get(rnd.nextInt(front.size())), own.get(rnd.nextInt(own.size())), date));
            }
        }
        return out;
    }

    private Article falseClaim(SimSide s, int place, Outlet o, LocalDate date) {
        SimPlace p = world.places().get(place);
        Map<String, String> slots = new HashMap<>();
        slots.put("actor", voice.side(s, o, rnd));
        slots.put("target", voice.side(world.sides().get(world.holder(place)), o, rnd));
        slots.put("place", voice.place(p, rnd));
        slots.put("of", voice.of(p, rnd));
        slots.put("kind", p.kind());
        slots.put("when", Voice.when(date, date, rnd));
        slots.put("credit", Voice.pick(o.credits(), rnd));
        List<String> body = List.of(templates.fill("capture.lead", rnd, slots));
        return new Article(ids.next(), o, date, date, templates.fill("capture.head", rnd, slots), body, null,
                "false_claim", null, null, List.of(new Article.Statement(p.gazetteerId(), "held by " + s.actorId(),
                false)));
    }

    private List<Outlet> neutral() {
        return outlets.stream().filter(Outlet::neutral).toList();
    }
}
