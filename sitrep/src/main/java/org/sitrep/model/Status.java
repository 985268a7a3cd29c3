package org.sitrep.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a status observation (a report of kind STATUS) says holds: a state of its subject ("the road was still
 * cut", "the town remains under siege", "the village is held by the army"). The subject itself is the report's
 * location; who cut, besieges or holds it is the report's actor1. {@code mention} is the words that state it;
 * {@code qualifier} is a hedge on the state as written ("mostly", "partly"), null when none. {@code at} is a place
 * the same sentence names beside a route ("cut the highway ... towards Ithriyah"): where along the route the state
 * may hold, left for the analysis to place on the route; null when the sentence names none.
 */
public record Status(State state, Subject subject, Mention mention, String qualifier, Mention at) {
    /** Flag of a status said to hold as the text is written ("the road is now cleared"): dated by the document. */
    public static final String PRESENT_FLAG = "state_now";
    /**
     * Prefix of the flag of a state said to hold "for the first time in three months": the number of days before it
     * in which it had not held ("first_time_in_days=90").
     */
    public static final String FIRST_IN_DAYS_FLAG = "first_time_in_days=";
    /**
     * Flag of a state said in a clause of another time ("prices soared while the road was closed"): background to
     * its sentence, so the sentence's date is not the state's.
     */
    public static final String TIME_CLAUSE_FLAG = "state_in_time_clause";

    public Status {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(mention, "mention");
    }

    /** Whether the subject is a route (road, highway, supply line) or a place (town, village, base). */
    public enum Subject {
        ROUTE, PLACE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Subject> parse(String s) {
            return Wire.parse(Subject.class, s);
        }
    }

    /** The states text puts forward; what each means for a route or a place is the analysis layer's call. */
    public enum State {
        CUT, BLOCKED, CLOSED, OPEN, REOPENED, CLEARED, CONTESTED, BESIEGED, HELD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<State> parse(String s) {
            return Wire.parse(State.class, s);
        }
    }

    private static final class Wire {
        static <E extends Enum<E>> Optional<E> parse(Class<E> type, String s) {
            if (s == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
