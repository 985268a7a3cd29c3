package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Attribution;
import org.sitrep.model.Report;

/**
 * Within one document, a source described rather than named ("the monitor", "a British-based monitor", "the
 * observatory") stands for the one registered source the same document names that the description fits: its link
 * in the chain takes that source's registry name (the mention still points at the words written). A description
 * that fits none, or several, stays as written, and {@link #isDescription} tells the counting that it is no
 * source of its own. Thread-safe.
 */
public final class SourceCoreference {
    private final SourceRegistry registry;
    private final SourceDescriptors descriptors;

    SourceCoreference(SourceRegistry registry, SourceDescriptors descriptors) {
        this.registry = registry;
        this.descriptors = descriptors;
    }

    /** Whether a name only describes a source: not in the registry, and shaped as a description. */
    boolean isDescription(String name) {
        return registry.lookup(name).isEmpty() && descriptors.head(name).isPresent();
    }

    /** One document's reports with each description that the document resolves replaced by the source's name. */
    public List<Report> resolve(List<Report> documentReports) {
        Set<SourceEntry> named = new LinkedHashSet<>();
        for (Report r : documentReports) {
            for (Attribution a : r.attribution()) {
                registry.lookup(a.name()).ifPresent(named::add);
            }
        }
        List<Report> out = new ArrayList<>(documentReports.size());
        for (Report r : documentReports) {
            List<Attribution> chain = new ArrayList<>(r.attribution().size());
            boolean changed = false;
            for (Attribution a : r.attribution()) {
                // only the links that can be origins; a speaker speaks for the organisation stated with them
                boolean source = a.role() == Attribution.Role.ORGANISATION || a.role() == Attribution.Role.OUTLET;
                Optional<SourceEntry> meant = source ? meant(a.name(), named) : Optional.empty();
                if (meant.isPresent() && !meant.get().name().equals(a.name())) {
                    chain.add(new Attribution(meant.get().name(), a.role(), a.mention()));
                    changed = true;
                } else {
                    chain.add(a);
                }
            }
            out.add(changed ? r.withAttribution(chain) : r);
        }
        return out;
    }

    private Optional<SourceEntry> meant(String name, Set<SourceEntry> named) {
        if (!isDescription(name)) {
            return Optional.empty();
        }
        List<SourceEntry> fitting = named.stream().filter(e -> descriptors.fits(name, e)).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }
}
