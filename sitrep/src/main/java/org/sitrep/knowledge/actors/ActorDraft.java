package org.sitrep.knowledge.actors;

import java.util.ArrayList;
import java.util.List;

/** An actor entry as read, before defaults are applied and cross-references checked. Mutable; loader-internal. */
final class ActorDraft {
    /** One alias as written: explicit since/until/tag, or null to inherit. */
    record AliasSpec(String text, DateBound since, DateBound until, String tag, boolean ambiguous, String source) {
    }

    String id;
    String name;
    Integer category;
    String country;
    List<String> sponsors = new ArrayList<>();
    String parent;
    List<String> memberOf = new ArrayList<>();
    DateBound from;
    DateBound to;
    String tag;
    final List<AliasSpec> aliases = new ArrayList<>();
    List<Renaming> renamings = new ArrayList<>();
    List<String> predecessors = new ArrayList<>();
    Succession successor;
    final List<Operation> operations = new ArrayList<>();
    String wikidata;
    String reference;
    String note;
    String source;

    Actor build() {
        List<ActorName> names = new ArrayList<>();
        String inheritedTag = tag != null ? tag : id + "-name";
        // the canonical name is a name too; it carries the actor's own start unless an alias dates it
        boolean canonicalListed = aliases.stream().anyMatch(a -> a.text().equals(name));
        if (!canonicalListed) {
            names.add(ActorName.of(name, from, null, inheritedTag, false, source));
        }
        for (AliasSpec a : aliases) {
            DateBound since = a.since() != null ? a.since() : from;
            String t = a.tag() != null ? a.tag() : inheritedTag;
            names.add(ActorName.of(a.text(), since, a.until(), t, a.ambiguous(), a.source()));
        }
        return new Actor(id, name, category == null ? 0 : category, country, sponsors, parent, memberOf, from, to, names, renamings,
                predecessors, successor, operations, wikidata, reference, note == null ? "" : note, source);
    }
}
