package org.sitrep.simulate;

/** A planted change in an air side's daily strike rate: from {@code day} on, the rate is {@code after}. */
record ChangePoint(int day, double before, double after) {
    String kind() {
        return after < before ? "lull" : "surge";
    }
}
