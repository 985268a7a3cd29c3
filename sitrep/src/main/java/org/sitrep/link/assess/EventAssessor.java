package org.sitrep.link.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;
import org.sitrep.model.Report;
import org.sitrep.model.SourceTally;

/**
 * Assesses a merged event: who reported it (syndicated copies, relays and quotations of one organisation counted
 * once), where its reports disagree, and its Admiralty grade (and, for civilian harm, its Airwars grade), each
 * with reasons. Immutable and thread-safe; build one and reuse it.
 */
public final class EventAssessor {
    private final SourceRegistry registry;
    private final OriginResolver origins;
    private final SourceCounter counter;
    private final ContradictionFinder contradictions;
    private final Grader grader;
    private final ReliabilityTable reliability;
    private final SourceCoreference coreference;

    private EventAssessor(SourceRegistry registry, ReliabilityTable reliability) {
        this.registry = registry;
        this.reliability = reliability;
        this.coreference = new SourceCoreference(registry, SourceDescriptors.bundled());
        this.origins = new OriginResolver(registry, coreference);
        this.counter = new SourceCounter(origins);
        this.contradictions = ContradictionFinder.standard();
        this.grader = new Grader(reliability,
                new AirwarsRules(registry, Belligerents.bundled(), CueLexicon.bundled()), registry);
    }

    /** The bundled registry and lexicons; every source's reliability F. */
    public static EventAssessor standard() {
        return new EventAssessor(SourceRegistry.bundled(), ReliabilityTable.none());
    }

    /** An assessor over the given registry (e.g. extended by user files); reliability unchanged. */
    public EventAssessor withRegistry(SourceRegistry newRegistry) {
        return new EventAssessor(newRegistry, reliability);
    }

    /** An assessor using the reliability letters of a user's file (source TAB letter). */
    public EventAssessor withReliability(Path file) {
        return new EventAssessor(registry, ReliabilityTable.load(file, registry));
    }

    public EventAssessor withReliability(ReliabilityTable table) {
        return new EventAssessor(registry, table);
    }

    public SourceRegistry registry() {
        return registry;
    }

    /**
     * One document's reports with each source it only describes ("the monitor") named as the document names it,
     * where the description fits exactly one source the document names ({@link SourceCoreference}).
     */
    public List<Report> resolveSources(List<Report> documentReports) {
        return coreference.resolve(documentReports);
    }

    /**
     * Grades an event from its reports. Reports carrying the same evidence (one sentence read twice, or the same
     * sentence in copies of one text) are counted once.
     */
    public Event assess(Event merged, List<Report> allReports, Map<String, DocumentFacts> documents) {
        List<Report> reports = EvidenceOnce.distinct(allReports, documents);
        List<AssessedReport> assessed = prepare(reports, documents);
        SourceTally tally = counter.tally(reports, documents);
        List<Contradiction> found = contradictions.find(assessed);
        if (reports.isEmpty()) {
            return merged.withAssessment(tally, found, Grade.unjudged("no reports"));
        }
        Grade grade = grader.grade(merged, assessed, tally.independentSources(), found);
        return merged.withAssessment(tally, found, grade);
    }

    /** Contradictions among these reports (e.g. for evaluation without a merged event). */
    public List<Contradiction> contradictions(List<Report> reports, Map<String, DocumentFacts> documents) {
        return contradictions.find(prepare(reports, documents));
    }

    /** Who reported these reports, copies and relays once. */
    public SourceTally tally(List<Report> reports, Map<String, DocumentFacts> documents) {
        return counter.tally(reports, documents);
    }

    /** The origin of one report. */
    public Origin origin(Report report, Map<String, DocumentFacts> documents) {
        return origins.origin(report, documents);
    }

    private List<AssessedReport> prepare(List<Report> reports, Map<String, DocumentFacts> documents) {
        List<AssessedReport> out = new ArrayList<>();
        for (Report r : reports) {
            DocumentFacts d = documents.get(r.documentId());
            out.add(new AssessedReport(r, origins.origin(r, documents), d == null ? null : d.published()));
        }
        return out;
    }
}
