package org.sitrep.resolve.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * What the resolver may look at besides the mention: the document's clean text, every place mention found in it
 * (offsets into {@code text}) and the span of the evidence sentence holding the mention (null: found here).
 */
public record PlaceContext(String text, List<Mention> placeMentions, Span evidence) {
    public PlaceContext {
        Objects.requireNonNull(text, "text");
        placeMentions = List.copyOf(placeMentions == null ? List.of() : placeMentions);
        if (evidence != null && evidence.end() > text.length()) {
            throw new IllegalArgumentException("evidence span beyond the text: " + evidence);
        }
    }

    /** A context of just one sentence, no other mentions known. */
    public static PlaceContext ofSentence(String sentence) {
        return new PlaceContext(sentence, List.of(), new Span(0, sentence.length()));
    }
}
