package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.knowledge.places.Qualifiers;

/**
 * Finds actor, place and source names in one sentence: knowledge-base names first (longest wins, actors on ties),
 * then actor phrases built around head nouns ("government troops", "fighters of the Islamic State"), acronyms,
 * capitalised names right before an event verb or after "by", and places after locative prepositions or before
 * place nouns ("Soran town"). Text in parentheses never names an actor or place (aliases, map colours).
 */
final class NameSpotter {
    private static final Set<String> PARTICLES = ClosedClass.of("particles");
    private static final Set<String> DIRECTIONS = ClosedClass.of("directions");

    private static final Set<String> GENERIC_PLACE_ADJECTIVES = ClosedClass.of("generic-place-adjectives");
    /** Participles after a hyphen that make a side word describe a place: "government-held", "rebel-controlled". */
    private static final Set<String> CONTROL = ClosedClass.of("control");
    /** Words of doubt between an actor head and the side it is thought to belong to: "jets believed to be Russian". */
    private static final Set<String> DOUBT = ClosedClass.of("doubt");
    private static final Set<String> FACILITY_NOUNS = ClosedClass.of("facility-nouns");

    private final TriggerLexicon triggerLex;
    private final NumberWords numberLex;
    private final ActorLexicon actorLex;
    private final PlaceLexicon placeLex;
    private final SourceLexicon sourceLex;
    private final PhraseLexicon actorNames;
    private final PhraseLexicon placeNames;
    private final GovernmentSeats seats;

    /** A spotter over the bundled lexicons and the given actor and place names. */
    static NameSpotter of(ExtractLexicons lx, PhraseLexicon actorNames, PhraseLexicon placeNames) {
        return new NameSpotter(lx.triggers(), lx.numbers(), lx.actors(), lx.places(), lx.sources(),
                new GovernmentSeats(lx.triggers(), lx.modality(), lx.government()), actorNames, placeNames);
    }

    NameSpotter(TriggerLexicon triggerLex, NumberWords numberLex, ActorLexicon actorLex, PlaceLexicon placeLex,
                SourceLexicon sourceLex, GovernmentSeats seats, PhraseLexicon actorNames, PhraseLexicon placeNames) {
        this.triggerLex = triggerLex;
        this.numberLex = numberLex;
        this.actorLex = actorLex;
        this.placeLex = placeLex;
        this.sourceLex = sourceLex;
        this.actorNames = actorNames;
        this.placeNames = placeNames;
        this.seats = seats;
    }

    /** Names of one sentence; lists sorted by position. */
    record Names(List<NameSpan> actors, List<NameSpan> places, List<NameSpan> sources, boolean[] inParens) {
    }

