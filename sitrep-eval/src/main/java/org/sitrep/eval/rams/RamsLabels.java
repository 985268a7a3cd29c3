package org.sitrep.eval.rams;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/**
 * Our own reading of RAMS trigger sentences as ACLED sub-event types (rams-labels.tsv): what each sentence reports, or
 * NONE when it reports no event ACLED would code. A cleaner key than {@link RamsAcledMap}, which must take a RAMS type
 * for every sentence filed under it (a coup filed as a battle, a politician who "attacked" a rival), and one that also
 * says which sentences report no event at all.
 */
final class RamsLabels {
    static final String FILE = "rams-labels.tsv";
    static final String NONE = "NONE";

    /** One passage's label: a type, or empty for NONE; {@code sure} when the labeller had no doubt. */
    record Label(Optional<SubEventType> type, boolean sure) {
    }

    private final Map<String, Label> byDoc = new HashMap<>();

    RamsLabels(java.util.List<DataRow> rows) {
        for (DataRow r : rows) {
            if (r.cols().length < 4 || r.col(3).isEmpty()) {
                throw r.error("every label needs a confidence and a reason");
            }
            Optional<SubEventType> type = Optional.empty();
            if (!r.col(1).equals(NONE)) {
                type = Optional.of(RamsAcledMap.acledType(r, 1));
            }
            if (!r.col(2).equals("sure") && !r.col(2).equals("unsure")) {
                throw r.error("confidence must be sure or unsure, not '" + r.col(2) + "'");
            }
            if (byDoc.put(r.col(0), new Label(type, r.col(2).equals("sure"))) != null) {
                throw r.error("passage " + r.col(0) + " is labelled twice");
            }
        }
    }

    static RamsLabels load() {
        return new RamsLabels(DataRow.parse(FILE, BundledResource.lines(RamsLabels.class, FILE), 4,
                IllegalStateException::new));
    }

    /** The passage's label, empty when it was not among the candidates labelled. */
    Optional<Label> of(String docKey) {
        return Optional.ofNullable(byDoc.get(docKey));
    }

    int size() {
        return byDoc.size();
    }
}
