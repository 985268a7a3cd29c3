package org.sitrep.extract;

import org.sitrep.model.ScoredType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.SubEventType;

/**
 * Ranks ACLED sub-event types for a short text with the same trigger lexicon and type rules as
 * {@link ExtractStage}: every trigger of every clause votes for its type with its weight (adjacent words naming one
 * act vote once); scores are shares of the total. Equal shares, and forced choices where the rules are unsure, are
 * settled by the {@link LearnedTypeModel} (a sentence encoder with a softmax layer trained on our own sentences),
 * loaded on first need. Thread-safe.
 */
public final class SnippetClassifier {
    /** "two individuals", "a man": civilians, but no crowd (their shooting is an attack, not mob violence). */
    private static final Set<String> LONE = ClosedClass.of("lone-person");
    private final ExtractLexicons lx = ExtractLexicons.get();
    private final SentenceSplitter splitter = new SentenceSplitter(lx.abbreviations());
    private final NameSpotter spotter;
    private final ClauseAnalyzer analyzer = new ClauseAnalyzer(lx);
    private final TypeRules rules = analyzer.rules();
    private final AttributionReader attributions = new AttributionReader(lx.triggers(), lx.modality(), lx.sources());
    private final EpisodicReading episodes = analyzer.episodes();

    public SnippetClassifier(PhraseLexicon actorNames, PhraseLexicon placeNames) {
        this.spotter = NameSpotter.of(lx, actorNames, placeNames);
    }

    public SnippetClassifier() {
        this(PhraseLexicon.builder().build(), PhraseLexicon.builder().build());
    }

    /** Types with evidence in the snippet, best first; empty when nothing points to any type. */
    public List<ScoredType> classify(String snippet) {
        return rank(collect(snippet).votes(), snippet, true);
    }

    /**
     * The rules' vote shares alone, best first, equal shares in type order: what {@link TypeDecision} weighs against
     * the model (the model's training run calibrates on it before any model exists).
     */
    public List<ScoredType> ruleVotes(String snippet) {
        return rank(collect(snippet).votes(), snippet, false);
    }

    /**
     * The snippet's main event type, or empty when it reports no event: at least one clause must put an event
     * forward as having happened (asserted, reported, claimed, alleged or unverified, and not a statistic);
     * opinion, prediction, hypotheticals, denials and negations give empty. The type is the best ranked one of
     * {@link #classify}.
     */
    public Optional<ScoredType> detect(String snippet) {
        Collected c = collect(snippet);
        return c.asserted() ? rank(c.votes(), snippet, true).stream().findFirst() : Optional.empty();
    }

    /**
     * Always one of the 25 types: the rules' best type where they are sure, else the {@link TypeDecision} of rules
     * and {@link LearnedTypeModel} together (the model alone when no trigger points anywhere). How sure the rules
     * must be, and how much their votes weigh against the model, were chosen by the model's training run on its
     * held-out part of our own sentences, and so was the {@link PassageReading} of a text of several sentences.
     */
    public ScoredType classifyForced(String snippet) {
        return classifyForced(snippet, collect(snippet));
    }

    /**
     * The type of the act named at {@code [start, end)} of the snippet (a trigger word a labeller marked), as the record
     * types the event report of that act ({@link SentenceTyping}): where the rules read an act there and the snippet's
     * acts differ in type ("Riot police detained several people as officers intervened to separate the
     * demonstrators"), or the act is one of remote violence (its weapon names it), the rules' type of that act;
     * otherwise, and where the rules read no act there, the {@link #classifyForced forced choice} of the whole snippet.
     */
    public ScoredType classifyForcedAt(String snippet, int start, int end) {
        Collected all = collect(snippet, null);
        Collected at = collect(snippet, new int[] {start, end});
        if (at.votes().isEmpty()) {
            return classifyForced(snippet, all);
        }
        ScoredType act = rank(at.votes(), Map::of).get(0);
        boolean apart = all.votes().keySet().stream().anyMatch(t -> t != act.type());
        if (apart || act.type().eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            return act;
        }
        return classifyForced(snippet, all);
    }

    private ScoredType classifyForced(String snippet, Collected c) {
        LearnedTypeModel m = LearnedTypeModel.get();
        // the whole text is read once: the rules' tie-break and the passage reading share its encoding and cues
        Map<String, LearnedTypeModel.Prediction> read = new HashMap<>();
        Function<String, LearnedTypeModel.Prediction> predictor = t -> read.computeIfAbsent(t,
                x -> x.equals(snippet) ? m.predict(x, m.ruleCues() ? cues(c) : new float[0]) : predict(m, x));
        List<ScoredType> ranked = rank(c.votes(), () -> predictor.apply(snippet).types());
        TypeDecision decision = TypeDecision.of(m);
        if (!ranked.isEmpty() && ranked.get(0).score() >= decision.rulesSure()) {
            return ranked.get(0);
        }
        return decision.decide(ranked, PassageReading.of(m).read(snippet, sentences(snippet), predictor),
                signs(snippet, c));
    }

