package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.Report;

/** Closes a report's attribution chain with the outlet of the document it was read in. */
final class DocumentAttribution {
    private DocumentAttribution() {
    }

    static Report close(Report r, Document doc) {
        if (doc.outlet() == null || doc.outlet().isBlank()) {
            return r;
        }
        List<Attribution> chain = new ArrayList<>(r.attribution());
        if (!chain.isEmpty() && chain.get(chain.size() - 1).role() == Attribution.Role.DOCUMENT_OUTLET) {
            return r;
        }
        chain.add(new Attribution(doc.outlet(), Attribution.Role.DOCUMENT_OUTLET, null));
        return r.withAttribution(chain);
    }
}
