package org.sitrep.simulate;

/**
 * A place of the simulated world: a populated place of the gazetteer, the name articles write for it (diacritics
 * dropped, a leading article written "al-"), whether it is a town or a village, and its neighbours (indexes of the
 * nearest places, nearest first); {@code province} is the press name of its governorate (null when unknown).
 */
record SimPlace(int index, String gazetteerId, String name, double lat, double lon, long population, String province,
               int[] neighbours) {
    /** A place this large is a town in the text and is hard to take. */
    static final long TOWN_POPULATION = 20_000;
    static final long CITY_POPULATION = 150_000;

    String kind() {
        return population >= TOWN_POPULATION ? "town" : "village";
    }

    boolean city() {
        return population >= CITY_POPULATION;
    }
}
