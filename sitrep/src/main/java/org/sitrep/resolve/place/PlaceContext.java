package org.sitrep.resolve.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * What the resolver may look at besides the mention: the document's clean text, every place mention found in it
 * (offsets into {@code text}) and the span of the evidence sentence holding the mention (null: found here).
 * Contexts made with {@link #withEvidence} share what the resolver works out once per document (readings, cues);
 * so one context and those made from it belong to one thread.
 */
public final class PlaceContext {
    private final String text;
    private final List<Mention> placeMentions;
    private final Span evidence;
    /** The document-wide part, shared by every context of this document; built on first use. */
    private final DocumentPlaces[] shared;

    public PlaceContext(String text, List<Mention> placeMentions, Span evidence) {
        this(text, List.copyOf(placeMentions == null ? List.of() : placeMentions), evidence, new DocumentPlaces[1]);
    }

    private PlaceContext(String text, List<Mention> placeMentions, Span evidence, DocumentPlaces[] shared) {
        this.text = Objects.requireNonNull(text, "text");
        this.placeMentions = placeMentions;
        if (evidence != null && evidence.end() > text.length()) {
            throw new IllegalArgumentException("evidence span beyond the text: " + evidence);
        }
        this.evidence = evidence;
        this.shared = shared;
    }

    /** A context of just one sentence, no other mentions known. */
    public static PlaceContext ofSentence(String sentence) {
        return new PlaceContext(sentence, List.of(), new Span(0, sentence.length()));
    }

    /** The same document and mentions, for a mention found in the sentence {@code evidence}. */
    public PlaceContext withEvidence(Span evidence) {
        return new PlaceContext(text, placeMentions, evidence, shared);
    }

    public String text() {
        return text;
    }

    public List<Mention> placeMentions() {
        return placeMentions;
    }

    public Span evidence() {
        return evidence;
    }

    /** The document-wide part for this resolver's readings. */
    DocumentPlaces places(Readings readings) {
        if (shared[0] == null || shared[0].readings() != readings) {
            shared[0] = new DocumentPlaces(text, placeMentions, readings);
        }
        return shared[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceContext c && text.equals(c.text) && placeMentions.equals(c.placeMentions)
                && Objects.equals(evidence, c.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, placeMentions, evidence);
    }

    @Override
    public String toString() {
        return "PlaceContext[" + placeMentions.size() + " mentions, evidence=" + evidence + "]";
    }
}
