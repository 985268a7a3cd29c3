package org.sitrep.knowledge.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.knowledge.NameKey;

/**
 * An armed actor (or civilian group) of the knowledge base.
 *
 * @param id           stable slug, e.g. {@code syrian-democratic-forces}
 * @param name         canonical English name
 * @param category     ACLED inter code 1..8 as the actor is coded where coverage shows it acting
 * @param country      ISO 3166-1 alpha-2 of the state it belongs to or is based in, or null (transnational)
 * @param sponsors     countries backing it (ISO codes)
 * @param parent       id of the formation it belongs to (a brigade within an army), or null
 * @param memberOf     ids of coalitions it takes part in
 * @param from         when it was founded or first active, or null when not stated
 * @param to           when it ended, or null
 * @param names        every name, the canonical one included, with the periods they were in use
 * @param renamings    changes of official name, oldest first
 * @param predecessors ids of actors it carries on
 * @param successor    the actor that carried it on, or null
 * @param operations   start of operations in given countries
 * @param wikidata     Wikidata id when known with confidence, else null
 * @param reference    public reference (URL)
 * @param note         free text for curators
 * @param source       file:line of the entry that defined it
 */
public record Actor(String id, String name, int category, String country, List<String> sponsors, String parent,
                    List<String> memberOf, DateBound from, DateBound to, List<ActorName> names,
                    List<Renaming> renamings, List<String> predecessors, Succession successor,
                    List<Operation> operations, String wikidata, String reference, String note, String source) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        sponsors = List.copyOf(sponsors);
        memberOf = List.copyOf(memberOf);
        names = List.copyOf(names);
        renamings = List.copyOf(renamings);
        predecessors = List.copyOf(predecessors);
        operations = List.copyOf(operations);
    }

    /** The names of this actor with the given key ({@link NameKey#of}). */
    public List<ActorName> namesWithKey(String key) {
        return names.stream().filter(n -> n.key().equals(key)).toList();
    }

    /**
     * The name of this actor that a piece of text uses: the longest name whose tokens occur, contiguously,
     * in the text's tokens ("ISIS fighters" uses "ISIS").
     */
    public Optional<ActorName> nameUsedIn(String text) {
        List<String> toks = NameKey.tokens(text);
        return names.stream()
                .filter(n -> n.runIn(toks))
                .max(Comparator.comparingInt(ActorName::tokenCount)
                        .thenComparing(n -> n.since() == null ? LocalDate.MIN : n.since().first()));
    }

    /**
     * Whether this name (as written) was in use for this actor on the date. Empty when it is not a name of
     * this actor at all.
     */
    public Optional<Boolean> nameInUse(String written, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<ActorName> ns = namesWithKey(NameKey.of(written));
        if (ns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ns.stream().anyMatch(n -> n.inUseOn(date)));
    }

    /** The official name on a date, following the renamings (the canonical name when none applies). */
    public String officialNameOn(LocalDate date) {
        String current = renamings.isEmpty() ? name : renamings.get(0).from();
        for (Renaming r : renamings) {
            if (!date.isBefore(r.date().first())) {
                current = r.to();
            }
        }
        return current;
    }

    /** The earliest day any name of this actor (or the actor itself) is known to be in use, if stated. */
    public Optional<LocalDate> earliestKnown() {
        LocalDate best = from == null ? null : from.first();
        for (ActorName n : names) {
            if (n.since() == null) {
                return from == null ? Optional.empty() : Optional.of(from.first());
            }
            if (best == null || n.since().first().isBefore(best)) {
                best = n.since().first();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The operation start in a country, if the data states one. */
    public Optional<Operation> operationIn(String countryCode) {
        return operations.stream().filter(o -> o.country().equals(countryCode)).findFirst();
    }
}
