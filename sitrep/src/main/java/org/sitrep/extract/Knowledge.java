package org.sitrep.extract;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Attribution;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;

/** Every extraction data file, loaded once into immutable lookups. Bad rows fail naming file and line. */
final class Knowledge {
    record TypeInfo(String ploverEvent, String ploverMode, String cameoRoot) {
    }

    record Reporting(Modality modality, String objectRole) {
    }

    record Prep(int strength, boolean vicinity) {
    }

    final PhraseSet<Trigger> triggers = new PhraseSet<>();
    final Map<SubEventType, TypeInfo> types = new EnumMap<>(SubEventType.class);
    final PhraseSet<Integer> numberWords = new PhraseSet<>();
    final Map<String, Integer> multipliers = new HashMap<>();
    final PhraseSet<Cue> cues = new PhraseSet<>();
    final PhraseSet<Reporting> reporting = new PhraseSet<>();
    final PhraseSet<Boolean> actorHeads = new PhraseSet<>();
    final Set<String> actorModifiers = new HashSet<>();
    final Set<String> placeHeads = new HashSet<>();
    final PhraseSet<Prep> placePreps = new PhraseSet<>();
    final Set<String> abbreviations = new HashSet<>();
    final PhraseSet<Attribution.Role> sources = new PhraseSet<>();
    final Map<String, Attribution.Role> sourceWords = new HashMap<>();
    final PhraseSet<Boolean> equipment = new PhraseSet<>();
    final Set<String> statisticWords = new HashSet<>();
    final Set<String> stopNames = new HashSet<>();
    /** Lower-case side words that make a generic actor1 when they modify an event noun ("rebel shelling"). */
    final Set<String> sideModifiers = new HashSet<>();
    /** Nouns an event noun may merely label ("airstrike site"); see modified_heads.txt. */
    final Set<String> modifiedHeads = new HashSet<>();
    final Set<String> stateWords = new HashSet<>();
    final Set<String> forceWords = new HashSet<>();
    final Set<String> rankWords = new HashSet<>();
    final Set<String> reactionVerbs = new HashSet<>();
    final PhraseSet<SubEventType> protestEscalation = new PhraseSet<>();
    final PhraseSet<SubEventType> instrumentActors = new PhraseSet<>();
    final Set<String> mobWords = new HashSet<>();
    final Set<String> proStateWords = new HashSet<>();
    final Set<String> nonStateWords = new HashSet<>();
    final PhraseSet<Boolean> propertyNouns = new PhraseSet<>();
    final PhraseSet<Boolean> hqNouns = new PhraseSet<>();
    final PhraseSet<Boolean> mannedAircraft = new PhraseSet<>();
    final PhraseSet<Boolean> genericPlaces = new PhraseSet<>();
    /** Words shaping an attribution link's name, by kind (time, descriptor, prefix, leads, own-staff). */
    final Map<String, Set<String>> attributionWords = new HashMap<>();
    /** Capitals that may stand for their government ("Moscow denied"), with the country; government_seats.tsv. */
    final PhraseSet<String> governmentSeats = new PhraseSet<>();
    /** Country names and demonyms that, alone as an event's actor, name the state's forces (state_forces.tsv). */
    final Map<String, String> stateForces = new HashMap<>();
    /** Verbs whose seat-of-government subject is no place, true for action, false for stance; government_verbs.tsv. */
    final Map<String, Boolean> governmentVerbs = new HashMap<>();

    private static volatile Knowledge instance;

    static Knowledge get() {
        Knowledge k = instance;
        if (k == null) {
            synchronized (Knowledge.class) {
                k = instance;
                if (k == null) {
                    k = new Knowledge();
                    instance = k;
                }
            }
        }
        return k;
    }

