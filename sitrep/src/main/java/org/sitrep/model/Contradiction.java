package org.sitrep.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A disagreement among the reports of one event: each side names the position it takes, the reports that take
 * it and the sources behind them, so a reader can weigh both with their evidence.
 */
public record Contradiction(Kind kind, String summary, List<Side> sides) {
    public Contradiction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        sides = List.copyOf(sides == null ? List.of() : sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a contradiction has at least two sides");
        }
    }

    public enum Kind {
        /** captured vs repelled; a road cut vs open; a strike effective vs not. */
        OUTCOME,
        /** fatality or injury figures that differ beyond the tolerance. */
        NUMBER,
        /** different perpetrators named for the same act. */
        RESPONSIBILITY,
        /** a claim and its denial. */
        DENIAL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromWire(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** One position in the dispute, e.g. "captured" or "62 killed", with who holds it. */
    public record Side(String position, List<String> reportIds, List<String> sources) {
        public Side {
            Objects.requireNonNull(position, "position");
            reportIds = List.copyOf(reportIds == null ? List.of() : reportIds);
            sources = List.copyOf(sources == null ? List.of() : sources);
        }
    }
}
