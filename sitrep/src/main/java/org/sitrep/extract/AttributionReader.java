package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.NameKey;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;

/**
 * Reads who says so in one sentence, innermost first: "Rami Abdel Rahman, director of the observatory, told AFP"
 * gives speaker, organisation, outlet; "SOHR cited local activists" gives the activists then SOHR;
 * "according to pro-regime newspaper al-Watan" gives the outlet. Pronoun speakers are left out.
 * The tokens it uses are returned so they are not taken as actors of the reported event.
 */
final class AttributionReader {
    private static final Set<String> PRONOUNS = ClosedClass.of("pronouns");
    private static final Set<String> NP_STOP = ClosedClass.of("np-stop");
    private static final Set<String> ROLE_WORDS = ClosedClass.of("role-words");
    /** Time words that only link a time phrase ("on", "late"); a trailing phrase of these alone is kept. */
    private static final Set<String> TIME_LINKS = ClosedClass.of("time-links");
    /** Words that never occur in a source's name (auxiliaries, copulas): the phrase is a clause. */
    private static final Set<String> NAME_BREAKERS = ClosedClass.of("source-name-breakers");
    /** Words that are no source when they stand alone (conjunctions). */
    private static final Set<String> NAME_FILLERS = ClosedClass.of("source-name-fillers");

    /** The attribution of a sentence. {@code used} marks tokens that belong to it. */
    record Result(List<Attribution> chain, Modality modality, int verb, boolean[] used) {
        boolean isEmpty() {
            return chain.isEmpty() && modality == null;
        }
    }

    private final TriggerLexicon triggerLex;
    private final ModalityCues modalLex;
    private final SourceLexicon sourceLex;

    AttributionReader(TriggerLexicon triggerLex, ModalityCues modalLex, SourceLexicon sourceLex) {
        this.triggerLex = triggerLex;
        this.modalLex = modalLex;
        this.sourceLex = sourceLex;
    }

    Result read(String text, List<Token> toks, NameSpotter.Names names) {
        int n = toks.size();
        boolean[] used = new boolean[n];
        List<Attribution> chain = new ArrayList<>();
        Modality modality = null;
        int verb = -1;
        for (int i = 0; i < n && verb < 0; i++) {
            Token t = toks.get(i);
            if (t.is("according") && i + 1 < n && toks.get(i + 1).is("to")) {
                int[] np = npAfter(toks, i + 2);
                if (np != null) {
                    addEach(chain, text, toks, np[0], np[1]);
                    mark(used, i, np[1]);
                    modality = Modality.REPORTED;
                }
                continue;
            }
            PhraseSet.Match<ModalityCues.Reporting> m = modalLex.reporting().at(toks, i);
            if (m == null || (t.capitalised() && i > 0) || names.inParens()[i]) {
                continue;
            }
            String objectRole = m.value().objectRole();
            if ("source".equals(objectRole) && citedBy(text, toks, i, m.end(), chain, used)) {
                // "Activists cited by the monitor said": the cited are the speaker, who cites them is next in
                // the chain, and the finite verb after the agent carries the attribution
                i = m.end();
                continue;
            }
            verb = i;
            modality = m.value().modality();
            used[i] = true;
            List<Attribution> local = new ArrayList<>();
            int[] obj = "outlet".equals(objectRole) || "source".equals(objectRole) ? npAfter(toks, i + 1) : null;
            if (obj != null && "source".equals(objectRole)) {
                add(local, text, toks, obj[0], obj[1], Attribution.Role.SPEAKER);
                mark(used, obj[0], obj[1]);
            }
            // "told AFP", "cited activists": the object is the outlet or cited source, never an inverted subject
            // a subject already read ("Activists cited by the monitor said") is not read again
            if ((obj != null || !inverted(text, toks, i, local, used)) && !(i > 0 && used[i - 1])) {
                subject(text, toks, i, local, used);
            }
            if (obj != null && "outlet".equals(objectRole)) {
                // "told our reporter": the page's own staff is no further link; the page's outlet covers it
                if (!sourceLex.words("own-staff").contains(toks.get(obj[0]).lower())) {
                    add(local, text, toks, obj[0], obj[1], Attribution.Role.OUTLET);
                }
                mark(used, obj[0], obj[1]);
            }
            chain.addAll(0, local);
        }
        return new Result(List.copyOf(chain), modality, verb, used);
    }