    /**
     * What the snippet says outright: that no fight took place ("no clashes were reported", "peacefully"), that people
     * were killed or harmed ("killed", "beaten", "body"), and whether it tells ground taken only as an aim (read with
     * the rules' votes, {@link Collected#takingOnlyAimed()}).
     */
    TypeDecision.Signs signs(String snippet) {
        return signs(snippet, collect(snippet));
    }

    private TypeDecision.Signs signs(String snippet, Collected c) {
        List<Token> toks = Tokenizer.tokenize(snippet, 0, snippet.length());
        TypeCues cues = lx.typeCues();
        return new TypeDecision.Signs(cues.noFighting().foundIn(toks), cues.harmWords().foundIn(toks),
                c.takingOnlyAimed());
    }

    /** The snippet's sentences as the classifier splits them (what {@link PassageReading} reads one by one). */
    public List<String> sentences(String snippet) {
        return PassageReading.sentences(splitter, snippet);
    }

    /**
     * What the rules read from the snippet's structure, for the learned model ({@link RuleCues}): their vote shares
     * and whether an act's target is civilian or armed, its agent named, something asserted.
     */
    public float[] cues(String snippet) {
        return cues(collect(snippet));
    }

    private static float[] cues(Collected c) {
        Set<RuleCues.Flag> flags = EnumSet.copyOf(c.flags());
        if (c.asserted()) {
            flags.add(RuleCues.Flag.ASSERTED);
        }
        return RuleCues.of(c.votes(), flags);
    }

    /** The learned model's reading of one text, with this classifier's cues when its weights use them. */
    LearnedTypeModel.Prediction predict(LearnedTypeModel m, String text) {
        return m.predict(text, m.ruleCues() ? cues(text) : new float[0]);
    }

    /**
     * What the rules read from a snippet; {@code takingOnlyAimed}: some territorial verb, each read as what forces set
     * out to do ("an offensive to retake the town", "the battle to seize Mosul began"), none as done.
     */
    private record Collected(Map<SubEventType, Double> votes, boolean asserted, Set<RuleCues.Flag> flags,
                             boolean takingOnlyAimed) {
    }

    private Collected collect(String snippet) {
        return collect(snippet, null);
    }

    /** What the rules read from a snippet; with an {@code anchor} (a character range), only acts named there vote. */
    private Collected collect(String snippet, int[] anchor) {
        Map<SubEventType, Double> votes = new EnumMap<>(SubEventType.class);
        Set<RuleCues.Flag> flags = EnumSet.noneOf(RuleCues.Flag.class);
        boolean asserted = false;
        boolean takingAimed = false;
        boolean takingDone = false;
        GatheringEscalation gathering = new GatheringEscalation(rules.crowds());
        for (var s : splitter.split(snippet, 0, snippet.length())) {
            List<Token> toks = Tokenizer.tokenize(snippet, s.start(), s.end());
            NameSpotter.Names names = spotter.spot(snippet, toks, s.start(), s.end());
            List<ClauseAnalyzer.Hit> hits = analyzer.hits(toks, names);
            Map<SubEventType, Double> sentenceVotes = new EnumMap<>(SubEventType.class);
            if (hits.isEmpty()) {
                gathering.sentence(toks, 0, toks.size(), sentenceVotes);
                continue;
            }
            AttributionReader.Result attr = attributions.read(snippet, toks, names);
            for (int[] c : ClauseSplitter.clauses(toks, names, hits)) {
                List<NameSpan> actors = new ArrayList<>();
                for (NameSpan a : names.actors()) {
                    if (a.start() >= c[0] && a.end() <= c[1] && !attr.used()[a.start()]) {
                        actors.add(a);
                    }
                }
                ClauseAnalyzer.Hit previous = null;
                SubEventType previousType = null;
                for (ClauseAnalyzer.Hit h : hits) {
                    if (h.start() < c[0] || h.end() > c[1]) {
                        continue;
                    }
                    if (anchor != null && (toks.get(h.end() - 1).end() <= anchor[0]
                            || toks.get(h.start()).start() >= anchor[1])) {
                        continue;
                    }
                    ClauseAnalyzer.Hit before = previous;
                    previous = h;
                    List<List<NameSpan>> roles = analyzer.roles(toks, actors, h, c[0], c[1]);
                    roleFlags(roles, flags);
                    TypeRules.Typed t = rules.type(h.trigger(), toks, h.start(), h.end(), c[0], c[1], roles.get(0),
                            roles.get(2));
                    boolean aim = episodes.read(toks, h.start(), h.end()) == EpisodicReading.Reading.AIM;
                    if (h.trigger().has("territory") && h.blockedBy() == null) {
                        takingAimed |= aim;
                        takingDone |= !aim;
                    }
                    // "reconciliation agreement", "chlorine gas attack": adjacent words naming one act vote once
                    boolean sameAct = before != null && before.end() == h.start() && t.type() == previousType;
                    previousType = t.type();
                    if (t.type() != null && t.weight() > 0 && !sameAct) {
                        // blocked triggers (negated, "no airstrikes") still describe the topic, but weakly
                        // an aim ("the battle to seize Mosul") types the text only as much as a negated act: what
                        // was done is the event; people who gather "to protest" do protest by gathering
                        boolean weak = h.blockedBy() != null
                                || t.type().eventType() != SubEventType.EventType.PROTESTS && aim;
                        double w = weak ? t.weight() * 0.25 : t.weight();
                        sentenceVotes.merge(t.type(), w, Double::sum);
                    }
                }
            }
            for (ClauseFacts f : analyzer.analyze(snippet, toks, names, attr)) {
                // as in extraction: habits ("for six years") and aims ("to seize") report no event
                asserted |= f.type() != null && !f.statistic() && f.modality().assertsOccurrence()
                        && episodes.read(toks, f.anchor(), f.anchorEnd()) == EpisodicReading.Reading.EPISODE;
            }
            gathering.sentence(toks, 0, toks.size(), sentenceVotes);
            sentenceVotes.forEach((t, v) -> votes.merge(t, v, Double::sum));
        }
        gathering.apply(votes);
        CombinedMeans.apply(votes);
        return new Collected(votes, asserted, flags, takingAimed && !takingDone);
    }

