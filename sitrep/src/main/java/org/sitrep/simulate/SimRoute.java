package org.sitrep.simulate;

/**
 * A route of the simulated world: a road the analysis knows, the world's places along it in order, and the side
 * that uses it (an index of the sides): the road is cut while a side hostile to its user holds a place on it.
 */
record SimRoute(String id, String name, int[] towns, int user) {
}
