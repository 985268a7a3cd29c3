package org.sitrep.link.assess;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Attribution;
import org.sitrep.model.Report;

/**
 * Finds the origin of a report: the innermost organisation in its attribution chain if any (a monitor, ministry
 * or activists' group: the outlets quoting it add no independent knowledge), else the outlet it relays, else the
 * outlet whose text its document republishes (declared by the page or found by fingerprint), else the document's
 * own outlet. Names are normalised through the registry so "SOHR" and "Syrian Observatory for Human Rights"
 * are one origin. Speakers are not origins of their own: a speaker speaks for the organisation stated with them,
 * or else is the outlet's own source. A source only described ("the monitor", "state media") that the document did
 * not resolve to a name ({@link SourceCoreference}) is unknown, never a source of its own. Thread-safe.
 */
public final class OriginResolver {
    private final SourceRegistry registry;
    private final SourceCoreference descriptions;

    public OriginResolver(SourceRegistry registry) {
        this(registry, new SourceCoreference(registry, SourceDescriptors.bundled()));
    }

    OriginResolver(SourceRegistry registry, SourceCoreference descriptions) {
        this.registry = registry;
        this.descriptions = descriptions;
    }

    public Origin origin(Report report, Map<String, DocumentFacts> documents) {
        String via = documentOutlet(report, documents);
        List<Attribution> chain = report.attribution();
        for (Attribution a : chain) {
            // a source described but not named in the document ("the monitor") is no origin of its own
            if (a.role() == Attribution.Role.ORGANISATION && !descriptions.isDescription(a.name())) {
                return new Origin(registry.canonical(a.name()), via, Origin.Path.ORGANISATION);
            }
        }
        for (Attribution a : chain) {
            if (a.role() == Attribution.Role.OUTLET && !descriptions.isDescription(a.name())) {
                return new Origin(registry.canonical(a.name()), via, Origin.Path.RELAYED);
            }
        }
        String copied = copiedOutlet(report.documentId(), documents, new HashSet<>());
        if (copied != null && !copied.equals(via)) {
            return new Origin(copied, via, Origin.Path.COPY);
        }
        return new Origin(via, via, Origin.Path.OWN);
    }

    /** The registry name of the outlet publishing the report's document; "unknown outlet (doc id)" if none known. */
    public String documentOutlet(Report report, Map<String, DocumentFacts> documents) {
        for (Attribution a : report.attribution()) {
            if (a.role() == Attribution.Role.DOCUMENT_OUTLET) {
                return registry.canonical(a.name());
            }
        }
        DocumentFacts d = documents.get(report.documentId());
        if (d != null && d.outlet() != null && !d.outlet().isBlank()) {
            return registry.canonical(d.outlet());
        }
        // unknown stays unknown, but each unknown document is its own line of reporting
        return "unknown outlet of " + report.documentId();
    }

    /** The outlet a document copies, following chains of copies; null when it is no copy. */
    String copiedOutlet(String documentId, Map<String, DocumentFacts> documents, Set<String> seen) {
        DocumentFacts d = documents.get(documentId);
        if (d == null || !seen.add(documentId)) {
            return null;
        }
        if (d.originalOutlet() != null && !d.originalOutlet().isBlank()) {
            return registry.canonical(d.originalOutlet());
        }
        if (d.duplicateOf() != null) {
            String further = copiedOutlet(d.duplicateOf(), documents, seen);
            if (further != null) {
                return further;
            }
            DocumentFacts original = documents.get(d.duplicateOf());
            if (original != null && original.outlet() != null && !original.outlet().isBlank()) {
                return registry.canonical(original.outlet());
            }
        }
        return null;
    }
}
