package org.sitrep.knowledge.actors;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.knowledge.NameKey;

/**
 * Collects actor and generic-mention entries from the bundled files and any user files, merges user additions,
 * and checks everything. Problems are gathered and thrown together, each naming its file and line.
 */
final class ActorLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    private final List<String> problems = new ArrayList<>();
    private final ActorEntryParser parser = new ActorEntryParser(problems);
    private final Map<String, ActorDraft> drafts = new LinkedHashMap<>();
    private final Map<String, GenericMention> generics = new LinkedHashMap<>();

    /** Adds the entries of an actor file; {@code extension} files may add aliases/operations to existing ids. */
    void addActors(String sourceName, InputStream in, boolean extension) {
        for (JsonEntries.Entry e : JsonEntries.read(sourceName, in)) {
            ActorDraft d = parser.actor(e);
            if (d.id == null) {
                problems.add(e.where() + ": entry has no \"id\"");
                continue;
            }
            ActorDraft existing = drafts.get(d.id);
            if (existing == null) {
                drafts.put(d.id, d);
            } else if (extension && !existing.source.startsWith(sourceName + ":")) {
                merge(existing, d, e);
            } else {
                problems.add(e.where() + ": duplicate id '" + d.id + "' (first defined at " + existing.source + ")");
            }
        }
    }

    void addGenerics(String sourceName, InputStream in) {
        for (JsonEntries.Entry e : JsonEntries.read(sourceName, in)) {
            GenericMention g = parser.generic(e);
            GenericMention prev = generics.putIfAbsent(g.id(), g);
            if (prev != null) {
                problems.add(e.where() + ": duplicate generic id '" + g.id() + "' (first at " + prev.source() + ")");
            }
        }
    }

    /** A user entry naming an existing id: it may add aliases and operations; anything else must agree. */
    private void merge(ActorDraft base, ActorDraft add, JsonEntries.Entry e) {
        String label = e.where() + " (" + add.id + ", extends " + base.source + ")";
        same(label, "name", base.name, add.name);
        same(label, "category", base.category, add.category);
        same(label, "country", base.country, add.country);
        same(label, "parent", base.parent, add.parent);
        same(label, "from", base.from == null ? null : base.from.written(), add.from == null ? null : add.from.written());
        same(label, "to", base.to == null ? null : base.to.written(), add.to == null ? null : add.to.written());
        same(label, "wikidata", base.wikidata, add.wikidata);
        for (String f : List.of("renamings", "successor", "predecessors", "sponsors", "memberOf", "tag")) {
            if (e.node().has(f)) {
                problems.add(label + ": \"" + f + "\" cannot be changed by a user entry; edit a copy of the entry instead");
            }
        }
        base.aliases.addAll(add.aliases);
        base.operations.addAll(add.operations);
    }

    private void same(String label, String field, Object base, Object add) {
        if (add != null && !Objects.equals(base, add)) {
            problems.add(label + ": \"" + field + "\" is '" + add + "' here but '" + base + "' in the knowledge base");
        }
    }

    record Loaded(List<Actor> actors, List<GenericMention> generics) {
    }

    Loaded finish() {
        List<Actor> actors = new ArrayList<>();
        for (ActorDraft d : drafts.values()) {
            checkFields(d);
        }
        // cross-checks run even when fields had problems, so one pass reports everything it can
        for (ActorDraft d : drafts.values()) {
            if (d.name != null) {
                actors.add(d.build());
            }
        }
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        for (Actor a : actors) {
            checkLinks(a, byId);
            checkNames(a);
        }
        checkAliasCollisions(actors);
        checkGenerics(byId);
        if (!problems.isEmpty()) {
            throw new ActorDataException(problems);
        }
        return new Loaded(List.copyOf(actors), List.copyOf(generics.values()));
    }

    private void checkFields(ActorDraft d) {
        String label = d.source + " (" + d.id + ")";
        if (!ID.matcher(d.id).matches()) {
            problems.add(label + ": id must be a lower-case slug like 'free-syrian-army'");
        }
        if (d.name == null) {
            problems.add(label + ": missing \"name\"");
        }
        if (d.category == null || d.category < 1 || d.category > 8) {
            problems.add(label + ": \"category\" must be an ACLED inter code 1..8, found " + d.category);
        }
        if (d.reference == null || !d.reference.startsWith("https://") && !d.reference.startsWith("http://")) {
            problems.add(label + ": \"reference\" must be a public http(s) address, found " + d.reference);
        }
        if (d.country != null && !COUNTRY.matcher(d.country).matches()) {
            problems.add(label + ": country must be an ISO 3166-1 alpha-2 code, found " + d.country);
        }
        d.sponsors.stream().filter(s -> !COUNTRY.matcher(s).matches())
                .forEach(s -> problems.add(label + ": sponsor must be an ISO 3166-1 alpha-2 code, found " + s));
        d.operations.stream().filter(o -> !COUNTRY.matcher(o.country()).matches())
                .forEach(o -> problems.add(label + ": operation country must be an ISO code, found " + o.country()));
        if (d.wikidata != null && !WIKIDATA.matcher(d.wikidata).matches()) {
            problems.add(label + ": wikidata must look like Q123, found " + d.wikidata);
        }
        if (d.from != null && d.to != null && d.to.last().isBefore(d.from.first())) {
            problems.add(label + ": ends (" + d.to + ") before it starts (" + d.from + ")");
        }
        for (ActorDraft.AliasSpec a : d.aliases) {
            if (NameKey.tokens(a.text()).isEmpty()) {
                problems.add(a.source() + " (" + d.id + "): alias '" + a.text() + "' has no letters or digits");
            }
            if (a.since() != null && a.until() != null && a.until().last().isBefore(a.since().first())) {
                problems.add(a.source() + " (" + d.id + "): alias '" + a.text() + "' ends before it starts");
            }
        }
    }

    private void checkLinks(Actor a, Map<String, Actor> byId) {
        String label = a.source() + " (" + a.id() + ")";
        if (a.parent() != null && (!byId.containsKey(a.parent()) || a.parent().equals(a.id()))) {
            problems.add(label + ": parent '" + a.parent() + "' is not another actor of the knowledge base");
        }
        for (String m : a.memberOf()) {
            if (!byId.containsKey(m)) {
                problems.add(label + ": memberOf '" + m + "' is not an actor of the knowledge base");
            }
        }
        for (String p : a.predecessors()) {
            Actor pa = byId.get(p);
            if (pa == null) {
                problems.add(label + ": predecessor '" + p + "' is not an actor of the knowledge base");
            } else if (pa.successor() == null || !pa.successor().actorId().equals(a.id())) {
                problems.add(label + ": lists predecessor '" + p + "' but " + pa.source() + " does not name '"
                        + a.id() + "' as its successor");
            }
        }
        Succession s = a.successor();
        if (s != null) {
            Actor sa = byId.get(s.actorId());
            if (sa == null) {
                problems.add(label + ": successor '" + s.actorId() + "' is not an actor of the knowledge base");
            } else {
                if (!sa.predecessors().contains(a.id())) {
                    problems.add(label + ": successor '" + sa.id() + "' does not list '" + a.id() + "' as a predecessor");
                }
                if (sa.from() == null || !sa.from().first().equals(s.date().first())) {
                    problems.add(label + ": succession date " + s.date() + " differs from the start of '" + sa.id()
                            + "' (" + sa.from() + ")");
                }
                if (a.to() != null && a.to().first().isAfter(s.date().last())) {
                    problems.add(label + ": ends " + a.to() + ", after its succession on " + s.date());
                }
            }
        }
    }

    /** Renaming chains must be ordered, link up, and agree with the dates on the names they mention. */
    private void checkNames(Actor a) {
        String label = a.source() + " (" + a.id() + ")";
        Renaming prev = null;
        for (Renaming r : a.renamings()) {
            List<ActorName> from = a.namesWithKey(NameKey.of(r.from()));
            List<ActorName> to = a.namesWithKey(NameKey.of(r.to()));
            if (from.isEmpty() || to.isEmpty()) {
                problems.add(label + ": renaming " + r.from() + " -> " + r.to() + " names a name the actor does not have");
                continue;
            }
            if (prev != null) {
                if (!r.date().first().isAfter(prev.date().first())) {
                    problems.add(label + ": renamings are not in date order at " + r.date());
                }
                if (!NameKey.of(prev.to()).equals(NameKey.of(r.from()))) {
                    problems.add(label + ": renaming chain breaks: '" + prev.to() + "' then '" + r.from() + "'");
                }
            }
            for (ActorName n : to) {
                if (n.since() == null || !n.since().first().equals(r.date().first())) {
                    problems.add(label + ": '" + n.text() + "' should be in use since the renaming on " + r.date()
                            + " but is since " + n.since());
                }
            }
            for (ActorName n : from) {
                if (n.until() != null && !n.until().first().equals(r.date().first())) {
                    problems.add(label + ": '" + n.text() + "' is official until " + n.until()
                            + " but renamed on " + r.date());
                }
            }
            prev = r;
        }
    }

    private void checkAliasCollisions(List<Actor> actors) {
        Map<String, List<Map.Entry<Actor, ActorName>>> byKey = new LinkedHashMap<>();
        for (Actor a : actors) {
            for (ActorName n : a.names()) {
                byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(Map.entry(a, n));
            }
        }
        for (var e : byKey.entrySet()) {
            List<Map.Entry<Actor, ActorName>> uses = e.getValue();
            long distinct = uses.stream().map(u -> u.getKey().id()).distinct().count();
            // a shared name is accepted when every actor sharing it acknowledges that with an "ambiguous" alias
            boolean acknowledged = uses.stream().map(u -> u.getKey().id()).distinct().allMatch(id -> uses.stream()
                    .anyMatch(u -> u.getKey().id().equals(id) && u.getValue().ambiguous()));
            if (distinct > 1 && !acknowledged) {
                StringBuilder sb = new StringBuilder("name '" + e.getKey() + "' denotes several actors:");
                for (var u : uses) {
                    sb.append(' ').append(u.getKey().id()).append(" at ").append(u.getValue().source()).append(';');
                }
                sb.append(" mark every such alias \"ambiguous\": true if that is meant");
                problems.add(sb.toString());
            }
        }
        for (GenericMention g : generics.values()) {
            for (String p : g.phrases()) {
                if (byKey.containsKey(NameKey.of(p))) {
                    problems.add(g.source() + " (" + g.id() + "): generic phrase '" + p + "' is also a name of '"
                            + byKey.get(NameKey.of(p)).get(0).getKey().id() + "'");
                }
            }
        }
    }

    private void checkGenerics(Map<String, Actor> byId) {
        Map<String, String> phraseOwner = new LinkedHashMap<>();
        for (GenericMention g : generics.values()) {
            String label = g.source() + " (" + g.id() + ")";
            if (!ID.matcher(g.id()).matches()) {
                problems.add(label + ": id must be a lower-case slug");
            }
            if (g.phrases().isEmpty()) {
                problems.add(label + ": no phrases");
            }
            if (g.category() != null && (g.category() < 1 || g.category() > 8)) {
                problems.add(label + ": category must be 1..8");
            }
            for (String p : g.phrases()) {
                String prev = phraseOwner.putIfAbsent(NameKey.of(p), g.id());
                if (prev != null && !prev.equals(g.id())) {
                    problems.add(label + ": phrase '" + p + "' also belongs to generic '" + prev + "'");
                }
            }
            g.byFocus().forEach((c, id) -> {
                if (!COUNTRY.matcher(c).matches()) {
                    problems.add(label + ": byFocus key must be an ISO country code, found " + c);
                }
                if (!byId.containsKey(id)) {
                    problems.add(label + ": byFocus names unknown actor '" + id + "'");
                }
            });
            if (g.nationalForces() != null && !GenericMention.FORCE_KINDS.contains(g.nationalForces())) {
                problems.add(label + ": nationalForces must be one of " + GenericMention.FORCE_KINDS);
            }
            for (String id : g.among()) {
                if (!byId.containsKey(id)) {
                    problems.add(label + ": among names unknown actor '" + id + "'");
                }
            }
            for (String id : g.deferTo()) {
                if (!byId.containsKey(id)) {
                    problems.add(label + ": deferTo names unknown actor '" + id + "'");
                }
            }
        }
    }
}
