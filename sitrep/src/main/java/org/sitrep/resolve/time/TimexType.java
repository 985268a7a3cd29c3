package org.sitrep.resolve.time;

/** The TIMEX3 type of a time expression. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
