package org.sitrep.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.model.SubEventType;

/**
 * Plays one day of the war: air strikes at each campaign's rate on ground held by the side it strikes, ground
 * offensives by each side on places bordering its ground (some taken, most repelled), and ambushes that cut a
 * route for a few days. With a planted lead-lag effect, the effect side attacks {@link LeadLag#factor()} times as
 * often on a day after a lull week of the cause's aircraft ({@link LeadLag}).
 */
final class Dynamics {
    /** Offensives a day across all sides, per place of the world. */
    static final double OFFENSIVES_PER_PLACE_DAY = 1.0 / 250;
    static final double CAPTURE_SHARE = 0.35;
    static final double CITY_CAPTURE_SHARE = 0.08;
    /** The chance a route all held by its user is ambushed on a day. */
    static final double AMBUSH_PER_ROUTE_DAY = 1.0 / 45;
    static final int MAX_BLOCK_DAYS = 6;
    private final World world;
    private final List<StrikeCampaign> campaigns;
    private final LeadLag leadLag;
    private final SplittableRandom rnd;
    private final String idPrefix;
    private int next = 1;
    /** Places where there was fighting or a strike today. */
    private final boolean[] fought;
    /** The cause side's strikes on each day so far, and its campaign's planned rate (with a lead-lag effect). */
    private final List<Integer> causeStrikes = new ArrayList<>();
    private final List<Double> causePlanned = new ArrayList<>();

    Dynamics(World world, List<StrikeCampaign> campaigns, LeadLag leadLag, SplittableRandom rnd, String idPrefix) {
        this.world = world;
        this.campaigns = List.copyOf(campaigns);
        this.leadLag = leadLag;
        this.rnd = rnd;
        this.idPrefix = idPrefix;
        this.fought = new boolean[world.places().size()];
    }

    boolean fought(int place) {
        return fought[place];
    }

    List<TrueEvent> step(int day, LocalDate date) {
        java.util.Arrays.fill(fought, false);
        List<TrueEvent> out = new ArrayList<>();
        for (StrikeCampaign c : campaigns) {
            int before = out.size();
            strikes(c, day, date, out);
            if (leadLag != null && c.side().index() == leadLag.cause()) {
                causeStrikes.add(out.size() - before);
                causePlanned.add(c.rate(day));
            }
        }
        for (SimSide s : world.sides()) {
            if (s.ground()) {
                offensives(s, day, date, out);
            }
        }
        for (int r = 0; r < world.routes().size(); r++) {
            ambush(r, day, date, out);
        }
        return out;
    }

    private void strikes(StrikeCampaign c, int day, LocalDate date, List<TrueEvent> out) {
        int target = sideIndex(c.side().struck());
        List<Integer> held = heldBy(target);
        int n = poisson(c.strikeRate(day));
        for (int i = 0; i < n && !held.isEmpty(); i++) {
            int place = held.get(rnd.nextInt(held.size()));
            fought[place] = true;
            out.add(event(day, date, TrueEvent.Kind.STRIKE, SubEventType.AIR_DRONE_STRIKE, c.side().index(), target,
                    place, -1, rnd.nextInt(9)));
        }
    }

    /**
     * Whether the cause side's aircraft had a lull in the {@code lag} days before {@code day}: at most
     * {@link LeadLag#LULL_SHARE} of the strikes its campaign planned for them.
     */
    private boolean lullBefore(int day, int lag) {
        if (day - lag < 0 || day > causeStrikes.size()) {
            return false;
        }
        int struck = 0;
        double planned = 0;
        for (int d = day - lag; d < day; d++) {
            struck += causeStrikes.get(d);
            planned += causePlanned.get(d);
        }
        return struck <= LeadLag.LULL_SHARE * planned;
    }

    private void offensives(SimSide s, int day, LocalDate date, List<TrueEvent> out) {
        long ground = world.sides().stream().filter(SimSide::ground).count();
        double rate = OFFENSIVES_PER_PLACE_DAY * world.places().size() / ground;
        if (leadLag != null && leadLag.effect() == s.index() && lullBefore(day, leadLag.lagDays())) {
            rate *= leadLag.factor();
        }
        int n = poisson(rate);
        List<Integer> front = new ArrayList<>();
        for (SimPlace p : world.places()) {
            if (world.borders(p.index(), s.index())) {
                front.add(p.index());
            }
        }
        for (int i = 0; i < n && !front.isEmpty(); i++) {
            int place = front.get(rnd.nextInt(front.size()));
            int defender = world.holder(place);
            if (defender == s.index()) {
                continue; // taken earlier today
            }
            fought[place] = true;
            double share = world.places().get(place).city() ? CITY_CAPTURE_SHARE : CAPTURE_SHARE;
            int dead = 2 + rnd.nextInt(24);
            if (rnd.nextDouble() < share) {
                world.take(place, s.index());
                SubEventType t = world.sides().get(s.index()).actorId().equals(Sides.GOVERNMENT)
                        ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
                out.add(event(day, date, TrueEvent.Kind.CAPTURE, t, s.index(), defender, place, -1, dead));
            } else {
                out.add(event(day, date, TrueEvent.Kind.CLASH, SubEventType.ARMED_CLASH, s.index(), defender, place,
                        -1, dead));
            }
        }
    }

    private void ambush(int r, int day, LocalDate date, List<TrueEvent> out) {
        SimRoute route = world.routes().get(r);
        if (world.blocked(r, day) || world.hostileTown(r) >= 0 || rnd.nextDouble() >= AMBUSH_PER_ROUTE_DAY) {
            return;
        }
        int[] towns = route.towns();
        int at = towns.length > 2 ? towns[1 + rnd.nextInt(towns.length - 2)] : towns[rnd.nextInt(towns.length)];
        List<Integer> enemies = new ArrayList<>();
        for (SimSide s : world.sides()) {
            if (s.ground() && s.index() != route.user()) {
                enemies.add(s.index());
            }
        }
        int attacker = enemies.get(rnd.nextInt(enemies.size()));
        world.block(r, day + 1 + rnd.nextInt(MAX_BLOCK_DAYS), at);
        fought[at] = true;
        out.add(event(day, date, TrueEvent.Kind.AMBUSH, SubEventType.ARMED_CLASH, attacker, route.user(), at, r,
                1 + rnd.nextInt(10)));
    }

    private TrueEvent event(int day, LocalDate date, TrueEvent.Kind kind, SubEventType type, int actor, int target,
                            int place, int route, int dead) {
        return new TrueEvent(idPrefix + "e" + (next++), day, date, kind, type, actor, target, place, route, dead);
    }

    private List<Integer> heldBy(int side) {
        List<Integer> out = new ArrayList<>();
        for (SimPlace p : world.places()) {
            if (world.holder(p.index()) == side) {
                out.add(p.index());
            }
        }
        return out;
    }

    int sideIndex(String actorId) {
        for (SimSide s : world.sides()) {
            if (s.actorId().equals(actorId)) {
                return s.index();
            }
        }
        throw new SimData.DataException(SimSide.FILE + ": no side '" + actorId + "'");
    }

    /** A Poisson draw (Knuth's method; rates here are small). */
    int poisson(double lambda) {
        double limit = Math.exp(-lambda);
        double p = rnd.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rnd.nextDouble();
            k++;
        }
        return k;
    }
}
