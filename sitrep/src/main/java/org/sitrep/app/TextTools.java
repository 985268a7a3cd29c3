package org.sitrep.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.extract.SnippetClassifier;
import org.sitrep.model.ScoredType;
import org.sitrep.model.TimeMention;
import org.sitrep.model.ToponymResult;
import org.sitrep.resolve.place.Toponyms;
import org.sitrep.resolve.time.DateListing;

/**
 * The single-stage tools, for a text with no store: which event type a snippet reports, its time expressions and
 * its place names. Each part is built on first use (the type model and the gazetteer take a moment to load).
 */
public final class TextTools {
    private SnippetClassifier classifier;
    private DateListing dates;
    private Toponyms places;

    /** The type best supported by the snippet's evidence, or empty when it reports no event. */
    public Optional<ScoredType> detectType(String snippet) {
        return classifier().detect(snippet);
    }

    /** Always one of the 25 types, even without evidence (then with a low score). */
    public ScoredType forcedType(String snippet) {
        return classifier().classifyForced(snippet);
    }

    /** Every type with evidence in the snippet, best first. */
    public List<ScoredType> rankTypes(String snippet) {
        return classifier().classify(snippet);
    }

    /** The text's time expressions, anchored to {@code published} when given (never to today). */
    public List<TimeMention> dates(String text, LocalDate published) {
        if (dates == null) {
            dates = DateListing.standard();
        }
        return dates.list(text, published);
    }

    /** The text's place names, each resolved or left with its candidates. */
    public List<ToponymResult> places(String text) {
        if (places == null) {
            places = new Toponyms();
        }
        return places.tag(text);
    }

    private SnippetClassifier classifier() {
        if (classifier == null) {
            classifier = new SnippetClassifier();
        }
        return classifier;
    }
}
