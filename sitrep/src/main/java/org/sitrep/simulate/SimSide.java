package org.sitrep.simulate;

import java.util.List;

/**
 * A side of the simulated war: an actor of the knowledge base holding ground (starting from {@code starts}) or
 * striking from the air (at {@code struck}), and the names neutral, its own and hostile outlets give it.
 */
record SimSide(int index, String actorId, boolean ground, List<String> starts, String struck, List<String> neutral,
               List<String> own, List<String> hostile) {
    SimSide {
        starts = List.copyOf(starts);
        neutral = List.copyOf(neutral);
        own = List.copyOf(own);
        hostile = List.copyOf(hostile);
    }

    static final String FILE = "sides.tsv";

    /** The bundled sides, in file order (their index is their position). */
    static List<SimSide> bundled() {
        List<org.sitrep.knowledge.DataRow> rows = SimData.rows(FILE, "actor", 6);
        java.util.ArrayList<SimSide> out = new java.util.ArrayList<>();
        for (org.sitrep.knowledge.DataRow r : rows) {
            boolean ground = switch (r.col(1)) {
                case "ground" -> true;
                case "air" -> false;
                default -> throw r.error("role must be ground or air, not '" + r.col(1) + "'");
            };
            out.add(new SimSide(out.size(), r.col(0), ground, ground ? SimData.split(r.col(2)) : List.of(),
                    ground ? null : r.col(2), SimData.split(r.col(3)), SimData.split(r.col(4)),
                    SimData.split(r.col(5))));
        }
        return out;
    }
}
