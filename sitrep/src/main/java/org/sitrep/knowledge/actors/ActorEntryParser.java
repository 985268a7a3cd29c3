package org.sitrep.knowledge.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.knowledge.NameKey;

/** Turns JSON entries into drafts, collecting every problem with its file:line instead of stopping at the first. */
final class ActorEntryParser {
    static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "category", "country", "sponsors", "parent",
            "memberOf", "from", "to", "tag", "aliases", "renamings", "predecessors", "successor", "operations",
            "wikidata", "reference", "note");
    static final Set<String> ALIAS_FIELDS = Set.of("names", "since", "until", "tag", "ambiguous");
    static final Set<String> GENERIC_FIELDS = Set.of("id", "phrases", "category", "byFocus", "nationalForces",
            "deferTo", "corefer",
            "among", "note");

    private final List<String> problems;

    ActorEntryParser(List<String> problems) {
        this.problems = problems;
    }

    ActorDraft actor(JsonEntries.Entry e) {
        JsonValue n = e.node();
        String where = e.where();
        unknownFields(n, ACTOR_FIELDS, where, "actor");
        ActorDraft d = new ActorDraft();
        d.source = where;
        d.id = text(n, "id", where);
        String label = where + " (" + d.id + ")";
        d.name = text(n, "name", label);
        if (n.has("category")) {
            if (n.get("category").isInt()) {
                d.category = n.get("category").intValue();
            } else {
                problems.add(label + ": category must be an integer 1..8");
            }
        }
        d.country = text(n, "country", label);
        d.sponsors = strings(n, "sponsors", label);
        d.parent = text(n, "parent", label);
        d.memberOf = strings(n, "memberOf", label);
        d.from = date(n, "from", label);
        d.to = date(n, "to", label);
        d.tag = text(n, "tag", label);
        d.predecessors = strings(n, "predecessors", label);
        d.wikidata = text(n, "wikidata", label);
        d.reference = text(n, "reference", label);
        d.note = text(n, "note", label);
        aliases(n, d, label, where);
        renamings(n, d, label);
        if (n.has("successor")) {
            JsonValue s = n.get("successor");
            String sid = text(s, "id", label + " successor");
            DateBound date = date(s, "date", label + " successor");
            if (sid == null || date == null) {
                problems.add(label + ": successor needs an id and a date");
            } else {
                d.successor = new Succession(sid, date);
            }
        }
        for (JsonValue o : list(n, "operations", label)) {
            String c = text(o, "country", label + " operation");
            DateBound f = date(o, "from", label + " operation");
            String tag = text(o, "tag", label + " operation");
            if (c == null || f == null) {
                problems.add(label + ": an operation needs a country and a from date");
                continue;
            }
            d.operations.add(new Operation(c, f, tag != null ? tag : d.id + "-in-" + c.toLowerCase(java.util.Locale.ROOT),
                    text(o, "note", label)));
        }
        return d;
    }

    GenericMention generic(JsonEntries.Entry e) {
        JsonValue n = e.node();
        String where = e.where();
        unknownFields(n, GENERIC_FIELDS, where, "generic mention");
        String id = text(n, "id", where);
        String label = where + " (" + id + ")";
        Integer category = null;
        if (n.has("category") && !n.get("category").isNull()) {
            if (n.get("category").isInt()) {
                category = n.get("category").intValue();
            } else {
                problems.add(label + ": category must be an integer 1..8 or null");
            }
        }
        Map<String, String> byFocus = new LinkedHashMap<>();
        if (n.has("byFocus")) {
            for (Map.Entry<String, JsonValue> f : n.get("byFocus").fields().entrySet()) {
                byFocus.put(f.getKey(), f.getValue().asText());
            }
        }
        boolean corefer = n.has("corefer") && n.get("corefer").asBoolean();
        return new GenericMention(id == null ? "?" : id, strings(n, "phrases", label), category, byFocus,
                strings(n, "deferTo", label), corefer,
                strings(n, "among", label), where, n.has("nationalForces") ? n.get("nationalForces").asText() : null);
    }

    private void aliases(JsonValue n, ActorDraft d, String label, String where) {
        for (JsonValue a : list(n, "aliases", label)) {
            if (a.isTextual()) {
                d.aliases.add(new ActorDraft.AliasSpec(a.asText(), null, null, null, false, where));
            } else if (a.isObject()) {
                unknownFields(a, ALIAS_FIELDS, label, "alias group");
                DateBound since = date(a, "since", label);
                DateBound until = date(a, "until", label);
                String tag = text(a, "tag", label);
                boolean ambiguous = a.has("ambiguous") && a.get("ambiguous").asBoolean();
                List<String> names = strings(a, "names", label);
                if (names.isEmpty()) {
                    problems.add(label + ": an alias group needs a non-empty \"names\" list");
                    continue;
                }
                if (tag == null && since != null) {
                    tag = NameKey.of(names.get(0)).replace(' ', '-') + "-name";
                }
                for (String s : names) {
                    d.aliases.add(new ActorDraft.AliasSpec(s, since, until, tag, ambiguous, where));
                }
            } else {
                problems.add(label + ": an alias must be a string or an object with \"names\"");
            }
        }
    }

    private void renamings(JsonValue n, ActorDraft d, String label) {
        for (JsonValue r : list(n, "renamings", label)) {
            DateBound date = date(r, "date", label + " renaming");
            String f = text(r, "from", label + " renaming");
            String t = text(r, "to", label + " renaming");
            if (date == null || f == null || t == null) {
                problems.add(label + ": a renaming needs date, from and to");
            } else {
                d.renamings.add(new Renaming(date, f, t));
            }
        }
    }

    private void unknownFields(JsonValue n, Set<String> known, String where, String what) {
        for (String f : n.fields().keySet()) {
            if (!known.contains(f)) {
                problems.add(where + ": unknown field \"" + f + "\" in " + what + " (known: " + known + ")");
            }
        }
    }

    private String text(JsonValue n, String field, String label) {
        JsonValue v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(label + ": \"" + field + "\" must be a string");
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private DateBound date(JsonValue n, String field, String label) {
        String s = text(n, field, label);
        if (s == null) {
            return null;
        }
        try {
            return DateBound.parse(s);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": \"" + field + "\": " + e.getMessage());
            return null;
        }
    }

    private List<JsonValue> list(JsonValue n, String field, String label) {
        JsonValue v = n.get(field);
        List<JsonValue> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(label + ": \"" + field + "\" must be a list");
            return out;
        }
        out.addAll(v.elements());
        return out;
    }

    private List<String> strings(JsonValue n, String field, String label) {
        return mapList(list(n, field, label), x -> {
            if (!x.isTextual() || x.asText().isBlank()) {
                problems.add(label + ": \"" + field + "\" must hold non-empty strings");
                return null;
            }
            return x.asText().strip();
        });
    }

    private static <T> List<T> mapList(List<JsonValue> in, Function<JsonValue, T> f) {
        List<T> out = new ArrayList<>();
        for (JsonValue x : in) {
            T t = f.apply(x);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
