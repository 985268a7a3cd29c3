package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
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
    private final NonPlaces nonPlaces;

    /** Places with the gazetteer; organisation names from the bundled actor knowledge base. */
    public GazetteerPlacer(Gazetteer gazetteer) {
        this(gazetteer, ActorKnowledgeBase.bundled());
    }

    public GazetteerPlacer(Gazetteer gazetteer, ActorKnowledgeBase actors) {
        this.resolver = new PlaceResolver(gazetteer);
        this.toponyms = new Toponyms(gazetteer, actors);
        this.nonPlaces = new NonPlaces(gazetteer);
    }

    private static boolean inText(String text, Mention m) {
        return m.span().end() <= text.length() && m.span().of(text).equals(m.text());
    }

    @Override
    public List<Report> place(Document document, List<Report> reports) {
        if (reports.stream().noneMatch(r -> r.location() != null && !r.location().resolved())) {
            return reports;
        }
        SortedSpans organisations = toponyms.organisationNames(document.text());
        PlaceContext context = new PlaceContext(document.text(), toponyms.mentions(document.text(), organisations),
                null);
        List<Report> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            Location loc = r.location();
            if (loc == null || loc.resolved()) {
                out.add(r);
                continue;
            }
            if (nonPlaces.demonym(loc.mention().text()) || inText(document.text(), loc.mention())
                    && nonPlaces.speaker(document.text(), loc.mention().span().start(), loc.mention().span().end())) {
                // "Qatar condemned the clash": Qatar speaks about the event, it is not where it happened
                out.add(r.withLocation(Location.unresolved(loc.mention())));
                continue;
            }
            if (inText(document.text(), loc.mention())
                    && toponyms.inOrganisationName(document.text(), loc.mention().span(), organisations)) {
                // "al-Sham" of "Hayat Tahrir al-Sham" names a group, not where it acted: no place, no candidates
                out.add(r.withLocation(Location.unresolved(loc.mention())));
                continue;
            }
            PlaceContext ctx = context.withEvidence(r.evidence().span());
            Location placed = resolver.routeTo(loc.mention(), ctx).orElseGet(() -> resolver.resolve(loc, ctx));
            if (!placed.resolved() && placed.candidates().isEmpty()) {
                placed = inScene(document.text(), r, placed, ctx);
            }
            out.add(r.withLocation(placed));
        }
        return out;
    }

    /**
     * A place the gazetteer has no reading of, named after the scene its sentence opened with ("in Loikaw town (Loikaw
     * district, Kayah State), a bomb exploded in Daw U Khu Ward"), lies in that scene: the scene's place, at the
     * precision it has, keeping the words the report named. Unplaced when the scene cannot be placed either.
     */
    private Location inScene(String text, Report r, Location unplaced, PlaceContext ctx) {
        Mention own = unplaced.mention();
        return SceneOpener.in(text, r.evidence().span())
                .filter(scene -> scene.span().end() <= own.span().start())
                .map(scene -> resolver.resolve(Location.unresolved(scene), ctx))
                .filter(Location::resolved)
                .map(s -> new Location(s.name(), own, s.lat(), s.lon(), s.geoPrecision(), s.gazetteerId(), s.admin1(),
                        s.country(), unplaced.candidates()))
                .orElse(unplaced);
    }
}
