package org.sitrep.bench.throughput;

import java.util.Locale;

/** Number formatting for reports: about three significant figures, thousands separated. */
final class Fmt {
    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String ms(long nanos) {
        return num(nanos / 1e6);
    }

    static String bytes(long b) {
        double mib = b / (1024.0 * 1024.0);
        if (mib < 1) {
            return num(b / 1024.0) + " KiB";
        }
        return mib >= 1024 ? num(mib / 1024) + " GiB" : num(mib) + " MiB";
    }
}