    /** Who acts and against whom, as {@link RuleCues} flags. */
    private void roleFlags(List<List<NameSpan>> roles, Set<RuleCues.Flag> flags) {
        List<NameSpan> target = roles.get(2);
        if (!target.isEmpty()) {
            flags.add(target.stream().allMatch(NameSpan::civilian) ? RuleCues.Flag.TARGET_CIVILIAN
                    : RuleCues.Flag.TARGET_ARMED);
        }
        for (NameSpan agent : roles.get(0)) {
            flags.add(RuleCues.Flag.AGENT_NAMED);
            if (anyWord(agent, lx.typeCues().stateWords())) {
                flags.add(RuleCues.Flag.AGENT_STATE);
            }
            if ((agent.civilian() && !anyWord(agent, LONE)) || anyWord(agent, lx.typeCues().mobWords())) {
                flags.add(RuleCues.Flag.AGENT_CROWD);
            }
        }
    }

    /** Whether a word of the name, in lower case, is in the set. */
    private static boolean anyWord(NameSpan name, Set<String> words) {
        for (String w : name.name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Vote shares, best first. Equal shares are ordered by the learned model's probability for the whole snippet (a
     * reading of all its words beats the arbitrary order of the type list), then by type order; the model runs only
     * when there is such a tie.
     */
    private List<ScoredType> rank(Map<SubEventType, Double> votes, String snippet, boolean modelBreaksTies) {
        return rank(votes, modelBreaksTies ? () -> predict(LearnedTypeModel.get(), snippet).types() : Map::of);
    }

    /** As above, the model's type probabilities for the whole text given by {@code posterior}, asked only on a tie. */
    private List<ScoredType> rank(Map<SubEventType, Double> votes, Supplier<Map<SubEventType, Double>> posterior) {
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ScoredType> out = new ArrayList<>();
        votes.forEach((type, v) -> out.add(new ScoredType(type, v / total)));
        Map<SubEventType, Double> p = tied(out) ? posterior.get() : Map.of();
        // shares are compared rounded, so that 0.1 + 0.2 and 0.3 count as a tie
        out.sort(Comparator.comparingLong((ScoredType st) -> Math.round(st.score() * 1e9)).reversed()
                .thenComparing(st -> -p.getOrDefault(st.type(), 0.0))
                .thenComparing(st -> st.type().ordinal()));
        return out;
    }

    private static boolean tied(List<ScoredType> scored) {
        Set<Long> shares = new HashSet<>();
        for (ScoredType st : scored) {
            if (!shares.add(Math.round(st.score() * 1e9))) {
                return true;
            }
        }
        return false;
    }
}
