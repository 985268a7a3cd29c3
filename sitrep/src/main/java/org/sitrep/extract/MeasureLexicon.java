package org.sitrep.extract;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.MeasureKind;

/**
 * The data behind equipment and displacement measures, loaded once: equipment nouns with their class
 * (equipment.txt), the words that destroy or capture equipment (equipment_verbs.tsv), the words of displacement
 * (displacement.tsv) and the nouns of whom a displacement counts (displacement_units.tsv). Bad rows fail naming file
 * and line. Immutable once loaded.
 */
final class MeasureLexicon {
    /** Where the equipment stands relative to the verb. */
    enum Voice { ACTIVE, PASSIVE, BOTH, NOUN }

    /** The part a displacement word plays; see displacement.tsv. */
    enum Role { SUBJECT, OBJECT, CAUSATIVE, NOUN, ADJECTIVE, LEAVE }

    record EquipmentVerb(MeasureKind kind, Voice voice) {
        boolean active() {
            return voice == Voice.ACTIVE || voice == Voice.BOTH;
        }

        boolean passive() {
            return voice == Voice.PASSIVE || voice == Voice.BOTH;
        }
    }

    /** A noun of equipment; {@code what} is its class, null when the noun names no countable class. */
    record EquipmentNoun(String what) {
    }

    final PhraseSet<EquipmentNoun> equipment = new PhraseSet<>();
    final PhraseSet<EquipmentVerb> equipmentVerbs = new PhraseSet<>();
    final PhraseSet<Set<Role>> displacement = new PhraseSet<>();
    final PhraseSet<String> units = new PhraseSet<>();

    private static volatile MeasureLexicon instance;

    static MeasureLexicon get() {
        MeasureLexicon m = instance;
        if (m == null) {
            synchronized (MeasureLexicon.class) {
                m = instance;
                if (m == null) {
                    m = new MeasureLexicon(DataFile.rows("equipment.txt", 2),
                            DataFile.rows("equipment_verbs.tsv", 3), DataFile.rows("displacement.tsv", 2),
                            DataFile.rows("displacement_units.tsv", 2));
                    instance = m;
                }
            }
        }
        return m;
    }

    /** From parsed rows (the bundled files, or rows a test writes to check the error messages). */
    MeasureLexicon(List<DataRow> equipmentRows, List<DataRow> verbRows, List<DataRow> displacementRows,
                   List<DataRow> unitRows) {
        for (DataRow r : equipmentRows) {
            if (r.col(1).isEmpty()) {
                throw r.error("an equipment noun needs its class (or '-') in column 2");
            }
            String what = r.col(1);
            if (!what.equals("-") && !what.equals(what.toLowerCase(Locale.ROOT))) {
                throw r.error("an equipment class is lower case: '" + what + "'");
            }
            if (!equipment.add(r.col(0), new EquipmentNoun(what.equals("-") ? null : what))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        for (DataRow r : verbRows) {
            MeasureKind kind = switch (r.col(1)) {
                case "destroyed" -> MeasureKind.EQUIPMENT_DESTROYED;
                case "captured" -> MeasureKind.EQUIPMENT_CAPTURED;
                default -> throw r.error("kind must be destroyed or captured: " + r.col(1));
            };
            Voice voice;
            try {
                voice = Voice.valueOf(r.col(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("voice must be active, passive, both or noun: " + r.col(2));
            }
            if (voice == Voice.NOUN && !r.col(0).endsWith(" of")) {
                throw r.error("a noun form ends with 'of' (the equipment follows it): '" + r.col(0) + "'");
            }
            if (!equipmentVerbs.add(r.col(0), new EquipmentVerb(kind, voice))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        Map<String, Set<Role>> roles = new HashMap<>();
        for (DataRow r : displacementRows) {
            Role role;
            try {
                role = Role.valueOf(r.col(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("role must be subject, object, causative, noun, adjective or leave: " + r.col(1));
            }
            if (role == Role.NOUN && !r.col(0).endsWith(" of")) {
                throw r.error("a noun form ends with 'of' (the people follow it): '" + r.col(0) + "'");
            }
            String key = String.join(" ", PhraseSet.words(r.col(0)));
            if (!roles.computeIfAbsent(key, x -> EnumSet.noneOf(Role.class)).add(role)) {
                throw r.error("'" + r.col(0) + "' is listed twice as " + r.col(1));
            }
        }
        roles.forEach((phrase, set) -> displacement.add(phrase, Set.copyOf(set)));
        for (DataRow r : unitRows) {
            if (!Set.of("people", "families", "households").contains(r.col(1))) {
                throw r.error("unit must be people, families or households: " + r.col(1));
            }
            if (!units.add(r.col(0), r.col(1))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
    }
}