    Names spot(String text, List<Token> toks, int sentStart, int sentEnd) {
        int n = toks.size();
        boolean[] paren = parens(toks);
        int[] owner = new int[n]; // 0 free, 1 actor, 2 place, 3 source
        List<NameSpan> actors = new ArrayList<>();
        List<NameSpan> places = new ArrayList<>();
        List<NameSpan> sources = new ArrayList<>();

        // sources first: their names are never actors of the events they report
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<org.sitrep.model.Attribution.Role> m = sourceLex.sources().at(toks, i);
            if (m != null && free(owner, m.start(), m.end())) {
                sources.add(span(text, toks, m.start(), m.end(), false, true));
                mark(owner, m.start(), m.end(), 3);
                i = m.end() - 1;
            }
        }
        // knowledge-base names
        List<int[]> kb = new ArrayList<>();
        for (NameHit h : actorNames.scan(text, sentStart, sentEnd)) {
            int[] r = tokenRange(toks, h.span().start(), h.span().end());
            // short acronyms ("IS", "US") only in capitals: lower-case "is" and "us" are words
            boolean shortLower = h.matched().length() <= 3 && !h.matched().equals(h.matched().toUpperCase());
            if (r != null && !shortLower) {
                kb.add(new int[] {r[0], r[1], 1});
            }
        }
        for (NameHit h : placeNames.scan(text, sentStart, sentEnd)) {
            int[] r = tokenRange(toks, h.span().start(), h.span().end());
            if (r != null && !nameGoesOn(toks, r[1])) {
                kb.add(new int[] {qualifiedFrom(toks, r[0]), r[1], 2});
            }
        }
        kb.sort(Comparator.<int[]>comparingInt(r -> -(r[1] - r[0])).thenComparingInt(r -> r[2]));
        for (int[] r : kb) {
            if (free(owner, r[0], r[1]) && !anyParen(paren, r[0], r[1])) {
                mark(owner, r[0], r[1], r[2]);
                (r[2] == 1 ? actors : places).add(span(text, toks, r[0], r[1], r[2] == 1 && civilianName(toks, r),
                        true));
            }
        }
        headPhrases(text, toks, owner, paren, actors);
        acronyms(text, toks, owner, paren, actors);
        verbSubjects(text, toks, owner, paren, actors);
        patternPlaces(text, toks, owner, paren, places);
        seatsOfGovernment(places, actors, sources, toks);
        statesAsForces(actors);
        actors.sort(Comparator.comparingInt(NameSpan::start));
        places.sort(Comparator.comparingInt(NameSpan::start));
        return new Names(List.copyOf(actors), List.copyOf(places), List.copyOf(sources), paren);
    }

    /**
     * "Lower Buqrus", "Eastern Maliha": a capitalised qualifier right before a known name is part of the village's
     * name (the resolver tries it moved and translated, "Buqrus Tahtani", and else the bare name); left alone it
     * would be spotted as a place of its own after "in".
     */
    private static int qualifiedFrom(List<Token> toks, int start) {
        if (start < 1) {
            return start;
        }
        Token q = toks.get(start - 1);
        return q.capitalised() && !q.glued() && Qualifiers.partQualifier(q.text()) ? start - 1 : start;
    }

    /**
     * "Khan al-Sabeel town": a known name ("Khan") followed by an article glued to a capitalised word is the first
     * word of a longer name the gazetteer does not know, not that place.
     */
    private static boolean nameGoesOn(List<Token> toks, int end) {
        return end + 1 < toks.size() && PARTICLES.contains(toks.get(end).lower()) && !toks.get(end).is("of")
                && toks.get(end + 1).glued() && toks.get(end + 1).capitalised();
    }

    /**
     * "Moscow denied", "Ankara sent tanks", "accused Ankara of": a capital standing for its government is no place;
     * it acts (an actor) or speaks (a source, which the attribution reader may name and which is never an actor).
     */
    private void seatsOfGovernment(List<NameSpan> places, List<NameSpan> actors, List<NameSpan> sources,
                                   List<Token> toks) {
        for (int q = places.size() - 1; q >= 0; q--) {
            NameSpan p = places.get(q);
            GovernmentSeats.Reading r = seats.read(toks, p.start(), p.end());
            if (r != GovernmentSeats.Reading.PLACE) {
                places.remove(q);
                NameSpan government = new NameSpan(p.start(), p.end(), p.name(), false, p.known());
                (r == GovernmentSeats.Reading.ACTOR ? actors : sources).add(government);
            }
        }
        sources.sort(Comparator.comparingInt(NameSpan::start));
    }

    /**
     * "Turkey shelled", "Israel struck": a bare country name acting in an event stands for its military forces, so
     * the actor is named after them (the mention keeps the text as written).
     */
    private void statesAsForces(List<NameSpan> actors) {
        for (int q = 0; q < actors.size(); q++) {
            NameSpan a = actors.get(q);
            String forces = actorLex.stateForces().get(a.name());
            if (forces != null) {
                actors.set(q, new NameSpan(a.start(), a.end(), forces, a.civilian(), a.known()));
            }
        }
    }

    /** Actor phrases built leftwards from head nouns, right to left so "government troops" is one phrase. */
    private void headPhrases(String text, List<Token> toks, int[] owner, boolean[] paren, List<NameSpan> actors) {
        int n = toks.size();
        for (int i = n - 1; i >= 0; i--) {
            if (owner[i] != 0 || paren[i]) {
                continue;
            }
            PhraseSet.Match<Boolean> head = headEndingAt(toks, i);
            if (head == null || !free(owner, head.start(), head.end())) {
                continue;
            }
            // "a government-held district": the side word describes who holds a place, it is no actor here
            if (head.end() < n && toks.get(head.end()).glued() && CONTROL.contains(toks.get(head.end()).lower())) {
                continue;
            }
            // "Sidnaya Military Prison": a head written as part of a facility's proper name is no actor
            if (head.end() < n && toks.get(head.start()).capitalised() && toks.get(head.end()).capitalised()
                    && FACILITY_NOUNS.contains(toks.get(head.end()).lower())) {
                continue;
            }
            int s = phraseStart(toks, owner, paren, head.start(), head.value());
            // a knowledge-base name swallowed on the left is now part of this phrase
            final int from = s;
            final int headEnd = head.end();
            actors.removeIf(a -> a.start() >= from && a.end() <= headEnd);
            int e = phraseEnd(toks, owner, s, head);
            // "an off-duty policeman", "armed men": status words can turn the head's reading
            boolean civilian = actorLex.status().civilian(toks, s, head.start(), e, head.value());
            mark(owner, s, e, 0);
            mark(owner, s, e, 1);
            ellipticPartner(text, toks, owner, actors, s, e);
            actors.add(new NameSpan(s, e, forcesName(toks, s, s + 1, e, text.substring(toks.get(s).start(),
                    toks.get(e - 1).end())), civilian, false));
            i = s;
        }
    }

    /** An actor head noun (one or two words) ending at token {@code i}, or null. */
    /**
     * Whether a knowledge-base actor name is one of people who are not armed: it ends in a civilian head noun
     * ("Protesters", "demonstrators", "anti-government protesters"), read with the status words around it as a head
     * phrase is. Its words then still tell the act ("protesters gathered": a protest), as those of a spotted phrase do.
     */
    private boolean civilianName(List<Token> toks, int[] range) {
        PhraseSet.Match<Boolean> head = headEndingAt(toks, range[1] - 1);
        return head != null && head.value() && head.start() >= range[0]
                && actorLex.status().civilian(toks, range[0], head.start(), range[1], true);
    }

    private PhraseSet.Match<Boolean> headEndingAt(List<Token> toks, int i) {
        PhraseSet.Match<Boolean> head = null;
        for (int s = Math.max(0, i - 1); s <= i && head == null; s++) {
            PhraseSet.Match<Boolean> m = actorLex.actorHeads().at(toks, s);
            if (m != null && m.end() == i + 1) {
                head = m;
            }
        }
        return head;
    }

    /** Where a head's phrase starts: modifiers, capitalised words, known names and glued words to its left. */
    private int phraseStart(List<Token> toks, int[] owner, boolean[] paren, int headStart, boolean civilian) {
        int s = headStart;
        while (s > 0 && owner[s - 1] != 3 && !paren[s - 1]) {
            Token p = toks.get(s - 1);
            boolean ok = owner[s - 1] == 1
                    || (p.capitalised() && !actorLex.stopNames().contains(p.lower()) && owner[s - 1] == 0)
                    || actorLex.actorModifiers().contains(p.lower())
                    || (p.isWord() && toks.get(s).glued())
                    || (civilian && (p.isNumber() || numberLex.numberWords().startsWith(p.lower())))
                    || (p.isWord() && actorLex.actorHeads().startsWith(p.lower()) && owner[s - 1] == 0);
            if (!ok) {
                break;
            }
            s--;
        }
        return s;
    }

    /** Where a head's phrase ends: after "of the Islamic State" and a doubted side, or before "led". */
    private int phraseEnd(List<Token> toks, int[] owner, int s, PhraseSet.Match<Boolean> head) {
        int n = toks.size();
        int e = head.end();
        // "fighters of the Islamic State"
        if (e + 1 < n && toks.get(e).is("of")) {
            int j = e + 1;
            if (j < n && toks.get(j).is("the")) {
                j++;
            }
            int nameEnd = capitalisedRun(toks, j, owner);
            if (nameEnd > j) {
                e = nameEnd;
            }
        }
        // "warplanes believed to be Russian": the side goes with the phrase, doubt and all, so it is never
        // asserted as a side of its own
        e = doubtfulSide(toks, owner, e);
        // "Hayat Tahrir al-Sham led forces": the leading group is the actor, not the forces it leads
        for (int j = s + 1; j < head.start(); j++) {
            if (toks.get(j).is("led") && !toks.get(j).glued() && toks.get(j - 1).capitalised()) {
                e = j;
                break;
            }
        }
        return e;
    }

    /**
     * Elliptic coordination: "Russian and Syrian air forces" also names "Russian air forces", "Turkish and rebel
     * forces" "Turkish forces"; a lone demonym already taken as a name gives way to the expansion.
     */
    private void ellipticPartner(String text, List<Token> toks, int[] owner, List<NameSpan> actors, int s, int e) {
        final int first = s - 2;
        boolean loneName = s >= 2 && owner[first] == 1
                && actors.stream().anyMatch(a -> a.start() == first && a.end() == first + 1);
        if (s >= 2 && s + 1 < e && toks.get(s - 1).is("and") && toks.get(first).capitalised()
                && (owner[first] == 0 || loneName) && !actorLex.stopNames().contains(toks.get(first).lower())
                && (toks.get(s).capitalised() || actorLex.sideModifiers().contains(toks.get(s).lower()))) {
            actors.removeIf(a -> a.start() == first && a.end() == first + 1);
            String tail = text.substring(toks.get(s + 1).start(), toks.get(e - 1).end());
            String written = toks.get(first).text() + " " + tail;
            actors.add(new NameSpan(first, s - 1, forcesName(toks, first, s + 1, e, written), false, false));
            owner[first] = 1;
        }
    }

    /**
     * "Syrian air forces", "Russian troops": a state's demonym at {@code demonym} followed by force words only
     * [from, to) names that state's forces (state_forces.tsv); the resolver tries the words as written first.
     */
    private String forcesName(List<Token> toks, int demonym, int from, int to, String written) {
        String forces = actorLex.stateForces().get(toks.get(demonym).text());
        if (forces == null || from >= to) {
            return written;
        }
        for (int i = from; i < to; i++) {
            if (!actorLex.forceWords().contains(toks.get(i).lower())) {
                return written;
            }
        }
        return forces;
    }

    /** End of "believed to be Russian" (or "thought to be", "suspected of being") after a head, else e. */
    private int doubtfulSide(List<Token> toks, int[] owner, int e) {
        int n = toks.size();
        if (e >= n || !DOUBT.contains(toks.get(e).lower())) {
            return e;
        }
        int j = e + 1;
        if (j + 1 < n && toks.get(j).is("to") && toks.get(j + 1).is("be")) {
            j += 2;
        } else if (j + 1 < n && toks.get(j).is("of") && toks.get(j + 1).is("being")) {
            j += 2;
        } else {
            return e;
        }
        if (j < n && toks.get(j).is("the")) {
            j++;
        }
        int end = j;
        while (end < n && end - j < 4 && (toks.get(end).capitalised() || actorLex.sideModifiers().contains(toks.get(end).lower())
                || end > j && toks.get(end).glued()) && owner[end] != 3) {
            end++;
        }
        return end > j ? end : e;
    }

    /** Upper-case acronyms (ISIS, SAA, YPG) not otherwise explained. */
    private void acronyms(String text, List<Token> toks, int[] owner, boolean[] paren, List<NameSpan> actors) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (owner[i] != 0 || paren[i] || !t.isWord() || t.text().length() < 2 || t.text().length() > 6) {
                continue;
            }
            if (!t.text().chars().allMatch(Character::isUpperCase) || actorLex.stopNames().contains(t.lower())
                    || triggerLex.triggers().startsWith(t.lower())) {
                continue;
            }
            int e = i + 1;
            while (e < toks.size() && toks.get(e).glued() && owner[e] == 0) {
                e++;
            }
            mark(owner, i, e, 1);
            actors.add(span(text, toks, i, e, false, false));
        }
    }

    /** Capitalised names right before an event verb ("Hizbullah attacked") or after "by". */
    private void verbSubjects(String text, List<Token> toks, int[] owner, boolean[] paren, List<NameSpan> actors) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.is("by") && i + 1 < toks.size()) {
                int j = i + 1;
                if (toks.get(j).is("the")) {
                    j++;
                }
                int e = capitalisedRun(toks, j, owner);
                if (e > j) {
                    mark(owner, j, e, 1);
                    actors.add(span(text, toks, j, e, false, false));
                }
                continue;
            }
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, i);
            if (m == null || !m.value().verb() || i == 0) {
                continue;
            }
            int e = i;
            if (toks.get(e - 1).is(")")) {
                while (e > 0 && !toks.get(e - 1).is("(")) {
                    e--;
                }
                e--;
            }
            int s = e;
            while (s > 0 && owner[s - 1] == 0 && !paren[s - 1]
                    && (toks.get(s - 1).capitalised() || (toks.get(s).glued() && toks.get(s - 1).isWord()))) {
                s--;
            }
            // "Clashes killed 12": an event word opening the sentence is no one's name
            while (s < e && (actorLex.stopNames().contains(toks.get(s).lower()) || triggerLex.triggers().at(toks, s) != null)) {
                s++;
            }
            if (s < e) {
                mark(owner, s, e, 1);
                actors.add(span(text, toks, s, e, false, false));
            }
        }
    }

    /** Places after locative prepositions, and names before place nouns ("Soran town", "Khanasser Highway"). */
    private void patternPlaces(String text, List<Token> toks, int[] owner, boolean[] paren, List<NameSpan> places) {
        int n = toks.size();
        // "the supply line", "the main supply route": a generic place the resolver ties to the one the text names
        for (int i = 0; i + 1 < n; i++) {
            if (!toks.get(i).is("the") || owner[i] != 0 || paren[i]) {
                continue;
            }
            int j = i + 1;
            if (GENERIC_PLACE_ADJECTIVES.contains(toks.get(j).lower())) {
                j++;
            }
            PhraseSet.Match<Boolean> g = j < n ? placeLex.genericPlaces().at(toks, j) : null;
            if (g != null && free(owner, i, g.end())) {
                mark(owner, i, g.end(), 2);
                places.add(span(text, toks, i, g.end(), false, false));
            }
        }
        for (int i = 0; i < n; i++) {
            PhraseSet.Match<PlaceLexicon.Prep> p = placeLex.placePreps().at(toks, i);
            if (p == null) {
                continue;
            }
            int j = p.end();
            while (j < n && (DIRECTIONS.contains(toks.get(j).lower()) || placeLex.placeHeads().contains(toks.get(j).lower()))
                    && owner[j] == 0) {
                j++;
            }
            int e = capitalisedRun(toks, j, owner);
            if (e > j && !anyParen(paren, j, e)) {
                if (e < n && placeLex.placeHeads().contains(toks.get(e).lower()) && owner[e] == 0) {
                    e++;
                }
                mark(owner, j, e, 2);
                places.add(span(text, toks, j, e, false, false));
            }
        }
        objectsInPlaces(text, toks, owner, paren, places);
        for (int i = 0; i + 2 < n; i++) {
            // "the village of Tal Sakhr in Hama countryside": the name after a settlement noun and "of", when a
            // container follows to hold it (alone, an unknown village's near-spelling abroad would be taken)
            if (placeLex.placeHeads().contains(toks.get(i).lower()) && toks.get(i + 1).is("of")) {
                int e = capitalisedRun(toks, i + 2, owner);
                boolean held = e + 1 < n && toks.get(e).is("in") && containerAt(toks, e + 1);
                if (e > i + 2 && held && !anyParen(paren, i + 2, e)) {
                    mark(owner, i + 2, e, 2);
                    places.add(span(text, toks, i + 2, e, false, false));
                }
            }
        }
        for (int i = 1; i < n; i++) {
            if (owner[i] != 0 || paren[i] || !placeLex.placeHeads().contains(toks.get(i).lower())) {
                continue;
            }
            int s = i;
            while (s > 0 && owner[s - 1] == 0 && !paren[s - 1] && (toks.get(s - 1).capitalised()
                    || (toks.get(s).glued() && toks.get(s - 1).isWord()))) {
                s--;
            }
            while (s < i && actorLex.stopNames().contains(toks.get(s).lower())) {
                s++;
            }
            if (s < i) {
                mark(owner, s, i + 1, 2);
                places.add(span(text, toks, s, i + 1, false, false));
            } else if (s > 0 && owner[s - 1] == 2 && toks.get(i).lower().length() > 0) {
                // a known place followed by a place noun ("Raqqa countryside"): widen the known place
                for (int q = 0; q < places.size(); q++) {
                    NameSpan pl = places.get(q);
                    if (pl.end() == i) {
                        places.set(q, span(text, toks, pl.start(), i + 1, false, pl.known()));
                        owner[i] = 2;
                    }
                }
            }
        }
    }

    /** Whether a name follows "in" past articles, directions and area words ("in the northern countryside of Hama"). */
    private boolean containerAt(List<Token> toks, int from) {
        for (int i = from; i < Math.min(toks.size(), from + 6); i++) {
            Token t = toks.get(i);
            if (t.capitalised() && !t.is("the")) {
                return true;
            }
            if (!(t.is("the") || t.is("of") || DIRECTIONS.contains(t.lower())
                    || placeLex.placeHeads().contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "shelled Sfuhen in Idleb": an unknown capitalised name right after an event verb and right before "in" and a
     * known place is a place that place contains, not a person or a group (those are spotted first); without it the
     * event would be placed at the container's namesake city.
     */
    private void objectsInPlaces(String text, List<Token> toks, int[] owner, boolean[] paren, List<NameSpan> places) {
        int n = toks.size();
        for (int k = 0; k < n; k++) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, k);
            if (m == null || !m.value().verb()) {
                continue;
            }
            int j = m.end();
            int e = capitalisedRun(toks, j, owner);
            if (e > j && e + 1 < n && toks.get(e).is("in") && owner[e + 1] == 2 && !anyParen(paren, j, e)) {
                mark(owner, j, e, 2);
                places.add(span(text, toks, j, e, false, false));
            }
        }
    }

    /** End of a run of capitalised words starting at j (name particles and hyphenated parts allowed inside). */
    private int capitalisedRun(List<Token> toks, int j, int[] owner) {
        int n = toks.size();
        if (j >= n || owner[j] != 0 || !toks.get(j).capitalised() || actorLex.stopNames().contains(toks.get(j).lower())) {
            return j;
        }
        int e = j + 1;
        while (e < n && owner[e] == 0) {
            Token t = toks.get(e);
            if (t.capitalised() || (t.glued() && t.isWord())) {
                e++;
            } else if (PARTICLES.contains(t.lower()) && e + 1 < n && (toks.get(e + 1).capitalised()
                    || toks.get(e + 1).glued())) {
                e++;
            } else {
                break;
            }
        }
        while (e > j + 1 && actorLex.stopNames().contains(toks.get(e - 1).lower())) {
            e--;
        }
        return e;
    }

    private static NameSpan span(String text, List<Token> toks, int s, int e, boolean civilian, boolean known) {
        return new NameSpan(s, e, text.substring(toks.get(s).start(), toks.get(e - 1).end()), civilian, known);
    }

    static boolean[] parens(List<Token> toks) {
        boolean[] p = new boolean[toks.size()];
        int depth = 0;
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i).text();
            if (t.equals("(") || t.equals("[")) {
                depth++;
            }
            p[i] = depth > 0;
            if ((t.equals(")") || t.equals("]")) && depth > 0) {
                depth--;
            }
        }
        return p;
    }

    private static boolean anyParen(boolean[] p, int s, int e) {
        for (int i = s; i < e; i++) {
            if (p[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(int[] owner, int s, int e) {
        for (int i = s; i < e; i++) {
            if (owner[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void mark(int[] owner, int s, int e, int who) {
        for (int i = s; i < e; i++) {
            owner[i] = who;
        }
    }

    /** Token range [first, last+1) exactly covering the characters [s, e), or null. */
    static int[] tokenRange(List<Token> toks, int s, int e) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (a < 0 && t.start() >= s) {
                a = i;
            }
            if (t.end() <= e) {
                b = i + 1;
            }
        }
        return a >= 0 && b > a ? new int[] {a, b} : null;
    }
}
