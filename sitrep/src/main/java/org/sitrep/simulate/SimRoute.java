package org.sitrep.simulate;

/**
 * A route of the simulated world: a road the analysis knows, the world's places along it in order, and the side
 * that uses it (an index of the sides): the road is cut while a side hostile to its user holds a place on it;
 * {@code near} are the places within {@link #NEAR_KM} of its line (its towns among them).
 */
record SimRoute(String id, String name, int[] towns, int user, int[] near) {
    /** A place this close to a route's line (km) is on or near it: violence there makes the road contested. */
    static final double NEAR_KM = 10;
}
