package org.sitrep.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/** Event trigger words (triggers.tsv) and what each ACLED type maps to in PLOVER and CAMEO (types.tsv). */
record TriggerLexicon(PhraseSet<Trigger> triggers, Map<SubEventType, TypeInfo> types) {
    record TypeInfo(String ploverEvent, String ploverMode, String cameoRoot) {
    }

    /**
     * The trigger starting at token {@code i} and ending by {@code end}, or null; never the month March ("On 4 March
     * 2022, locals clashed": a scan for the first event word of a clause must not stop at the date).
     */
    PhraseSet.Match<Trigger> eventWordAt(List<Token> toks, int i, int end) {
        return OtherSenses.month(toks, i) ? null : triggers.at(toks, i, end);
    }

    static TriggerLexicon load() {
        PhraseSet<Trigger> triggers = new PhraseSet<>();
        for (DataRow r : DataFile.rows("triggers.tsv", 6)) {
            boolean verb = switch (r.col(1)) {
                case "V" -> true;
                case "N" -> false;
                default -> throw r.error("part must be V or N: " + r.col(1));
            };
            SubEventType type = r.col(2).equals("-") ? null : Lexicons.type(r, 2);
            int weight;
            try {
                weight = Integer.parseInt(r.col(3));
            } catch (NumberFormatException e) {
                throw r.error("weight is not a number: " + r.col(3));
            }
            String mode = Lexicons.dash(r.col(4));
            Set<String> tags = r.col(5).equals("-") ? Set.of() : Set.of(r.col(5).split(","));
            for (String form : r.col(0).split("\\|")) {
                if (!triggers.add(form, new Trigger(form, verb, type, weight, mode, tags))) {
                    throw r.error("trigger '" + form + "' is listed twice");
                }
            }
        }
        Map<SubEventType, TypeInfo> types = new EnumMap<>(SubEventType.class);
        for (DataRow r : DataFile.rows("types.tsv", 4)) {
            types.put(Lexicons.type(r, 0),
                    new TypeInfo(Lexicons.dash(r.col(1)), Lexicons.dash(r.col(2)), Lexicons.dash(r.col(3))));
        }
        for (SubEventType t : SubEventType.values()) {
            if (!types.containsKey(t)) {
                throw new DataFile.DataException("types.tsv: no row for sub-event type " + t);
            }
        }
        return new TriggerLexicon(triggers.freeze(), Map.copyOf(types));
    }
}
