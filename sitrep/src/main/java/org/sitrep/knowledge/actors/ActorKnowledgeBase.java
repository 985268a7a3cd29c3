package org.sitrep.knowledge.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.PhraseLexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor knowledge base: actors of the Syrian war with their names over time, the generic phrases coverage uses
 * for them, and country cues for deciding what country a document is about. Loaded once from the bundled data
 * ({@code actors.json}, {@code generic.json}, {@code country-cues.tsv} beside this class) plus optional user files;
 * immutable and thread-safe.
 */
public final class ActorKnowledgeBase {
    private static final Logger LOG = LoggerFactory.getLogger(ActorKnowledgeBase.class);
    static final String ACTORS = "actors.json";
    static final String GENERICS = "generic.json";
    static final String CUES = "country-cues.tsv";
    static final String VICTIMS = "victim-heads.tsv";
    static final String NATIONAL = "national-forces.json";

    private static volatile ActorKnowledgeBase bundled;

    private final Map<String, Actor> byId;
    private final Map<String, GenericMention> generics;
    private final PhraseLexicon names;
    private final PhraseLexicon genericNames;
    private final PhraseLexicon countryCues;
    /** "military|KE" -> the actor named "Military Forces of Kenya" (by name or alias), likewise "police|KE". */
    private final Map<String, String> nationalForces;
    /** head word of a victim phrase -> actor id (victim-heads.tsv). */
    private final Map<String, String> victimHeads;
    /** actor id + '|' + key: keys of that actor written only as capital acronyms. */
    private final Set<String> capitalsOnly;

    private ActorKnowledgeBase(List<Actor> actors, List<GenericMention> gens, PhraseLexicon cues,
                               Map<String, String> victims) {
        Map<String, Actor> m = new LinkedHashMap<>();
        PhraseLexicon.Builder nb = PhraseLexicon.builder();
        Map<String, Boolean> allAcronyms = new LinkedHashMap<>();
        for (Actor a : actors) {
            m.put(a.id(), a);
            for (ActorName n : a.names()) {
                nb.add(n.text(), a.id());
                allAcronyms.merge(a.id() + "|" + n.key(), n.caseSensitive(), Boolean::logicalAnd);
            }
        }
        Map<String, GenericMention> g = new LinkedHashMap<>();
        PhraseLexicon.Builder gb = PhraseLexicon.builder();
        for (GenericMention gm : gens) {
            g.put(gm.id(), gm);
            gm.phrases().forEach(p -> gb.add(p, gm.id()));
        }
        Set<String> caps = new LinkedHashSet<>();
        allAcronyms.forEach((k, v) -> {
            if (v) {
                caps.add(k);
            }
        });
        this.byId = Map.copyOf(m);
        this.generics = Map.copyOf(g);
        this.names = nb.build();
        this.genericNames = gb.build();
        this.countryCues = cues;
        this.victimHeads = Map.copyOf(victims);
        this.nationalForces = nationalForcesOf(actors);
        this.capitalsOnly = Set.copyOf(caps);
    }

