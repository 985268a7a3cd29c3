package org.sitrep.extract;

/**
 * A name found in a sentence over tokens [start, end). For actors: {@code civilian} marks victim phrases
 * ("seven family members"); {@code name} is the text to use (the mention text, or an elliptic expansion such as
 * "Russian air forces" for the "Russian" of "Russian and Syrian air forces").
 */
record NameSpan(int start, int end, String name, boolean civilian, boolean known) {
    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
