package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Reports;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Keys;
import org.sitrep.pipeline.Progress;
import org.sitrep.pipeline.Stage;

/**
 * Finds event reports and count observations in the BODY and QUOTE sections of a document (never in comments or
 * boilerplate; a document without sections yields nothing). A rule-and-lexicon cascade: sentences are split,
 * a trigger scan picks candidates, and only those get clause analysis. Actors and places stay unresolved; dates
 * are left to the date resolver. Stateless and thread-safe.
 */
public final class ExtractStage implements Stage {
    public static final Key<Reports> REPORTS = Keys.EXTRACTED;

    private final TriggerLexicon triggerLex;
    private final SentenceSplitter splitter;
    private final NameSpotter spotter;
    private final AttributionReader attributions;
    private final ClauseAnalyzer analyzer;
    private final CountRowReader rows;
    private final CountReports counts;
    private final LocationCountReader locationCounts;
    private final AverageReader averages;
    private final EpisodicReading episodes;
    private final MeasureAttacher measures;
    private final DiscourseJoiner discourse;
    private final DefiniteMention definite;
    /** Only its stateless readings of one sentence are used here ({@link GatheringEscalation#cue}, {@code about}). */
    private final GatheringEscalation gatherings;
    private final StatusReader statuses;
    private final StatusReports statusReports;
    /** Null when the rules alone type the clauses. */
    private final SentenceTyping typing;

    /** The rules alone type each clause (what the rules' own tests read). */
    public ExtractStage(PhraseLexicon actorNames, PhraseLexicon placeNames) {
        this(actorNames, placeNames, false);
    }

    /**
     * The stage of the standard engine: where the rules type a sentence's event clauses alike or not at all, the
     * forced choice of rules and learned model types them ({@link SentenceTyping}).
     */
    public static ExtractStage withLearnedTypes(PhraseLexicon actorNames, PhraseLexicon placeNames) {
        return new ExtractStage(actorNames, placeNames, true);
    }

    /**
     * Starts loading the learned type model in the background, for a caller about to build a stage
     * {@link #withLearnedTypes} after other slow work (the gazetteer): the two loads then overlap.
     */
    public static void preloadLearnedTypes() {
        SentenceTyping.preload();
    }

    /** Waits for a load {@link #preloadLearnedTypes} started; a program calls this before it exits (see there). */
    public static void awaitLearnedTypes() {
        SentenceTyping.awaitPreload();
    }

    private ExtractStage(PhraseLexicon actorNames, PhraseLexicon placeNames, boolean learnedTypes) {
        ExtractLexicons lx = ExtractLexicons.get();
        this.triggerLex = lx.triggers();
        NumberReader numbers = new NumberReader(lx.numbers());
        this.splitter = new SentenceSplitter(lx.abbreviations());
        this.spotter = NameSpotter.of(lx, actorNames, placeNames);
        this.attributions = new AttributionReader(lx.triggers(), lx.modality(), lx.sources());
        this.analyzer = new ClauseAnalyzer(lx);
        this.rows = new CountRowReader(lx.triggers());
        this.counts = new CountReports(lx.triggers());
        this.locationCounts = new LocationCountReader(lx.triggers(), numbers);
        this.averages = new AverageReader(lx.triggers(), numbers);
        this.episodes = analyzer.episodes();
        this.measures = new MeasureAttacher(lx.triggers(), lx.numbers(), lx.actors());
        this.discourse = new DiscourseJoiner(lx.triggers(), lx.actors());
        this.definite = new DefiniteMention(lx.triggers(), lx.actors());
        this.gatherings = new GatheringEscalation(analyzer.rules().crowds());
        this.statuses = new StatusReader(StatusWords.get(), ClosedClass.of("pronouns"), lx.numbers());
        this.statusReports = new StatusReports(statuses, lx.modality());
        this.typing = learnedTypes ? new SentenceTyping() : null;
    }

    /** With empty name lexicons: actors and places come from the generic rules only. */
    public ExtractStage() {
        this(PhraseLexicon.builder().build(), PhraseLexicon.builder().build());
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(REPORTS);
    }

    @Override
    public Annotated apply(Annotated in) {
        return apply(in, WorkLimits.MAX_REPORTS);
    }