    /**
     * "X cited by Y said ...": a citing participle with its agent after the speaker. Adds X (speaker) and Y
     * (organisation) to the chain, innermost first, and marks them used; false when the words are not so.
     */
    private boolean citedBy(String text, List<Token> toks, int verb, int verbEnd, List<Attribution> chain,
                            boolean[] used) {
        if (verbEnd + 1 >= toks.size() || !toks.get(verbEnd).is("by") || verb == 0) {
            return false;
        }
        int[] agent = npAfter(toks, verbEnd + 1);
        int s = npStartBefore(toks, verb);
        if (agent == null || s >= verb) {
            return false;
        }
        add(chain, text, toks, s, verb, Attribution.Role.SPEAKER);
        add(chain, text, toks, agent[0], agent[1], Attribution.Role.ORGANISATION);
        mark(used, s, agent[1]);
        return true;
    }

    /**
     * "..., said Rami Abdel Rahman, who heads the Observatory." or "..., said the ministry on 25 October.": a
     * reporting verb right after a comma (or closing quote) whose subject follows it. The subject runs to the end of
     * the sentence, a comma or a relative/appositive clause describing it; "said that ..." is no such case.
     */
    private boolean inverted(String text, List<Token> toks, int verb, List<Attribution> out, boolean[] used) {
        if (verb == 0 || !(toks.get(verb - 1).is(",") || isQuote(toks.get(verb - 1)))) {
            return false;
        }
        int[] np = npAfter(toks, verb + 1);
        if (np == null || onlyTime(toks, np[0], np[1])
                || !PRONOUNS.contains(toks.get(np[0]).lower()) && !closesSentence(toks, np[1])) {
            return false;
        }
        int e = np[1];
        mark(used, np[0], e);
        if (e - np[0] == 1 && PRONOUNS.contains(toks.get(np[0]).lower())) {
            return true;
        }
        if (e + 1 < toks.size() && toks.get(e).is(",")) {
            int[] desc = npAfter(toks, e + 1 + (toks.get(e + 1).is("who") ? 1 : 0));
            if (desc != null && toks.get(e + 1).is("who")) {
                // ", who heads the Observatory": the speaker leads the organisation named after the verb
                add(out, text, toks, np[0], e, Attribution.Role.SPEAKER);
                int lead = desc[0];
                if (sourceLex.words("leads").contains(toks.get(lead).lower())
                        && lead + 1 < desc[1]) {
                    add(out, text, toks, lead + 1, desc[1], Attribution.Role.ORGANISATION);
                } else if (describes(toks, lead, desc[1])) {
                    organisationIn(text, toks, lead, desc[1], out);
                }
                mark(used, e, desc[1]);
                return true;
            }
            if (desc != null && describes(toks, desc[0], desc[1])) {
                // ", head of the Observatory": an apposition naming the speaker's role and organisation
                add(out, text, toks, np[0], e, Attribution.Role.SPEAKER);
                organisationIn(text, toks, desc[0], desc[1], out);
                mark(used, e, desc[1]);
                return true;
            }
        }
        addEach(out, text, toks, np[0], e);
        return true;
    }

    /** After a subject that follows its verb: sentence end, a comma, a closing quote or bracket. */
    private static boolean closesSentence(List<Token> toks, int e) {
        if (e >= toks.size()) {
            return true;
        }
        Token t = toks.get(e);
        return t.is(".") || t.is(",") || t.is(";") || t.is(")") || isQuote(t);
    }

    private static boolean isQuote(Token t) {
        return t.is("\"") || t.is("\u201d") || t.is("'") || t.is("\u2019");
    }

