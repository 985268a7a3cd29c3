package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;

/**
 * A name found in a sentence over tokens [start, end). For actors: {@code civilian} marks victim phrases
 * ("seven family members"); {@code name} is the text to use (the mention text, or an elliptic expansion such as
 * "Russian air forces" for the "Russian" of "Russian and Syrian air forces").
 */
record NameSpan(int start, int end, String name, boolean civilian, boolean known) {
    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** The actors of a report as named in the sentence: unresolved references, each with its mention. */
    static List<ActorRef> refs(String text, List<Token> toks, List<NameSpan> spans) {
        List<ActorRef> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            out.add(new ActorRef(s.name(), null, null, Token.mention(text, toks, s.start(), s.end())));
        }
        return out;
    }
}
