package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.SubEventType;

/**
 * Ranks ACLED sub-event types for a short text with the same trigger lexicon and type rules as
 * {@link ExtractStage}: every trigger of every clause votes for its type with its weight; scores are shares of
 * the total. Thread-safe.
 */
public final class SnippetClassifier {
    /** Used by {@link #classifyForced} when the text has no evidence at all: ACLED's most frequent Syrian type. */
    static final SubEventType NO_EVIDENCE_CHOICE = SubEventType.SHELLING_ARTILLERY_MISSILE;

    private final Knowledge k = Knowledge.get();
    private final SentenceSplitter splitter = new SentenceSplitter(k.abbreviations);
    private final NameSpotter spotter;
    private final ClauseAnalyzer analyzer = new ClauseAnalyzer(k);
    private final TypeRules rules = new TypeRules(k);

    public SnippetClassifier(PhraseLexicon actorNames, PhraseLexicon placeNames) {
        this.spotter = new NameSpotter(k, actorNames, placeNames);
    }

    public SnippetClassifier() {
        this(PhraseLexicon.builder().build(), PhraseLexicon.builder().build());
    }

    /** Types with evidence in the snippet, best first; empty when nothing points to any type. */
    public List<ScoredType> classify(String snippet) {
        Map<SubEventType, Double> votes = new EnumMap<>(SubEventType.class);
        for (var s : splitter.split(snippet, 0, snippet.length())) {
            List<Token> toks = Tokenizer.tokenize(snippet, s.start(), s.end());
            NameSpotter.Names names = spotter.spot(snippet, toks, s.start(), s.end());
            List<ClauseAnalyzer.Hit> hits = analyzer.hits(toks, names);
            for (int[] c : ClauseAnalyzer.clauses(toks)) {
                List<ClauseFacts> none = List.of();
                for (ClauseAnalyzer.Hit h : hits) {
                    if (h.start() < c[0] || h.end() > c[1]) {
                        continue;
                    }
                    List<NameSpan> a1 = new ArrayList<>();
                    List<NameSpan> a2 = new ArrayList<>();
                    for (NameSpan a : names.actors()) {
                        if (a.start() >= c[0] && a.end() <= c[1]) {
                            (a.start() < h.start() ? a1 : a2).add(a);
                        }
                    }
                    TypeRules.Typed t = rules.type(h.trigger(), toks, h.end(), c[0], c[1], a1, a2);
                    if (t.type() != null && t.weight() > 0) {
                        // blocked triggers (negated, "no airstrikes") still describe the topic, but weakly
                        double w = h.blockedBy() == null ? t.weight() : t.weight() * 0.25;
                        votes.merge(t.type(), w, Double::sum);
                    }
                }
            }
        }
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ScoredType> out = new ArrayList<>();
        votes.forEach((type, v) -> out.add(new ScoredType(type, v / total)));
        out.sort(Comparator.comparingDouble(ScoredType::score).reversed()
                .thenComparing(st -> st.type().ordinal()));
        return out;
    }

    /** The snippet's main event type, or empty when it reports no event. */
    public java.util.Optional<ScoredType> detect(String snippet) {
        return classify(snippet).stream().findFirst();
    }

    /** Always one of the 25 types: the best ranked, or {@link #NO_EVIDENCE_CHOICE} with score 0. */
    public ScoredType classifyForced(String snippet) {
        List<ScoredType> ranked = classify(snippet);
        return ranked.isEmpty() ? new ScoredType(NO_EVIDENCE_CHOICE, 0) : ranked.get(0);
    }
}
