package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.actors.GenericMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;

/**
 * Resolves the actor references of reports against the actor knowledge base: sets id, canonical name and ACLED
 * category, or leaves the id null when the words do not fix an actor. Generic phrases ("government forces",
 * "the coalition") are read through the document's context; the verb "is" is never the Islamic State. Reports get
 * anachronism flags for names not yet in use and operations not yet begun. Stateless and thread-safe.
 */
public final class ActorResolver {
    /** "Kurdish militia (YPG)" or "Kurdish militia, the YPG," right after a generic phrase. */
    private static final Pattern APPOSITION =
            Pattern.compile("^\\s*(?:\\(([^()]{1,80})\\)|,\\s*([^,;.()]{1,80})\\s*[,;.])");
    /** "led" closing the words before a mention ("HTS-led", "HTS led") or opening it ("led jihadists"). */
    private static final Pattern LED_BEFORE = Pattern.compile("(?:-|\\s)led\\s*$");
    private static final Pattern LED_OPENING = Pattern.compile("^-?led\\s");
    /** A capitalised nationality word right before a generic phrase: "Qatari government", "Egyptian army". */
    private static final Pattern DEMONYM_BEFORE =
            Pattern.compile("(?:^|[^\\p{L}])\\p{Lu}\\p{Ll}+(?:ian|ish|ese|i|an|ch)\\s+$");
    /** Words between names of one chain: "Hayat Tahrir al-Sham (al-Qaeda)", "HTS 'Nusra Front'". */
    private static final Pattern CHAIN_GAP = Pattern.compile("[\\s()'\"\u2018\u2019\u201c\u201d-]*");
    private static final int LOOK_BACK = 160;
    /** Where the sides acted upon stand in the list of a report's four actor lists (actor1, actor2, assoc1, assoc2). */
    private static final int ACTOR2 = 1;
    private static final int ASSOC_ACTOR2 = 3;

    private final ActorKnowledgeBase kb;
    private final ActorMentionFinder finder;
    private final AnachronismCheck check;
    private final CrowdSide crowds;

    public ActorResolver(ActorKnowledgeBase kb) {
        this.kb = kb;
        this.crowds = new CrowdSide(kb);
        this.finder = new ActorMentionFinder(kb);
        this.check = new AnachronismCheck(kb);
    }

    public ActorMentionFinder finder() {
        return finder;
    }

    /** Scans a document once: its country focus and the actors it names explicitly. */
    public DocumentContext context(String text, LocalDate published) {
        Set<String> named = new LinkedHashSet<>();
        // one scan serves both the named actors and the focus
        List<ActorMentionFinder.Hit> mentions = finder.find(text);
        for (ActorMentionFinder.Hit h : mentions) {
            if (!h.generic() && h.ids().size() == 1) {
                named.add(h.ids().get(0));
            }
        }
        return new DocumentContext(text, published, DocumentFocus.of(kb, text, mentions), named);
    }

    public DocumentContext context(Document d) {
        return context(d.text(), d.published());
    }

