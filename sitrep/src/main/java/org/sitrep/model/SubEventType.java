package org.sitrep.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** ACLED's 25 sub-event types, each with its event type, spelled exactly as ACLED exports them. */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE(EventType.PROTESTS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType eventType;
    private final String label;

    SubEventType(EventType eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    public EventType eventType() {
        return eventType;
    }

    /** ACLED's spelling. */
    public String label() {
        return label;
    }

    /** Finds a sub-event type by ACLED label or enum name, case-insensitively. */
    public static Optional<SubEventType> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        // stored records hold the exact label: one look-up, where the scan below costs a case-blind compare per type
        SubEventType exact = ByLabel.EXACT.get(s);
        if (exact != null) {
            return Optional.of(exact);
        }
        String t = s.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t.replace(' ', '_')))
                .findFirst();
    }

    /** The types by their exact ACLED label. */
    private static final class ByLabel {
        static final Map<String, SubEventType> EXACT = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(v -> v.label, v -> v));
    }

    /** ACLED's six event types. */
    public enum EventType {
        BATTLES("Battles", "Political violence"),
        EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", "Political violence"),
        VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "Political violence"),
        PROTESTS("Protests", "Demonstrations"),
        RIOTS("Riots", "Demonstrations"),
        STRATEGIC_DEVELOPMENTS("Strategic developments", "Strategic developments");

        private final String label;
        private final String disorderType;

        EventType(String label, String disorderType) {
            this.label = label;
            this.disorderType = disorderType;
        }

        public String label() {
            return label;
        }

        /** ACLED's disorder_type for this event type (riots and mob violence may also be political violence). */
        public String disorderType() {
            return disorderType;
        }

        public static Optional<EventType> parse(String s) {
            if (s == null) {
                return Optional.empty();
            }
            String t = s.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(v -> v.label.toLowerCase(Locale.ROOT).equals(t)
                    || v.name().equalsIgnoreCase(t.replace(' ', '_'))).findFirst();
        }
    }
}
