package org.sitrep.bench.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.SubEventType;

/** The label vocabulary: ACLED's 25 sub-event types (spelled as ACLED exports them) and NONE for "no event". */
public final class Labels {
    public static final String NONE = "NONE";
    /** The 25 sub-event type labels in ACLED's order. */
    public static final List<String> SUB_EVENT_TYPES =
            Arrays.stream(SubEventType.values()).map(SubEventType::label).toList();

    private Labels() {
    }

    /** The canonical label for {@code s} (an ACLED label or enum name in any case, or NONE), if it is one. */
    public static Optional<String> canonical(String s) {
        if (s == null) {
            return Optional.empty();
        }
        if (s.strip().equalsIgnoreCase(NONE)) {
            return Optional.of(NONE);
        }
        return SubEventType.parse(s).map(SubEventType::label);
    }

    /** ACLED's event type of a sub-event label; NONE stays NONE. */
    public static String eventTypeOf(String label) {
        if (label.equals(NONE)) {
            return NONE;
        }
        return SubEventType.parse(label).orElseThrow(() -> new IllegalArgumentException("not a label: " + label))
                .eventType().label();
    }

    /** ACLED's six event type labels. */
    public static List<String> eventTypes() {
        return Arrays.stream(SubEventType.EventType.values()).map(SubEventType.EventType::label).toList();
    }
}