    /** The speaker before a reporting verb, with an apposition on either side of a comma. */
    private void subject(String text, List<Token> toks, int verb, List<Attribution> out, boolean[] used) {
        int e = verb;
        if (e > 1 && toks.get(e - 1).is(",")) {
            // "X, spokesman of Y, told": step over the comma that closes the apposition
            e--;
        }
        int s = npStartBefore(toks, e);
        if (s >= e) {
            return;
        }
        mark(used, e, verb);
        if (relativeApposition(text, toks, s, e, out, used)) {
            return;
        }
        if (e - s == 1 && PRONOUNS.contains(toks.get(s).lower())) {
            used[s] = true;
            return;
        }
        mark(used, s, e);
        // apposition: "A, B told" where one of A and B describes the other
        int as = -1;
        if (s >= 2 && toks.get(s - 1).is(",")) {
            int ae = s - 1;
            int a0 = npStartBefore(toks, ae);
            // the other half of an apposition opens its own phrase; "shot by soldiers at the gate, police
            // spokesman X wrote" has only the tail of the event before the comma
            if (a0 < ae && (a0 == 0 || toks.get(a0 - 1).isPunct())) {
                as = a0;
                // "Rami ..., director of the observatory, told": the described name is before the first comma
                if (a0 >= 1 && toks.get(a0 - 1).is(",") && describes(toks, s, e)) {
                    int n0 = npStartBefore(toks, a0 - 1);
                    if (n0 < a0 - 1) {
                        add(out, text, toks, s, e, null);
                        mark(used, n0, e);
                        return;
                    }
                }
                if (describes(toks, a0, ae)) {
                    add(out, text, toks, s, e, Attribution.Role.SPEAKER);
                    organisationIn(text, toks, a0, ae, out);
                    mark(used, a0, e);
                    return;
                }
                if (describes(toks, s, e)) {
                    add(out, text, toks, a0, ae, Attribution.Role.SPEAKER);
                    organisationIn(text, toks, s, e, out);
                    mark(used, a0, e);
                    return;
                }
            }
        }
        if (describes(toks, s, e) && hasOwner(toks, s, e)) {
            add(out, text, toks, s, e, Attribution.Role.SPEAKER);
            organisationIn(text, toks, s, e, out);
            return;
        }
        addEach(out, text, toks, s, e);
    }

    /**
     * Two sources joined by "and" are two links: "the Observatory and a pro-government news website". Split only
     * where an article opens the second, so a name with "and" inside ("Ministry of Defence and Security") stays whole.
     */
    private void addEach(List<Attribution> out, String text, List<Token> toks, int s, int e) {
        for (int j = s + 1; j + 2 < e + 1; j++) {
            Token next = j + 1 < e ? toks.get(j + 1) : null;
            if (toks.get(j).is("and") && next != null && (next.is("a") || next.is("an") || next.is("the"))) {
                add(out, text, toks, s, j, null);
                add(out, text, toks, j + 1, e, null);
                return;
            }
        }
        add(out, text, toks, s, e, null);
    }

    /**
     * "Rami Abdel Rahman, who heads the Observatory, said": the phrase before the verb is a relative clause, never a
     * name. The speaker is the name before ", who"; the clause gives the organisation when its verb says the speaker
     * leads it ("heads", "runs") or it describes a role ("who is spokesman of the council").
     */
    private boolean relativeApposition(String text, List<Token> toks, int s, int e, List<Attribution> out,
            boolean[] used) {
        if (s < 3 || !toks.get(s - 1).is("who") || !toks.get(s - 2).is(",")) {
            return false;
        }
        int ne = s - 2;
        int n0 = npStartBefore(toks, ne);
        if (n0 >= ne) {
            return false;
        }
        mark(used, n0, e);
        if (ne - n0 == 1 && PRONOUNS.contains(toks.get(n0).lower())) {
            return true;
        }
        add(out, text, toks, n0, ne, Attribution.Role.SPEAKER);
        if (sourceLex.words("leads").contains(toks.get(s).lower()) && s + 1 < e) {
            add(out, text, toks, s + 1, e, Attribution.Role.ORGANISATION);
        } else if (describes(toks, s, e)) {
            organisationIn(text, toks, s, e, out);
        }
        return true;
    }

    /** End of a source phrase without its trailing time words: "the ministry late on Friday" ends at "ministry". */
    private int withoutTimeTail(List<Token> toks, int s, int e) {
        Set<String> time = sourceLex.words("time");
        int j = e;
        boolean timeNoun = false;
        while (j > s + 1 && (toks.get(j - 1).isWord() && time.contains(toks.get(j - 1).lower())
                || toks.get(j - 1).isNumber() && timeNeighbour(toks, j - 1) || month(toks, j - 1))) {
            // "on", "late", "this" alone may belong to a name; a tail counts only with a day or time word in it
            timeNoun |= toks.get(j - 1).isWord() && !TIME_LINKS.contains(toks.get(j - 1).lower());
            j--;
        }
        return timeNoun ? j : e;
    }