    private Knowledge() {
        for (DataRow r : DataFile.rows("triggers.tsv", 6)) {
            boolean verb = switch (r.col(1)) {
                case "V" -> true;
                case "N" -> false;
                default -> throw r.error("part must be V or N: " + r.col(1));
            };
            SubEventType type = null;
            if (!r.col(2).equals("-")) {
                type = SubEventType.parse(r.col(2)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(2)));
            }
            int weight;
            try {
                weight = Integer.parseInt(r.col(3));
            } catch (NumberFormatException e) {
                throw r.error("weight is not a number: " + r.col(3));
            }
            String mode = r.col(4).equals("-") ? null : r.col(4);
            Set<String> tags = r.col(5).equals("-") ? Set.of() : Set.of(r.col(5).split(","));
            for (String form : r.col(0).split("\\|")) {
                if (!triggers.add(form, new Trigger(form, verb, type, weight, mode, tags))) {
                    throw r.error("trigger '" + form + "' is listed twice");
                }
            }
        }
        for (DataRow r : DataFile.rows("types.tsv", 4)) {
            SubEventType t = SubEventType.parse(r.col(0)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(0)));
            types.put(t, new TypeInfo(dash(r.col(1)), dash(r.col(2)), dash(r.col(3))));
        }
        for (SubEventType t : SubEventType.values()) {
            if (!types.containsKey(t)) {
                throw new DataFile.DataException("types.tsv: no row for sub-event type " + t);
            }
        }
        for (DataRow r : DataFile.rows("numbers.tsv", 2)) {
            numberWords.add(r.col(0), parseInt(r, 1));
        }
        for (DataRow r : DataFile.rows("multipliers.tsv", 2)) {
            multipliers.put(r.col(0).toLowerCase(Locale.ROOT), parseInt(r, 1));
        }
        for (DataRow r : DataFile.rows("modality.tsv", 3)) {
            Modality m = Modality.parse(r.col(1)).orElseThrow(() -> r.error("unknown modality " + r.col(1)));
            Cue.Scope scope;
            try {
                scope = Cue.Scope.valueOf(r.col(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("scope must be sentence, before, trigger or generic: " + r.col(2));
            }
            if (!cues.add(r.col(0), new Cue(m, scope))) {
                throw r.error("cue '" + r.col(0) + "' is listed twice");
            }
        }
        for (DataRow r : DataFile.rows("reporting.tsv", 3)) {
            Modality m = Modality.parse(r.col(1)).orElseThrow(() -> r.error("unknown modality " + r.col(1)));
            reporting.add(r.col(0), new Reporting(m, dash(r.col(2))));
        }
        for (DataRow r : DataFile.rows("actor_heads.tsv", 2)) {
            actorHeads.add(r.col(0), r.col(1).equals("c"));
        }
        actorModifiers.addAll(DataFile.words("actor_modifiers.txt"));
        placeHeads.addAll(DataFile.words("place_heads.txt"));
        for (DataRow r : DataFile.rows("place_prepositions.tsv", 3)) {
            placePreps.add(r.col(0), new Prep(parseInt(r, 1), r.col(2).equals("y")));
        }
        abbreviations.addAll(DataFile.words("abbreviations.txt"));
        for (DataRow r : DataFile.rows("sources.tsv", 2)) {
            sources.add(r.col(0), role(r, r.col(1)));
        }
        for (DataRow r : DataFile.rows("attribution_words.tsv", 2)) {
            if (!Set.of("time", "month", "descriptor", "prefix", "leads", "own-staff").contains(r.col(1))) {
                throw r.error("unknown kind '" + r.col(1) + "' (time, descriptor, prefix, leads or own-staff)");
            }
            if (!r.col(0).equals(r.col(0).toLowerCase(Locale.ROOT)) || r.col(0).contains(" ")) {
                throw r.error("expected one lower-case word, got '" + r.col(0) + "'");
            }
            attributionWords.computeIfAbsent(r.col(1), x -> new HashSet<>()).add(r.col(0));
        }
        for (DataRow r : DataFile.rows("source_words.tsv", 2)) {
            sourceWords.put(r.col(0).toLowerCase(Locale.ROOT), role(r, r.col(1)));
        }
        for (String w : DataFile.words("equipment.txt")) {
            equipment.add(w, Boolean.TRUE);
        }
        statisticWords.addAll(DataFile.words("statistic_words.txt"));
        stopNames.addAll(DataFile.words("stop_names.txt"));
        sideModifiers.addAll(DataFile.words("side_modifiers.txt"));
        modifiedHeads.addAll(DataFile.words("modified_heads.txt"));
        stateWords.addAll(DataFile.words("state_words.txt"));
        forceWords.addAll(DataFile.words("force_words.txt"));
        rankWords.addAll(DataFile.words("rank_words.txt"));
        reactionVerbs.addAll(DataFile.words("reaction_verbs.txt"));
        for (DataRow r : DataFile.rows("protest_escalation.tsv", 2)) {
            if (!protestEscalation.add(r.col(0),
                    SubEventType.parse(r.col(1)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(1))))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        for (DataRow r : DataFile.rows("instrument_actors.tsv", 2)) {
            if (!instrumentActors.add(r.col(0),
                    SubEventType.parse(r.col(1)).orElseThrow(() -> r.error("unknown sub-event type " + r.col(1))))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        mobWords.addAll(DataFile.words("mob_words.txt"));
        proStateWords.addAll(DataFile.words("pro_state_words.txt"));
        nonStateWords.addAll(DataFile.words("non_state_words.txt"));
        for (String w : DataFile.words("property_nouns.txt")) {
            propertyNouns.add(w, Boolean.TRUE);
        }
        for (String w : DataFile.words("hq_nouns.txt")) {
            hqNouns.add(w, Boolean.TRUE);
        }
        for (String w : DataFile.words("manned_aircraft.txt")) {
            mannedAircraft.add(w, Boolean.TRUE);
        }
        for (String w : DataFile.words("generic_places.txt")) {
            genericPlaces.add(w, Boolean.TRUE);
        }
        for (DataRow r : DataFile.rows("government_seats.tsv", 2)) {
            if (!Character.isUpperCase(r.col(0).charAt(0))) {
                throw r.error("a seat of government is a capitalised name: '" + r.col(0) + "'");
            }
            if (!governmentSeats.add(r.col(0), r.col(1))) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        for (DataRow r : DataFile.rows("state_forces.tsv", 2)) {
            if (!Character.isUpperCase(r.col(0).charAt(0)) || r.col(1).isBlank()) {
                throw r.error("expected a capitalised name and the forces it stands for");
            }
            if (stateForces.put(r.col(0), r.col(1)) != null) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        for (DataRow r : DataFile.rows("government_verbs.tsv", 2)) {
            String w = r.col(0);
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
                throw r.error("expected one lower-case word, got '" + w + "'");
            }
            boolean action = switch (r.col(1)) {
                case "action" -> true;
                case "stance" -> false;
                default -> throw r.error("kind must be action or stance: " + r.col(1));
            };
            if (governmentVerbs.put(w, action) != null) {
                throw r.error("'" + w + "' is listed twice");
            }
        }
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static int parseInt(DataRow r, int col) {
        try {
            return Integer.parseInt(r.col(col));
        } catch (NumberFormatException e) {
            throw r.error("not a whole number: " + r.col(col));
        }
    }

    private static Attribution.Role role(DataRow r, String s) {
        return switch (s) {
            case "OUTLET" -> Attribution.Role.OUTLET;
            case "ORGANISATION" -> Attribution.Role.ORGANISATION;
            default -> throw r.error("role must be OUTLET or ORGANISATION: " + s);
        };
    }
}