    /** As {@link #apply(Annotated)}, reading at most {@code maxReports} reports from the document. */
    Annotated apply(Annotated in, int maxReports) {
        ExtractContext ctx = new ExtractContext();
        ctx.maxReports = maxReports;
        ctx.progress = Progress.of(in);
        List<Report> reports = extract(in.document(), ctx);
        List<String> flags = WorkLimits.flags(in.document().text().length(), ctx.longSentences, ctx.stoppedAt,
                maxReports);
        Annotated out = flags.isEmpty() ? in : in.withDocument(in.document().withAddedFlags(flags));
        return out.with(REPORTS, new Reports(reports), name());
    }

    List<Report> extract(Document doc) {
        return extract(doc, new ExtractContext());
    }

    private List<Report> extract(Document doc, ExtractContext ctx) {
        List<Report> out = new ArrayList<>();
        String text = doc.text();
        reading:
        for (Section section : doc.sections()) {
            if (!section.kind().yieldsReports()) {
                continue;
            }
            for (Span s : splitter.split(text, section.span().start(), section.span().end(), ctx.longSentences)) {
                if (out.size() >= ctx.maxReports) {
                    ctx.stoppedAt = s.start();
                    break reading;
                }
                int before = out.size();
                sentence(doc, section, s, ctx, out);
                turnOnly(text, s, ctx, out.subList(before, out.size()));
                ctx.sentence++;
                ctx.progress.at(name(), s.end(), text.length());
            }
        }
        return discourse.join(text, out, ctx.anchors, ctx.turns);
    }

    /**
     * Notes a sentence that reports no event of its own but tells the turn of a gathering told just before it
     * ("Police fired tear gas to disperse them"), for the joiner to retype the gathering. Only read within reach of
     * a gathering, so other sentences are not tokenised twice.
     */
    private void turnOnly(String text, Span s, ExtractContext ctx, List<Report> added) {
        if (ctx.lastGathering < 0 || ctx.sentence - ctx.lastGathering > GatheringJoin.REACH
                || added.stream().anyMatch(r -> r.kind() == ReportKind.EVENT)) {
            return;
        }
        List<Token> toks = Tokenizer.tokenize(text, s.start(), s.end());
        SubEventType cue = gatherings.cue(toks, 0, toks.size());
        if (cue != null && (gatherings.about(toks, 0, toks.size()) || gatherings.stepsIn(toks, 0, toks.size(), cue))) {
            ctx.turns.add(new DiscourseJoiner.Turn(ctx.sentence, cue, s));
            ctx.lastGathering = ctx.sentence;
        }
    }

    private void sentence(Document doc, Section section, Span s, ExtractContext ctx, List<Report> out) {
        String text = doc.text();
        List<Token> toks = Tokenizer.tokenize(text, s.start(), s.end());
        if (toks.isEmpty()) {
            return;
        }
        boolean candidate = false;
        for (Token t : toks) {
            if (triggerLex.triggers().startsWith(t.lower())) {
                candidate = true;
                break;
            }
        }
        boolean colon = toks.get(toks.size() - 1).is(":");
        Mention routeBefore = trackRoutes(text, toks, ctx);
        boolean stated = statuses.mayState(toks);
        CountRowReader.Row row = rows.read(toks);
        boolean piped = false;
        for (Token t : toks) {
            piped |= t.is("|");
        }
        if (!piped) {
            ctx.tableHeader = null;
        }
        List<AverageReader.Rate> rates = row == null ? averages.read(toks) : List.of();
        // rows of a table whose header names the event ("| Airstrikes |") count even without a trigger: zeros too
        if (!candidate && !colon && !stated && row == null && rates.isEmpty()
                && !(piped && ctx.tableHeader != null)) {
            return;
        }
        Evidence ev = new Evidence(doc.id(), s.of(text), s);
        List<Attribution> carried = s.start() >= ctx.pendingFrom && s.start() < ctx.pendingUntil ? ctx.pending
                : List.of();
        if (row != null) {
            out.add(counts.row(doc, section, ev, toks, row, ctx, carried));
            return;
        }
        LocationCountReader.Header header = piped ? locationCounts.header(toks) : null;
        if (header != null) {
            ctx.tableHeader = header;
            return;
        }
        LocationCountReader.Line line = locationCounts.read(toks, ctx.tableHeader);
        if (line != null) {
            out.add(counts.locationLine(doc, section, ev, toks, line, ctx, carried)
                    .withMeasures(MeasureAttacher.measures(measures.read(text, toks))));
            return;
        }
        NameSpotter.Names names = spotter.spot(text, toks, s.start(), s.end());
        AttributionReader.Result attr = attributions.read(text, toks, names);
        List<Attribution> chain = new ArrayList<>(attr.chain());
        chain.addAll(carried);
        chain.removeIf(a -> AttributionReader.isDocumentOutlet(doc, a));
        if (colon && !attr.chain().isEmpty()) {
            ctx.pending = List.copyOf(chain);
            ctx.pendingFrom = s.end();
            ctx.pendingUntil = scopeAfterColon(doc, s.end(), section);
        }
        List<Report> stateReports = stated && !looksLikeHeadline(toks)
                ? statusReports.read(doc, section, ev, toks, names, attr, chain, carried, routeBefore, ctx) : List.of();
        if (!candidate && rates.isEmpty() || looksLikeHeadline(toks)) {
            out.addAll(stateReports);
            return;
        }
        List<ClauseFacts> facts = typed(ev, happenings(doc, toks, names, attr, rates), !ctx.anchors.isEmpty());
        List<MeasureHit> measured = measures.read(text, toks);
        facts.replaceAll(f -> MeasureAttacher.withoutMeasureAmounts(f, measured));
        List<List<org.sitrep.model.Measure>> carriedBy = measures.assign(toks, facts, measured);
        int ordinal = 0;
        for (AverageReader.Rate r : rates) {
            out.add(counts.rate(doc, section, ev, ordinal++, toks, names, r, facts, ctx, chain));
        }
        for (int fi = 0; fi < facts.size(); fi++) {
            ordinal = clauseReport(doc, section, ev, ordinal, toks, facts.get(fi), carriedBy.get(fi), ctx, chain,
                    carried, out);
        }
        out.addAll(stateReports);
    }