    /**
     * Start of a source phrase without its leading time words: "On Saturday October 24 Almasdar news" starts at
     * "Almasdar", "On Saturday the SDF" at "SDF". Only when a day or time word is among them (a leading "on" or
     * "this" alone may belong to a name), and only when something is left.
     */
    private int withoutTimeHead(List<Token> toks, int s, int e) {
        Set<String> time = sourceLex.words("time");
        int j = s;
        boolean timeNoun = false;
        while (j < e - 1 && (toks.get(j).isWord() && time.contains(toks.get(j).lower())
                || toks.get(j).isNumber() && timeNeighbour(toks, j) || month(toks, j) || toks.get(j).is(","))) {
            timeNoun |= toks.get(j).isWord() && !TIME_LINKS.contains(toks.get(j).lower());
            j++;
        }
        if (!timeNoun) {
            return s;
        }
        while (j < e - 1 && (toks.get(j).is("the") || toks.get(j).is("a") || toks.get(j).is("an"))) {
            j++;
        }
        return j;
    }

    /**
     * Words that cannot be a source's name: a clause ("assessments are based on", "it determines": an auxiliary,
     * or a pronoun opening it) or a conjunction alone ("and").
     */
    private static boolean notAName(List<Token> toks, int s, int e) {
        if (e - s == 1 && NAME_FILLERS.contains(toks.get(s).lower())) {
            return true;
        }
        if (e - s > 1 && PRONOUNS.contains(toks.get(s).lower())) {
            return true;
        }
        for (int i = s; i < e; i++) {
            // "Amira May" is a name; lower-case "may" is the auxiliary
            if (NAME_BREAKERS.contains(toks.get(i).lower()) && !toks.get(i).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Start of a source's name after hyphenated descriptors: "UK-based Syrian Observatory" starts at "Syrian".
     * Only when a capitalised name follows; "British-based monitor" has no other name and stays whole.
     */
    private int withoutDescriptor(List<Token> toks, int s, int e) {
        Set<String> descriptor = sourceLex.words("descriptor");
        Set<String> prefix = sourceLex.words("prefix");
        int i = s;
        while (i + 1 < e && toks.get(i).isWord() && toks.get(i + 1).glued()
                && (descriptor.contains(toks.get(i + 1).lower()) || prefix.contains(toks.get(i).lower()))) {
            i += 2;
            while (i < e && toks.get(i).glued()) {
                i++;
            }
        }
        while (i < e && (toks.get(i).is("the") || toks.get(i).is("a") || toks.get(i).is("an"))) {
            i++;
        }
        return i > s && i < e && toks.get(i).capitalised() ? i : s;
    }

    private boolean describes(List<Token> toks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (ROLE_WORDS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwner(List<Token> toks, int s, int e) {
        for (int i = s; i < e; i++) {
            if (toks.get(i).is("'s") || toks.get(i).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** "spokesman of the ministry" / "the ministry's spokesman": the organisation part. */
    private void organisationIn(String text, List<Token> toks, int s, int e, List<Attribution> out) {
        for (int i = s; i < e; i++) {
            if (toks.get(i).is("of") && i + 1 < e) {
                add(out, text, toks, i + 1, e, Attribution.Role.ORGANISATION);
                return;
            }
            if (toks.get(i).is("'s") && i > s) {
                add(out, text, toks, s, i, Attribution.Role.ORGANISATION);
                return;
            }
        }
    }

    /**
     * A day number beside a time word ("on 25 October", "October 25"): part of a time tail, so a source's name
     * neither stops at it nor keeps it.
     */
    private boolean timeNeighbour(List<Token> toks, int i) {
        Set<String> months = sourceLex.words("month");
        return i > 0 && months.contains(toks.get(i - 1).lower())
                || i + 1 < toks.size() && months.contains(toks.get(i + 1).lower());
    }

    /** A month name used as a date: beside a day number or after a time link ("on 25 October", "in March"). */
    private boolean month(List<Token> toks, int i) {
        if (!sourceLex.words("month").contains(toks.get(i).lower())) {
            return false;
        }
        boolean numberBeside = i > 0 && toks.get(i - 1).isNumber() || i + 1 < toks.size() && toks.get(i + 1).isNumber();
        return numberBeside || i > 0 && (toks.get(i - 1).is("in") || TIME_LINKS.contains(toks.get(i - 1).lower()));
    }

    /** Only time words and day numbers: "on 25 October" is a time, never a source. */
    private boolean onlyTime(List<Token> toks, int s, int e) {
        Set<String> time = sourceLex.words("time");
        for (int i = s; i < e; i++) {
            Token t = toks.get(i);
            if (!(t.isWord() && time.contains(t.lower()) || t.isNumber() || month(toks, i) || t.is("in"))) {
                return false;
            }
        }
        return true;
    }

    private int npStartBefore(List<Token> toks, int e) {
        int s = e;
        while (s > 0 && e - s < 9) {
            Token t = toks.get(s - 1);
            // "on 12 March": a date's day and month (even "March", also an event word) stay in the phrase
            if (t.isNumber() && timeNeighbour(toks, s - 1) || month(toks, s - 1)) {
                s--;
                continue;
            }
            // "residents of regime-held Aleppo": the second half of a hyphenated modifier starts no act or report
            boolean modifierHalf = t.glued() && s >= 2 && toks.get(s - 2).isWord();
            if (!(t.isWord() || t.is("'s")) || NP_STOP.contains(t.lower()) || !modifierHalf
                    && (triggerLex.triggers().startsWith(t.lower()) || modalLex.reporting().startsWith(t.lower()))) {
                break;
            }
            s--;
        }
        return s;
    }

    /** A noun phrase after position i, up to punctuation or a clause word; null when none. */
    private int[] npAfter(List<Token> toks, int i) {
        int e = i;
        while (e < toks.size() && e - i < 9) {
            Token t = toks.get(e);
            if (t.isNumber() && timeNeighbour(toks, e) || month(toks, e)) {
                e++;
                continue;
            }
            if (!(t.isWord() || t.is("'s")) || NP_STOP.contains(t.lower()) || modalLex.reporting().startsWith(t.lower())
                    || (e > i && triggerLex.triggers().startsWith(t.lower()))) {
                break;
            }
            e++;
        }
        return e > i ? new int[] {i, e} : null;
    }

    private void add(List<Attribution> out, String text, List<Token> toks, int s, int e, Attribution.Role role) {
        while (s < e && (toks.get(s).is("the") || toks.get(s).is("a") || toks.get(s).is("an"))) {
            s++;
        }
        if (s >= e) {
            return;
        }
        e = withoutTimeTail(toks, s, e);
        s = withoutTimeHead(toks, s, e);
        s = withoutDescriptor(toks, s, e);
        if (s >= e || notAName(toks, s, e)) {
            return;
        }
        Mention m = Token.mention(text, toks, s, e);
        String name = m.text();
        Attribution.Role r = role != null && role != Attribution.Role.SPEAKER ? role : roleOf(toks, s, e, role);
        // "pro-regime newspaper al-Watan": the name is the capitalised tail after the descriptive words
        if (r == Attribution.Role.OUTLET && !toks.get(s).capitalised()) {
            int c = e;
            while (c > s && (toks.get(c - 1).capitalised() || toks.get(c - 1).glued()
                    || toks.get(c - 1).lower().equals("al"))) {
                c--;
            }
            if (c < e && c > s) {
                m = Token.mention(text, toks, c, e);
                name = m.text();
            }
        }
        out.add(new Attribution(name, r, m));
    }

    private Attribution.Role roleOf(List<Token> toks, int s, int e, Attribution.Role fallback) {
        PhraseSet.Match<Attribution.Role> known = null;
        for (int i = s; i < e && known == null; i++) {
            known = sourceLex.sources().at(toks, i, e);
        }
        if (known != null) {
            return known.value();
        }
        for (int i = s; i < e; i++) {
            Attribution.Role r = sourceLex.sourceWords().get(toks.get(i).lower().toLowerCase(Locale.ROOT));
            if (r != null) {
                return r;
            }
        }
        return fallback != null ? fallback : Attribution.Role.SPEAKER;
    }

    private static void mark(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) {
            used[i] = true;
        }
    }

    /** The document's own outlet named as a source: the document speaking, which attributes nothing. */
    static boolean isDocumentOutlet(Document doc, Attribution a) {
        return doc.outlet() != null && !doc.outlet().isBlank() && NameKey.of(a.name()).equals(NameKey.of(doc.outlet()));
    }
}
