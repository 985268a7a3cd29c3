package org.sitrep.simulate;

/** Actor ids the simulator's rules name. */
final class Sides {
    /** The state's forces: ground it takes is "Government regains territory". */
    static final String GOVERNMENT = "syrian-armed-forces";

    private Sides() {
    }
}