    /** Remembers the sentence's last named route for a later "the road"; returns the one named before it. */
    private Mention trackRoutes(String text, List<Token> toks, ExtractContext ctx) {
        Mention before = ctx.lastRoute;
        for (StatusReader.RouteRef r : statuses.routes(toks)) {
            if (r.named()) {
                ctx.lastRoute = Token.mention(text, toks, r.start(), r.end());
            }
        }
        return before;
    }

    /**
     * The clauses of a sentence that tell a happening: a trigger inside a rate ("~4 strikes per day") belongs to the
     * count observation; words in another sense ("prices exploded"), habits ("for six years"), events talked about
     * ("the attack was followed by"), states ("is now cleared") and troop moves with a purpose report no event.
     */
    private List<ClauseFacts> happenings(Document doc, List<Token> toks, NameSpotter.Names names,
                                         AttributionReader.Result attr, List<AverageReader.Rate> rates) {
        List<ClauseFacts> facts = new ArrayList<>(analyzer.analyze(doc.text(), toks, names, attr));
        facts.removeIf(f -> rates.stream().anyMatch(r -> f.anchor() >= r.start() && f.anchor() < r.end()));
        Integer year = doc.published() == null ? null : doc.published().getYear();
        facts.removeIf(f -> {
            if (!f.statistic() && episodes.pastBackground(toks, f.anchor(), year)) {
                return true;
            }
            EpisodicReading.Reading reading = episodes.read(toks, f.anchor(), f.anchorEnd());
            return reading == EpisodicReading.Reading.OTHER_SENSE
                    || reading == EpisodicReading.Reading.BACK_REFERENCE
                    || reading == EpisodicReading.Reading.STATE
                    || reading == EpisodicReading.Reading.MOVEMENT
                    || reading == EpisodicReading.Reading.UNDONE
                    || reading == EpisodicReading.Reading.HABITUAL && !f.statistic();
        });
        return facts;
    }

    /**
     * The sentence's clauses as the record types them: with the learned model, the forced choice of rules and model
     * ({@link SentenceTyping}); {@code eventBefore}: the document told an event before this sentence.
     */
    private List<ClauseFacts> typed(Evidence ev, List<ClauseFacts> facts, boolean eventBefore) {
        return typing == null ? facts : new ArrayList<>(typing.retype(ev.text(), facts, eventBefore));
    }

