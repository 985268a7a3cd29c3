package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;
import org.sitrep.resolve.ReportPlacer;

/**
 * Places reports with the gazetteer, using every toponym of the document as context (co-mentioned places and
 * governorates, relative cues). Locations the resolver is not confident about stay unresolved, with candidates.
 */
public final class GazetteerPlacer implements ReportPlacer {
    private final PlaceResolver resolver;
    private final Toponyms toponyms;

    public GazetteerPlacer(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(gazetteer);
        this.toponyms = new Toponyms(gazetteer);
    }

    @Override
    public List<Report> place(Document document, List<Report> reports) {
        if (reports.stream().noneMatch(r -> r.location() != null && !r.location().resolved())) {
            return reports;
        }
        List<Mention> context = toponyms.mentions(document.text());
        List<Report> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            Location loc = r.location();
            if (loc == null || loc.resolved()) {
                out.add(r);
                continue;
            }
            out.add(r.withLocation(resolver.resolve(loc, new PlaceContext(document.text(), context,
                    r.evidence().span()))));
        }
        return out;
    }
}
