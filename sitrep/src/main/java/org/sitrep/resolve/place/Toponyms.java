package org.sitrep.resolve.place;

import org.sitrep.model.ToponymResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Finds every toponym in a text and resolves each in the context of the others (the logic behind
 * {@code sitrep places}). Names come from the gazetteer's lexicon; a hit must be written as a proper name
 * (capitalised, or Arabic script) and not part of an organisation's name ("Ahrar al-Sham", "Liwa al-Quds": see
 * {@link OrganisationSpans}). Generic road mentions ("the supply line") are included. Thread-safe.
 */
public final class Toponyms {
    private static final Pattern GENERIC_ROAD = Pattern.compile(
            "\\b(?:the\\s+)(?:main\\s+|only\\s+|vital\\s+|key\\s+)?supply\\s+(?:line|route)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern LOWER_CASE_ARTICLE = Pattern.compile("^(?:al|el|ad|ash|as|ar|az|at|an)[-‐ ]");

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final OrganisationSpans organisations;

    public Toponyms() {
        this(Gazetteer.get());
    }

    /** Toponyms of the gazetteer, organisation names from the bundled actor knowledge base. */
    public Toponyms(Gazetteer gazetteer) {
        this(gazetteer, ActorKnowledgeBase.bundled());
    }

    public Toponyms(Gazetteer gazetteer, ActorKnowledgeBase actors) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.resolver = new PlaceResolver(gazetteer);
        this.organisations = new OrganisationSpans(Objects.requireNonNull(actors, "actors").names());
    }

    /** Every toponym mention in {@code text}, in text order, resolved or with its candidates. */
    public List<ToponymResult> tag(String text) {
        List<Mention> mentions = mentions(text);
        PlaceContext ctx = new PlaceContext(text, mentions, null);
        List<ToponymResult> out = new ArrayList<>();
        for (Mention m : mentions) {
            Location loc = resolver.resolve(m, ctx);
            out.add(ToponymResult.of(loc));
        }
        return out;
    }

    /**
     * Whether a mention of the text (an extractor's, say) lies in an organisation's name, so is no toponym
     * ("al-Sham" of "Ahrar al-Sham").
     */
    public boolean inOrganisationName(String text, Span mention) {
        return organisations.shields(text, mention, organisations.in(text));
    }

    /**
     * The organisation names of a text, found once, for many {@link #inOrganisationName(String, Span, List)}
     * questions about it.
     */
    SortedSpans organisationNames(String text) {
        return organisations.in(text);
    }

    /** As {@link #inOrganisationName(String, Span)} with the text's {@link #organisationNames}. */
    boolean inOrganisationName(String text, Span mention, SortedSpans organisationNames) {
        return organisations.shields(text, mention, organisationNames);
    }

    /** Toponym mentions only (no resolution). */
    public List<Mention> mentions(String text) {
        return mentions(text, organisations.in(text));
    }

    /** As {@link #mentions(String)} with the text's {@link #organisationNames}, found once by the caller. */
    List<Mention> mentions(String text, SortedSpans orgs) {
        List<Mention> out = new ArrayList<>();
        for (NameHit h : gazetteer.names().scan(text)) {
            if (properName(h.matched()) && !organisations.shields(text, h.span(), orgs)) {
                out.add(Mention.in(text, h.span()));
            }
        }
        SortedSpans names = new SortedSpans(out.stream().map(Mention::span).toList());
        Matcher m = GENERIC_ROAD.matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (!names.anyOverlaps(s)) {
                out.add(Mention.in(text, s));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static boolean properName(String matched) {
        // "al-Bab", "el-Hawa": the article may be lower case, the name itself may not
        String bare = LOWER_CASE_ARTICLE.matcher(matched).replaceFirst("");
        int c = bare.isEmpty() ? 'x' : bare.codePointAt(0);
        return Character.isUpperCase(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                || Character.isDigit(c);
    }
}