    /** The report of one clause (an event, or a count when the clause is a statistic); the next ordinal. */
    private int clauseReport(Document doc, Section section, Evidence ev, int ordinal, List<Token> toks, ClauseFacts f,
                             List<org.sitrep.model.Measure> fm, ExtractContext ctx, List<Attribution> chain,
                             List<Attribution> carried, List<Report> out) {
        String text = doc.text();
        EpisodicReading.Reading reading = episodes.read(toks, f.anchor(), f.anchorEnd());
        List<ActorRef> a1 = NameSpan.refs(text, toks, f.actor1());
        List<String> flags = new ArrayList<>(f.flags());
        if (a1.isEmpty() && f.pronounSubject() && !ctx.lastActors.isEmpty()) {
            a1 = ctx.lastActors;
            flags.add("actor1_from_context");
        }
        if (f.type() != null) {
            ctx.lastType = f.type();
        }
        if (!a1.isEmpty()) {
            ctx.lastActors = a1;
        }
        Modality modality = f.modality();
        if (!carried.isEmpty()) {
            modality = ModalityReader.stronger(modality, Modality.REPORTED);
        }
        if (reading == EpisodicReading.Reading.AIM && modality.assertsOccurrence()) {
            modality = Modality.HYPOTHETICAL;
            flags.add("aim");
        }
        if (reading == EpisodicReading.Reading.PROSPECTIVE && modality.assertsOccurrence()) {
            modality = Modality.PREDICTED;
        }
        if (f.statistic()) {
            if (f.count() != null && f.type() != null) {
                flags.add("average");
                out.add(report(doc, section, ev, ordinal++, ReportKind.COUNT, toks, f, a1, modality, chain, flags)
                        .withMeasures(fm));
            }
            return ordinal;
        }
        Report event = report(doc, section, ev, ordinal++, ReportKind.EVENT, toks, f, a1, modality, chain, flags)
                .withMeasures(fm);
        SubEventType turn = gatherings.cue(toks, 0, toks.size());
        // "Police arrested three rebels" after a protest is no intervention at it
        boolean armedTarget = f.actor2().stream().anyMatch(x -> !x.civilian());
        ctx.anchors.put(event.id(), new DiscourseJoiner.Anchor(ctx.sentence,
                definite.at(toks, f.anchor(), f.trigger().verb())
                        || f.place() == null && f.trigger().verb() && definite.subjectAt(toks, f.anchor()),
                f.trigger().weight() == 1, turn,
                CrowdRules.gathering(f.type()) || gatherings.about(toks, 0, toks.size())
                        || !armedTarget && gatherings.stepsIn(toks, 0, toks.size(), turn)));
        if (CrowdRules.gathering(f.type()) && modality.assertsOccurrence()) {
            ctx.lastGathering = ctx.sentence;
        }
        out.add(event);
        return ordinal;
    }

    private Report report(Document doc, Section section, Evidence ev, int ordinal, ReportKind kind, List<Token> toks,
                          ClauseFacts f, List<ActorRef> a1, Modality modality, List<Attribution> chain,
                          List<String> flags) {
        String text = doc.text();
        Mention trigger = Token.mention(text, toks, f.anchor(), f.anchorEnd());
        TriggerLexicon.TypeInfo info = f.type() == null ? null : triggerLex.types().get(f.type());
        String mode = f.trigger().ploverMode() != null && f.type() != null
                && f.type().eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                ? f.trigger().ploverMode() : info == null ? null : info.ploverMode();
        Location loc = f.place() == null ? null
                : Location.unresolved(Token.mention(text, toks, f.place().start(), f.place().end()));
        return new Report(Report.idFor(doc.id(), ev.span(), ordinal), kind, null, doc.id(), section.kind(), ev, trigger,
                f.type(), info == null ? null : info.ploverEvent(), mode, info == null ? null : info.cameoRoot(),
                a1, NameSpan.refs(text, toks, f.actor2()), NameSpan.refs(text, toks, f.assocActor1()), List.of(), loc,
                null, f.fatalities(), f.injured(), f.count(), modality, chain, flags);
    }

    /** After "X reported:", the claim runs to the end of the next paragraph, or of the quote section that follows. */
    private static int scopeAfterColon(Document doc, int from, Section current) {
        String text = doc.text();
        int p = from;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        for (Section s : doc.sections()) {
            if (s != current && s.kind() == SectionKind.QUOTE && s.span().start() <= p && p < s.span().end() + 1
                    && s.span().end() > p) {
                return s.span().end();
            }
        }
        int blank = text.indexOf("\n\n", p);
        int end = blank < 0 ? text.length() : blank;
        return Math.min(end, Math.max(p, current.span().end()) == p ? end : end);
    }

    /** A list of headlines: a line without final punctuation where most words are capitalised. */
    private static boolean looksLikeHeadline(List<Token> toks) {
        Token last = toks.get(toks.size() - 1);
        if (last.isPunct() && ".!?:\"\u201d".contains(last.text())) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : toks) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (t.capitalised()) {
                    caps++;
                }
            }
        }
        return words >= 2 && words <= 20 && caps * 2 >= words + 1;
    }
}
