package org.sitrep.simulate;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.DataRow;

/** An invented outlet: the side it speaks for (null for a neutral one) and how it credits what it reports. */
record Outlet(String name, String side, List<String> credits) {
    Outlet {
        credits = List.copyOf(credits);
    }

    static final String FILE = "outlets.tsv";

    boolean neutral() {
        return side == null;
    }

    static List<Outlet> bundled() {
        List<Outlet> out = new ArrayList<>();
        for (DataRow r : SimData.rows(FILE, "outlet", 3)) {
            out.add(new Outlet(r.col(0), r.col(1).equals("-") ? null : r.col(1), SimData.split(r.col(2))));
        }
        return out;
    }
}
