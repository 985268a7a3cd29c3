package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Report;
import org.sitrep.model.Reports;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Keys;
import org.sitrep.pipeline.Progress;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.actor.DocumentContext;
import org.sitrep.resolve.actor.DocumentPlausibility;
import org.sitrep.resolve.time.DateResolver;
import org.sitrep.resolve.time.PublicationWindow;
import org.sitrep.resolve.time.PublicationWindowInferrer;

/**
 * Resolves the actors, dates and places of a document's reports and checks them against each other: a stated
 * publication date that makes the document's names anachronistic is flagged implausible and is not used to date
 * its events; an undated document gets an inferred window instead. The document's own outlet closes every
 * attribution chain.
 */
public final class ResolveStage implements Stage {
    public static final Key<Reports> RESOLVED = Keys.RESOLVED;

    private final ActorResolver actors;
    private final DocumentPlausibility plausibility;
    private final DateResolver dates;
    private final PublicationWindowInferrer windows;
    private final ReportPlacer places;

    public ResolveStage(ActorKnowledgeBase actorKb, ReportPlacer places) {
        this.actors = new ActorResolver(actorKb);
        this.plausibility = new DocumentPlausibility(actorKb);
        this.dates = DateResolver.standard();
        this.windows = PublicationWindowInferrer.standard();
        this.places = Objects.requireNonNull(places, "places");
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.EXTRACTED);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(RESOLVED);
    }

    @Override
    public Annotated apply(Annotated in) {
        Document doc = in.document();
        Progress progress = Progress.of(in);
        long length = doc.text().length();
        List<Report> extracted = places.place(doc, in.get(Keys.EXTRACTED).items());
        progress.at(name(), length / 2, length);

        List<Report> dated = dates.resolve(doc, extracted);
        DocumentContext context = actors.context(doc);
        List<Report> resolved = resolveActors(dated, context);
        String focus = context.focus().countryCode().orElse(null);
        if (focus != null) {
            doc = doc.withAddedFlags(List.of(DocumentFlag.focusCountry(focus)));
        }
        progress.at(name(), length * 3 / 4, length);

        DocumentPlausibility.Plausibility p = plausibility.assess(doc.published(), mentionsOf(resolved),
                focus);
        if (p.implausible()) {
            List<String> flags = new ArrayList<>();
            flags.add(DocumentFlag.DATE_IMPLAUSIBLE);
            p.reasons().forEach(r -> flags.add(DocumentFlag.DATE_IMPLAUSIBLE + ": " + r));
            doc = doc.withAddedFlags(flags);
        }
        if (doc.published() == null || p.implausible()) {
            // the stated date (if any) cannot anchor the events: date them from the text and an inferred window
            Document undated = withoutDateline(doc).withPublished(null, null);
            List<PublicationWindow.LowerBound> bounds = p.lowerBound()
                    .map(d -> List.of(new PublicationWindow.LowerBound(d, "names used in the text")))
                    .orElse(List.of());
            PublicationWindow window = windows.infer(doc.text(), bounds).orElse(null);
            if (window != null) {
                doc = window.markOn(doc);
            }
            List<Report> redated = dates.resolve(undated, extracted, window);
            resolved = resolveActors(redated, actors.context(undated));
        }
        List<Report> out = new ArrayList<>(resolved.size());
        for (Report r : resolved) {
            out.add(DocumentAttribution.close(r, doc));
        }
        progress.at(name(), length, length);
        return in.withDocument(doc).with(RESOLVED, new Reports(out), name());
    }

    /**
     * The document with its stated dateline set apart as boilerplate, so an implausible date cannot come back
     * through the text as narrative focus for the dates that follow it.
     */
    private static Document withoutDateline(Document doc) {
        if (doc.publishedSource() == null) {
            return doc;
        }
        Span p = doc.publishedSource().span();
        List<Section> out = new ArrayList<>();
        boolean placed = false;
        for (Section s : doc.sections()) {
            if (!s.span().overlaps(p)) {
                out.add(s);
                continue;
            }
            if (s.span().start() < p.start()) {
                out.add(new Section(s.kind(), new Span(s.span().start(), p.start()), s.label()));
            }
            if (!placed) {
                out.add(new Section(SectionKind.BOILERPLATE, p, "implausible-dateline"));
                placed = true;
            }
            if (p.end() < s.span().end()) {
                out.add(new Section(s.kind(), new Span(p.end(), s.span().end()), s.label()));
            }
        }
        return doc.withSections(out);
    }

    private List<Report> resolveActors(List<Report> reports, DocumentContext context) {
        List<Report> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            out.add(actors.resolve(r, context));
        }
        return out;
    }

    private static List<ActorRef> mentionsOf(List<Report> reports) {
        List<ActorRef> all = new ArrayList<>();
        for (Report r : reports) {
            all.addAll(r.actor1());
            all.addAll(r.actor2());
            all.addAll(r.assocActor1());
            all.addAll(r.assocActor2());
        }
        return all;
    }
}