    /** The bundled knowledge base, loaded on first use. */
    public static ActorKnowledgeBase bundled() {
        ActorKnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (ActorKnowledgeBase.class) {
                if (bundled == null) {
                    bundled = load(List.of());
                }
                kb = bundled;
            }
        }
        return kb;
    }

    /**
     * The bundled data plus user files (JSON arrays of actor entries, same format). A user entry with a new id adds
     * an actor; one with an existing id adds aliases and operations to it, and must agree on any other field it
     * states. Every problem is reported in one {@link ActorDataException}, naming file and line.
     */
    public static ActorKnowledgeBase load(List<Path> extraFiles) {
        ActorLoader loader = new ActorLoader();
        try (InputStream a = resource(ACTORS); InputStream n = resource(NATIONAL); InputStream g = resource(GENERICS)) {
            loader.addActors(ACTORS, a, false);
            loader.addActors(NATIONAL, n, false);
            loader.addGenerics(GENERICS, g);
        } catch (IOException e) {
            throw new ActorDataException(List.of("bundled actor data unreadable: " + e.getMessage()));
        }
        for (Path p : extraFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                loader.addActors(p.toString(), in, true);
            } catch (IOException e) {
                throw new ActorDataException(List.of(p + ": cannot read: " + e.getMessage()));
            }
        }
        ActorLoader.Loaded loaded = loader.finish();
        PhraseLexicon cues;
        try (InputStream c = resource(CUES)) {
            cues = readCues(CUES, c);
        } catch (IOException e) {
            throw new ActorDataException(List.of(CUES + ": cannot read: " + e.getMessage()));
        }
        Map<String, String> victims = readVictimHeads(VICTIMS, BundledResource.lines(ActorKnowledgeBase.class,
                VICTIMS), loaded.actors().stream().map(Actor::id).collect(Collectors.toSet()));
        ActorKnowledgeBase kb = new ActorKnowledgeBase(loaded.actors(), loaded.generics(), cues, victims);
        LOG.debug("actor knowledge base: {} actors, {} names, {} generic phrases, {} extra files",
                kb.byId.size(), kb.names.size(), kb.genericNames.size(), extraFiles.size());
        return kb;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ActorKnowledgeBase.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name + " beside " + ActorKnowledgeBase.class.getName());
        }
        return in;
    }

    static PhraseLexicon readCues(String source, InputStream in) throws IOException {
        PhraseLexicon.Builder b = PhraseLexicon.builder();
        List<String> problems = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || !f[1].strip().matches("[A-Z]{2}") || NameKey.tokens(f[0]).isEmpty()) {
                    problems.add(source + ":" + no + ": expected 'cue<TAB>ISO country code'");
                    continue;
                }
                b.add(f[0].strip(), f[1].strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new ActorDataException(problems);
        }
        return b.build();
    }

    /**
     * The state actors named as ACLED names a country's forces ("Military Forces of Kenya", by name or alias), keyed
     * "military|KE" or "police|KE"; the first such actor of a country wins.
     */
    private static Map<String, String> nationalForcesOf(List<Actor> actors) {
        Map<String, String> forces = new LinkedHashMap<>();
        for (Actor a : actors) {
            if (a.category() != 1 || a.country() == null) {
                continue;
            }
            for (ActorName n : a.names()) {
                for (String kind : GenericMention.FORCE_KINDS) {
                    if (n.text().startsWith(GenericMention.forceNamePrefix(kind))) {
                        forces.putIfAbsent(kind + "|" + a.country(), a.id());
                    }
                }
            }
        }
        return Map.copyOf(forces);
    }

    /**
     * Reads victim-heads.tsv: head word, actor id (which must be known), source. Every problem is reported in one
     * {@link ActorDataException}, naming file and line.
     */
    static Map<String, String> readVictimHeads(String source, List<String> lines, Set<String> actorIds) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (DataRow r : DataRow.parse(source, lines, 1, m -> new ActorDataException(List.of(m)))) {
            String at = source + ":" + r.line() + ": ";
            if (r.cols().length != 3 || !r.col(0).matches("\\p{Ll}+") || r.col(2).isEmpty()) {
                problems.add(at + "expected 'head word in lower case<TAB>actor id<TAB>source'");
            } else if (!actorIds.contains(r.col(1))) {
                problems.add(at + "unknown actor id '" + r.col(1) + "'");
            } else if (out.put(r.col(0), r.col(1)) != null) {
                problems.add(at + "'" + r.col(0) + "' listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new ActorDataException(problems);
        }
        return out;
    }

    /**
     * A country's military or police ({@code kind} one of {@link GenericMention#FORCE_KINDS}): the actor named as ACLED
     * names state forces, "Military Forces of Kenya" (national-forces.json, or actors.json where it has the entry).
     */
    public Optional<Actor> nationalForces(String kind, String country) {
        String id = nationalForces.get(kind + "|" + country);
        return id == null ? Optional.empty() : byId(id);
    }

    /**
     * The actor a victim phrase stands for when no name matches it, by its head word ("six people", "a shepherd":
     * Civilians); empty when the word names no such victims.
     */
    public Optional<Actor> victimHead(String word) {
        String id = victimHeads.get(word.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : byId(id);
    }

    /** As {@link #victimHead}, for a whole phrase read by its last word, its head ("two brothers"). */
    public Optional<Actor> victimPhrase(String phrase) {
        String[] words = phrase.split("[^\\p{L}]+");
        return words.length == 0 ? Optional.empty() : victimHead(words[words.length - 1]);
    }

    /** Every name of every actor; entry ids are actor ids. Matching is case-insensitive: see {@link #acceptsAsWritten}. */
    public PhraseLexicon names() {
        return names;
    }

    /** Generic phrases ("government forces", "rebels"); entry ids are generic-mention ids. */
    public PhraseLexicon genericNames() {
        return genericNames;
    }

    /** Country names and places that tell what country a document is about; entry ids are ISO codes. */
    public PhraseLexicon countryCues() {
        return countryCues;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<GenericMention> generic(String id) {
        return Optional.ofNullable(generics.get(id));
    }

    public List<Actor> all() {
        return List.copyOf(byId.values());
    }

    public List<GenericMention> allGenerics() {
        return List.copyOf(generics.values());
    }

    /**
     * Actors a mention may denote: exact name match after folding, ignoring a leading "the" and a trailing
     * possessive. Capitals-only acronyms are honoured: "is" or "Sdf" find nothing.
     */
    public List<Actor> candidates(String mention) {
        String written = trimmed(mention);
        String key = NameKey.of(written);
        List<Actor> out = new ArrayList<>();
        for (String id : names.lookup(key)) {
            Actor a = byId.get(id);
            if (acceptsAsWritten(a, key, written)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Generic phrases a mention is (same trimming as {@link #candidates}). */
    public List<GenericMention> genericCandidates(String mention) {
        return genericNames.lookup(NameKey.of(trimmed(mention))).stream().map(generics::get).toList();
    }

    /**
     * Whether text naming an actor by the name with this key may count: acronym-only keys ("IS", "SDF") must be
     * written in capitals.
     */
    public boolean acceptsAsWritten(Actor actor, String key, String written) {
        if (!capitalsOnly.contains(actor.id() + "|" + key)) {
            return true;
        }
        boolean anyLetter = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return anyLetter;
    }

    /** The mention without a leading "the" and a trailing possessive ("the SDF's" -> "SDF"). */
    static String trimmed(String mention) {
        String s = mention.strip();
        String t = s.replaceFirst("^(?i:the)\\s+", "").replaceFirst("['’][sS]$", "").strip();
        return NameKey.tokens(t).isEmpty() ? s : t;
    }
}
