package org.sitrep.record;

import java.util.List;
import org.sitrep.link.EventIndex;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.Linker;
import org.sitrep.model.Report;

/** The linking step the recorder runs once per document; {@link Linker#link} in production. */
@FunctionalInterface
public interface Linking {
    LinkChanges link(List<Report> newReports, EventIndex index);

    static Linking standard() {
        return Linker.standard()::link;
    }
}