    /** Resolves every actor list of a report and adds its anachronism and redirection flags. */
    public Report resolve(Report r, DocumentContext doc) {
        ResolutionContext ctx = contextFor(r, doc);
        List<String> flags = new ArrayList<>();
        List<List<ActorRef>> lists = new ArrayList<>();
        Set<ActorRef> ledBy = new HashSet<>();
        List<List<ActorRef>> sides = List.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2());
        for (int side = 0; side < sides.size(); side++) {
            List<ActorRef> out = new ArrayList<>();
            for (ActorRef ref : sides.get(side)) {
                ActorResolution res = resolve(ref, ctx);
                if (res.rule() == ActorResolution.Rule.UNRESOLVED && (side == ACTOR2 || side == ASSOC_ACTOR2)) {
                    res = asVictim(res);
                }
                if (res.rule() == ActorResolution.Rule.LED_BY) {
                    ledBy.add(res.ref());
                }
                out.add(res.ref());
                flags.addAll(res.flags());
                check.check(res.ref(), ctx.reportDate(), doc.published(), ctx.settingCountry())
                        .forEach(a -> flags.add(a.flag()));
            }
            lists.add(out);
        }
        // "an offensive carried out by HTS-led jihadists to attack government forces": fighters led by the side that
        // acts are that side, never its target
        Set<String> doers = new HashSet<>();
        lists.get(0).forEach(a -> doers.add(a.id()));
        List<ActorRef> targets = lists.get(1).stream()
                .filter(a -> !(ledBy.contains(a) && a.id() != null && doers.contains(a.id()))).toList();
        return crowds.apply(r.withActors(lists.get(0), targets, lists.get(2), lists.get(3))).withAddedFlags(flags);
    }

    /**
     * A side acted upon that no name resolved, read by its head word: "six people", "a shepherd" and "two brothers"
     * are civilians, as ACLED codes them (victim-heads.tsv); otherwise unchanged. The side that acts is never read so
     * ("a man opened fire").
     */
    private ActorResolution asVictim(ActorResolution res) {
        return kb.victimPhrase(res.ref().mention().text())
                .map(a -> new ActorResolution(refTo(a, res.ref().mention()), ActorResolution.Rule.VICTIM_HEAD,
                        res.flags()))
                .orElse(res);
    }

    /** The anachronism findings, with reasons, of a report whose actors are resolved. */
    public List<Anachronism> anachronisms(Report r, DocumentContext doc) {
        ResolutionContext ctx = contextFor(r, doc);
        List<Anachronism> out = new ArrayList<>();
        for (List<ActorRef> refs : List.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2())) {
            for (ActorRef ref : refs) {
                out.addAll(check.check(ref, ctx.reportDate(), doc.published(), ctx.settingCountry()));
            }
        }
        return out;
    }

    public ResolutionContext contextFor(Report r, DocumentContext doc) {
        LocalDate reportDate = r.date() == null ? null : r.date().end();
        String country = r.location() == null ? null : r.location().country();
        return new ResolutionContext(doc, reportDate, r.evidence().text(), r.evidence().span().start(), country);
    }

    /** Resolves one reference. */
    public ActorResolution resolve(ActorRef ref, ResolutionContext ctx) {
        if (ref.id() != null) {
            Optional<Actor> known = kb.byId(ref.id());
            if (known.isPresent()) {
                return new ActorResolution(refTo(known.get(), ref.mention()), ActorResolution.Rule.KEPT, List.of());
            }
        }
        Optional<ActorMentionFinder.Hit> leader = leader(ref.mention(), ctx.document().text());
        if (leader.isPresent()) {
            ActorResolution led = byName(leader.get(), ref.mention(), ctx);
            return new ActorResolution(led.ref(), ActorResolution.Rule.LED_BY, led.flags());
        }
        List<ActorMentionFinder.Hit> hits = hitsIn(ref.mention(), ctx);
        if (hits.isEmpty() && !ref.name().equals(ref.mention().text())) {
            // the extractor named what the words stand for ("Turkey" shelling: "Military Forces of Turkey")
            hits = finder.find(ref.name());
        }
        // English puts the head last: "the YPG-led SDF" is the SDF, "Hezbollah fighters" is Hezbollah
        ActorMentionFinder.Hit actorHit = null;
        ActorMentionFinder.Hit genericHit = null;
        for (ActorMentionFinder.Hit h : hits) {
            if (h.generic()) {
                genericHit = h;
            } else {
                actorHit = h;
            }
        }
        if (actorHit != null) {
            return byName(actorHit, ref.mention(), ctx);
        }
        if (genericHit != null) {
            GenericMention g = kb.generic(genericHit.ids().get(0)).orElseThrow();
            if ((!g.byFocus().isEmpty() || g.nationalForces() != null)
                    && qualifiedByNationality(genericHit, ref.mention(), ctx)) {
                // "Qatari government forces": some state's forces, not the focus country's
                return categoryOnly(g, ref.mention());
            }
            return byGeneric(g, ref.mention(), ctx);
        }
        return new ActorResolution(ActorRef.unresolved(ref.mention()), ActorResolution.Rule.UNRESOLVED, List.of());
    }

    private List<ActorMentionFinder.Hit> hitsIn(Mention m, ResolutionContext ctx) {
        String s = ctx.sentence();
        int rel = m.span().start() - ctx.sentenceStart();
        if (s != null && rel >= 0 && rel + m.span().length() <= s.length()
                && s.regionMatches(rel, m.text(), 0, m.text().length())) {
            return finder.find(s, rel, rel + m.span().length());
        }
        return finder.find(m.text());
    }

    private ActorResolution byName(ActorMentionFinder.Hit hit, Mention mention, ResolutionContext ctx) {
        List<Actor> cands = hit.ids().stream().map(id -> kb.byId(id).orElseThrow()).toList();
        ActorResolution.Rule rule = ActorResolution.Rule.NAME;
        if (cands.size() > 1) {
            rule = ActorResolution.Rule.NAME_DISAMBIGUATED;
            cands = narrow(cands, NameKey.of(hit.name().matched()), ctx);
            if (cands.size() != 1) {
                return categoryOf(cands, mention);
            }
        }
        Actor a = cands.get(0);
        List<String> flags = new ArrayList<>();
        LocalDate when = ctx.dateForNames();
        // a predecessor's name used after it was succeeded means the successor ("Nusra" in 2018 coverage is HTS)
        Set<String> seen = new LinkedHashSet<>();
        while (when != null && a.successor() != null && !when.isBefore(a.successor().date().first())
                && seen.add(a.id())) {
            Actor next = kb.byId(a.successor().actorId()).orElseThrow();
            flags.add("actor-succeeded:" + a.id() + ">" + next.id());
            a = next;
        }
        return new ActorResolution(refTo(a, mention), rule, flags);
    }

    /** Several actors share the name: keep those whose name was in use then, then those tied to the country. */
    private List<Actor> narrow(List<Actor> cands, String key, ResolutionContext ctx) {
        List<Actor> out = cands;
        LocalDate when = ctx.dateForNames();
        if (when != null) {
            List<Actor> inUse = out.stream().filter(a -> a.namesWithKey(key).stream().anyMatch(n -> n.inUseOn(when))
                    && (a.to() == null || !when.isAfter(a.to().last()))).toList();
            if (!inUse.isEmpty()) {
                out = inUse;
            }
        }
        String country = ctx.settingCountry();
        if (out.size() > 1 && country != null) {
            List<Actor> here = out.stream()
                    .filter(a -> country.equals(a.country()) || a.operationIn(country).isPresent()).toList();
            if (!here.isEmpty()) {
                out = here;
            }
        }
        return out;
    }

    private ActorResolution categoryOf(List<Actor> cands, Mention mention) {
        Set<Integer> cats = new LinkedHashSet<>();
        cands.forEach(a -> cats.add(a.category()));
        if (cats.size() == 1) {
            return new ActorResolution(new ActorRef(mention.text(), null, cats.iterator().next(), mention),
                    ActorResolution.Rule.CATEGORY_ONLY, List.of());
        }
        return new ActorResolution(ActorRef.unresolved(mention), ActorResolution.Rule.UNRESOLVED, List.of());
    }

    private ActorResolution byGeneric(GenericMention g, Mention mention, ResolutionContext ctx) {
        Optional<Actor> apposed = apposition(g, mention, ctx.document().text());
        if (apposed.isPresent()) {
            return new ActorResolution(refTo(apposed.get(), mention), ActorResolution.Rule.GENERIC_APPOSITION, List.of());
        }
        Set<String> named = ctx.document().namedActors();
        List<String> deferred = g.deferTo().stream().filter(named::contains).toList();
        if (deferred.size() == 1) {
            return new ActorResolution(refTo(kb.byId(deferred.get(0)).orElseThrow(), mention),
                    ActorResolution.Rule.GENERIC_DOCUMENT, List.of());
        }
        String country = ctx.settingCountry();
        if (country != null && g.byFocus().containsKey(country)) {
            return new ActorResolution(refTo(kb.byId(g.byFocus().get(country)).orElseThrow(), mention),
                    ActorResolution.Rule.GENERIC_FOCUS, List.of());
        }
        Optional<Actor> national = country == null || g.nationalForces() == null ? Optional.empty()
                : kb.nationalForces(g.nationalForces(), country);
        if (national.isPresent()) {
            // "police" in a Kenya story: the Police Forces of Kenya, as ACLED names state forces
            return new ActorResolution(refTo(national.get(), mention), ActorResolution.Rule.GENERIC_FOCUS, List.of());
        }
        if (g.corefer() && g.among().isEmpty()) {
            // "the jihadists" stands for a group only when the same or the previous sentence names just one
            List<Actor> near = nearbyGroups(mention, ctx).stream()
                    .filter(a -> g.category() != null && a.category() == g.category()).toList();
            if (near.size() == 1) {
                return new ActorResolution(refTo(near.get(0), mention), ActorResolution.Rule.GENERIC_NEARBY, List.of());
            }
        } else if (g.corefer()) {
            List<Actor> only = named.stream().map(id -> kb.byId(id).orElseThrow())
                    .filter(a -> g.among().isEmpty() ? g.category() != null && a.category() == g.category()
                            : g.among().contains(a.id()))
                    .toList();
            if (only.size() == 1) {
                return new ActorResolution(refTo(only.get(0), mention), ActorResolution.Rule.GENERIC_DOCUMENT, List.of());
            }
        }
        return categoryOnly(g, mention);
    }

    private static ActorResolution categoryOnly(GenericMention g, Mention mention) {
        if (g.category() != null) {
            return new ActorResolution(new ActorRef(mention.text(), null, g.category(), mention),
                    ActorResolution.Rule.CATEGORY_ONLY, List.of());
        }
        return new ActorResolution(ActorRef.unresolved(mention), ActorResolution.Rule.UNRESOLVED, List.of());
    }

    /**
     * The group leading "X led forces" / "X-led jihadists" (ACLED codes the leading group): the first name of the
     * chain of names that ends right before "led". Empty when no known name ends there.
     */
    Optional<ActorMentionFinder.Hit> leader(Mention mention, String text) {
        int start = mention.span().start();
        if (start < 0 || mention.span().end() > text.length()) {
            return Optional.empty();
        }
        String before;
        Matcher opening = LED_OPENING.matcher(mention.text());
        if (opening.find()) {
            before = text.substring(Math.max(0, start - LOOK_BACK), start);
        } else {
            String window = text.substring(Math.max(0, start - LOOK_BACK), start);
            int led = ledAt(window);
            if (led < 0) {
                return Optional.empty();
            }
            before = window.substring(0, led);
        }
        List<ActorMentionFinder.Hit> chain = lastChain(before);
        int windowStart = Math.max(0, start - LOOK_BACK);
        boolean ownName = finder.find(text, windowStart, mention.span().end()).stream()
                .anyMatch(h -> !h.generic() && h.name().span().overlaps(mention.span()));
        // "US-led coalition" is a name of its own: the coalition, not its leader
        return chain.isEmpty() || ownName ? Optional.empty() : Optional.of(chain.get(0));
    }

    /**
     * Where "led" closing {@code window} starts with its hyphen or blank, as {@code LED_BEFORE.find()} tells; -1
     * when it does not close it. "led" can only end where the window's trailing blanks begin, so the pattern is
     * tried there and not at every character of the window.
     */
    static int ledAt(String window) {
        int blanks = window.length();
        while (blanks > 0 && blankOrLineEnd(window.charAt(blanks - 1))) {
            blanks--;
        }
        Matcher led = LED_BEFORE.matcher(window).region(Math.max(0, blanks - 4), window.length());
        return led.find() ? led.start() : -1;
    }

    /** A character {@code \s} or a line terminator {@code $} looks past: never a letter of "led". */
    private static boolean blankOrLineEnd(char c) {
        return c <= ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The actor names that end {@code text}, joined only by spaces, brackets, quotes or hyphens; in reading order. */
    private List<ActorMentionFinder.Hit> lastChain(String text) {
        List<ActorMentionFinder.Hit> names = finder.find(text).stream().filter(h -> !h.generic()).toList();
        List<ActorMentionFinder.Hit> chain = new ArrayList<>();
        int pos = text.length();
        for (int i = names.size() - 1; i >= 0; i--) {
            ActorMentionFinder.Hit h = names.get(i);
            if (!CHAIN_GAP.matcher(text.substring(h.name().span().end(), pos)).matches()) {
                break;
            }
            chain.add(0, h);
            pos = h.name().span().start();
        }
        return chain;
    }

    /** The generic phrase follows a nationality word that is no known name ("Qatari government forces"). */
    private boolean qualifiedByNationality(ActorMentionFinder.Hit generic, Mention mention, ResolutionContext ctx) {
        String text = ctx.document().text();
        int inMention = mention.text().indexOf(generic.name().matched());
        if (inMention < 0 || mention.span().end() > text.length()) {
            return false;
        }
        int at = mention.span().start() + inMention;
        String before = text.substring(Math.max(0, at - 40), at);
        return DEMONYM_BEFORE.matcher(before).find();
    }

    /**
     * The distinct actors named in the mention's sentence and the one before it, counting only the first name of a
     * chain ("Hayat Tahrir al-Sham (al-Qaeda)" names one group), after successions by date.
     */
    private List<Actor> nearbyGroups(Mention mention, ResolutionContext ctx) {
        String text = ctx.document().text();
        if (mention.span().end() > text.length()) {
            return List.of();
        }
        int[] here = ActorMentionFinder.sentenceAround(text, mention.span().start(), mention.span().end());
        int from = here[0];
        int back = from - 1;
        while (back > 0 && Character.isWhitespace(text.charAt(back))) {
            back--;
        }
        if (back > 0) {
            from = ActorMentionFinder.sentenceAround(text, back, back)[0];
        }
        List<ActorMentionFinder.Hit> names = finder.find(text, from, here[1]).stream()
                .filter(h -> !h.generic() && h.ids().size() == 1).toList();
        Set<String> ids = new LinkedHashSet<>();
        int prevEnd = -1;
        for (ActorMentionFinder.Hit h : names) {
            boolean glossOfPrevious = prevEnd >= 0
                    && CHAIN_GAP.matcher(text.substring(prevEnd, h.name().span().start())).matches();
            prevEnd = h.name().span().end();
            if (!glossOfPrevious) {
                ids.add(byName(h, mention, ctx).ref().id());
            }
        }
        return ids.stream().map(id -> kb.byId(id).orElseThrow()).toList();
    }

    /** The one actor named in brackets or apposition right after the generic phrase, if its category fits. */
    private Optional<Actor> apposition(GenericMention g, Mention mention, String text) {
        int end = mention.span().end();
        if (end > text.length()) {
            return Optional.empty();
        }
        Matcher m = APPOSITION.matcher(text.substring(end, Math.min(text.length(), end + 100)));
        if (!m.find()) {
            return Optional.empty();
        }
        String inner = m.group(1) != null ? m.group(1) : m.group(2);
        Set<String> ids = new LinkedHashSet<>();
        for (ActorMentionFinder.Hit h : finder.find(inner)) {
            if (h.generic()) {
                continue;
            }
            ids.addAll(h.ids());
        }
        if (ids.size() != 1) {
            return Optional.empty();
        }
        Actor a = kb.byId(ids.iterator().next()).orElseThrow();
        return g.category() == null || g.category() == a.category() ? Optional.of(a) : Optional.empty();
    }

    private static ActorRef refTo(Actor a, Mention m) {
        return new ActorRef(a.name(), a.id(), a.category(), m);
    }
}
