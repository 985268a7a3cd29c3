package org.sitrep.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.analysis.Route;

/**
 * Plays a simulated war out day by day and writes its articles and its truth as it goes (streaming: only the
 * articles not yet due are held, a few days' worth). The world (control, events, campaigns) draws on its own
 * random stream, the newsroom on another: the same seed gives the same world with or without noise and whatever
 * the number of articles, and the same seed and settings give the same files.
 */
public final class Simulator {
    /** Separates the newsroom's random stream from the world's. */
    private static final long NEWS_STREAM = 0x5DEECE66DL;
    private final Gazetteer gazetteer;
    private final List<Route> routes;

    public Simulator(Gazetteer gazetteer, List<Route> routes) {
        this.gazetteer = gazetteer;
        this.routes = List.copyOf(routes);
    }

    /** With the bundled gazetteer and these routes (the analysis's). */
    public static Simulator standard(List<Route> routes) {
        return new Simulator(Gazetteer.get(), routes);
    }

    public SimulationSummary run(SimulationSettings s, Path out) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot create the output folder: " + e.getMessage(), e);
        }
        SplittableRandom worldRnd = new SplittableRandom(s.seed());
        SplittableRandom newsRnd = new SplittableRandom(s.seed() ^ NEWS_STREAM);
        List<SimSide> sides = SimSide.bundled();
        World world = new WorldBuilder(gazetteer, sides).build(s.places(), routes, s.start(), worldRnd);
        List<StrikeCampaign> campaigns = new ArrayList<>();
        for (SimSide side : sides) {
            if (!side.ground()) {
                campaigns.add(StrikeCampaign.plan(side, s.days(), worldRnd));
            }
        }
        LeadLag leadLag = s.leadLag() ? new LeadLag(index(sides, LeadLag.CAUSE), index(sides, LeadLag.EFFECT),
                LeadLag.LAG_DAYS, LeadLag.FACTOR) : null;
        Dynamics dynamics = new Dynamics(world, campaigns, leadLag, worldRnd, "");
        ArticleIds ids = new ArticleIds();
        Voice voice = new Voice(Spellings.bundled(), s.partisan());
        Templates templates = Templates.bundled();
        List<Outlet> outlets = Outlet.bundled();
        Newsroom news = new Newsroom(world, outlets, templates, voice, s, newsRnd, ids);
        FrontDesk desk = new FrontDesk(world, outlets, templates, voice, s, newsRnd, ids);
        ArticleWriter writer = new ArticleWriter(out);
        long events = 0;
        long written = 0;
        try (TruthLog truth = new TruthLog(out)) {
            header(truth, s, world, campaigns, leadLag);
            TreeMap<LocalDate, List<Article>> pending = new TreeMap<>();
            boolean[] wasCut = new boolean[world.routes().size()];
            for (int day = 0; day < s.days(); day++) {
                LocalDate date = s.start().plusDays(day);
                int[] before = holders(world);
                List<TrueEvent> today = dynamics.step(day, date);
                int planned = 0;
                for (TrueEvent e : today) {
                    List<Article> about = news.cover(e);
                    truth.event(e, actor(world, e.actor()), actor(world, e.target()),
                            world.places().get(e.place()).gazetteerId(),
                            e.route() < 0 ? null : world.routes().get(e.route()).id(), about);
                    about.forEach(a -> pending.computeIfAbsent(a.published(), k -> new ArrayList<>()).add(a));
                    planned += about.size();
                }
                events += today.size();
                for (int p = 0; p < before.length; p++) {
                    if (before[p] != world.holder(p)) {
                        desk.changed(p, before[p], day);
                    }
                }
                truthOfDay(truth, world, dynamics, day, date);
                List<Article> extra = new ArrayList<>(day == 0 ? desk.opening(date, dynamics::fought) : List.of());
                for (int r = 0; r < wasCut.length; r++) {
                    boolean cut = world.routeState(r, day, dynamics::fought).equals("cut");
                    if (day > 0 && cut != wasCut[r]) {
                        extra.add(desk.routeNews(r, cut, day, date, news.delay()));
                    }
                    wasCut[r] = cut;
                }
                extra.addAll(desk.falseClaims(day, date));
                extra.addAll(desk.roundups(Math.max(1, s.articlesPerDay() - planned - extra.size()), day, date,
                        dynamics::fought));
                extra.forEach(a -> pending.computeIfAbsent(a.published(), k -> new ArrayList<>()).add(a));
                written += publish(pending.headMap(date, true), writer, truth);
            }
            written += publish(pending, writer, truth);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new SimulationSummary(world.places().size(), world.routes().size(), events, written, seconds);
    }

    private static void header(TruthLog truth, SimulationSettings s, World world, List<StrikeCampaign> campaigns,
                               LeadLag leadLag) {
        truth.settings(s);
        world.places().forEach(truth::place);
        for (SimRoute r : world.routes()) {
            truth.route(r, world.places(), actor(world, r.user()));
        }
        for (StrikeCampaign c : campaigns) {
            for (ChangePoint cp : c.changes()) {
                truth.changePoint(c.side().actorId(), cp, s.start().plusDays(cp.day()));
            }
        }
        if (leadLag != null) {
            truth.leadLag(actor(world, leadLag.cause()), actor(world, leadLag.effect()), leadLag);
        }
    }

    private static void truthOfDay(TruthLog truth, World world, Dynamics dynamics, int day, LocalDate date) {
        for (SimPlace p : world.places()) {
            truth.control(date, p.gazetteerId(), actor(world, world.holder(p.index())), dynamics.fought(p.index()));
        }
        for (int r = 0; r < world.routes().size(); r++) {
            int at = world.cutAt(r, day);
            truth.routeDay(date, world.routes().get(r).id(), world.routeState(r, day, dynamics::fought),
                    at < 0 ? null : world.places().get(at).gazetteerId());
        }
    }

    /** Writes and forgets the articles due; returns how many. */
    private static long publish(Map<LocalDate, List<Article>> due, ArticleWriter writer, TruthLog truth) {
        long n = 0;
        for (List<Article> day : due.values()) {
            day.sort(java.util.Comparator.comparing(Article::id));
            for (Article a : day) {
                truth.article(a, writer.write(a));
                n++;
            }
        }
        due.clear();
        return n;
    }

    private static int[] holders(World world) {
        int[] h = new int[world.places().size()];
        for (int p = 0; p < h.length; p++) {
            h[p] = world.holder(p);
        }
        return h;
    }

    private static String actor(World world, int side) {
        return world.sides().get(side).actorId();
    }

    private static int index(List<SimSide> sides, String actorId) {
        return sides.stream().filter(x -> x.actorId().equals(actorId)).mapToInt(SimSide::index).findFirst()
                .orElseThrow(() -> new SimData.DataException(SimSide.FILE + ": no side '" + actorId + "'"));
    }
}
