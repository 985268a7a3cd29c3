package org.sitrep.resolve;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Report;

/** Geocodes the place mentions of a document's reports (unresolved places stay unresolved, with candidates). */
public interface ReportPlacer {
    List<Report> place(Document document, List<Report> reports);
}
