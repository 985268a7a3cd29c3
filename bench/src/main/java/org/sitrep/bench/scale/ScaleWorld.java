package org.sitrep.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.app.Sitrep;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.model.SubEventType;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

/**
 * What the synthetic store is made of, taken from the bundled knowledge: Syria's populated places (weighted by the
 * square root of their population, so cities see more events than villages but do not swamp them), the towns along
 * the known routes (a share of events falls on them, as fighting follows roads), the actors active in Syria, and
 * an ACLED-like mix of event types. Deterministic: the same knowledge gives the same world.
 */
final class ScaleWorld {
    /** Share of events placed at a town along a route. */
    static final double ON_ROUTE = 0.08;

    record Spot(String name, String gazetteerId, String admin1, double lat, double lon) {
    }

    private final List<Spot> places = new ArrayList<>();
    private final double[] cumulative;
    private final List<Spot> routeTowns = new ArrayList<>();
    private final List<Route> routes;
    private final List<Actor> actors = new ArrayList<>();
    private final SubEventType[] types;
    private final double[] typeCumulative;

    ScaleWorld() {
        Gazetteer g = Gazetteer.get();
        List<Double> weights = new ArrayList<>();
        for (Place p : g.entries()) {
            if (p.country().equals("SY") && p.kind() == PlaceKind.POPULATED_PLACE) {
                places.add(new Spot(p.name(), p.id(), p.admin1(), p.lat(), p.lon()));
                weights.add(Math.sqrt(Math.max(500, p.population())));
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("the bundled gazetteer has no Syrian populated places");
        }
        cumulative = cumulative(weights);
        routes = Sitrep.routes();
        for (Route r : routes) {
            for (Town t : r.towns()) {
                String admin1 = g.byId(t.gazetteerId()).map(Place::admin1).orElse(null);
                routeTowns.add(new Spot(t.name(), t.gazetteerId(), admin1, t.lat(), t.lon()));
            }
        }
        List<Actor> known = new ArrayList<>(ActorKnowledgeBase.bundled().all());
        known.sort(java.util.Comparator.comparing(Actor::id));
        for (Actor a : known) {
            if ("SY".equals(a.country()) || a.country() == null || actors.size() < 12) {
                actors.add(a);
            }
        }
        // an ACLED-like mix for Syria: shelling and air strikes dominate, then clashes
        types = new SubEventType[] {SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE,
                SubEventType.ARMED_CLASH, SubEventType.REMOTE_EXPLOSIVE, SubEventType.ATTACK,
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                SubEventType.SUICIDE_BOMB, SubEventType.ABDUCTION, SubEventType.PEACEFUL_PROTEST,
                SubEventType.NON_VIOLENT_TRANSFER};
        typeCumulative = cumulative(List.of(34.0, 22.0, 20.0, 7.0, 6.0, 2.0, 2.0, 1.0, 2.0, 3.0, 1.0));
    }

    private static double[] cumulative(List<Double> weights) {
        double[] c = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += weights.get(i);
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    Spot place(SplittableRandom rnd) {
        if (rnd.nextDouble() < ON_ROUTE && !routeTowns.isEmpty()) {
            return routeTowns.get(rnd.nextInt(routeTowns.size()));
        }
        return places.get(pick(cumulative, rnd.nextDouble()));
    }

    SubEventType type(SplittableRandom rnd) {
        return types[pick(typeCumulative, rnd.nextDouble())];
    }

    Actor actor(SplittableRandom rnd) {
        // a few actors do most of the fighting: a skewed pick
        double u = rnd.nextDouble();
        return actors.get((int) (u * u * actors.size()));
    }

    List<Route> routes() {
        return routes;
    }

    int placeCount() {
        return places.size();
    }

    int actorCount() {
        return actors.size();
    }
}
