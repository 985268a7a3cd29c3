package org.sitrep.app;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesPoint;

/**
 * A series as a bar chart, rate per observed day, with each segment's rate drawn across it and each change point
 * marked by a dashed line and its kind, rates and probability. Gaps (nothing observed) show as a grey band with no
 * bar, so a gap never looks like a zero. SVG text, or PNG bytes drawn headless.
 */
public final class SeriesChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 420;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 64;
    private static final double BOTTOM = 64;
    private static final int MAX_LABELS = 12;
    private static final String BAR = "#4a78a8";
    private static final String GAP = "#e6e6e6";
    private static final String AXIS = "#333333";
    private static final String CHANGE = "#c0392b";

    private SeriesChart() {
    }

    public static String svg(Series series, List<ChangePoint> changes) {
        ChartCanvas.Svg c = new ChartCanvas.Svg(WIDTH, HEIGHT);
        draw(c, series, changes);
        return c.document();
    }

    public static byte[] png(Series series, List<ChangePoint> changes) {
        ChartCanvas.Png c = new ChartCanvas.Png(WIDTH, HEIGHT);
        draw(c, series, changes);
        return c.bytes();
    }

    private static void draw(ChartCanvas c, Series s, List<ChangePoint> changes) {
        List<SeriesPoint> pts = s.points();
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double max = pts.stream().filter(p -> p.rate() != null).mapToDouble(SeriesPoint::rate).max().orElse(0);
        double top = niceCeiling(Math.max(max, 1));
        int n = Math.max(pts.size(), 1);
        double bw = plotW / n;
        c.text(LEFT, 24, s.filter().describe() + ", per " + s.filter().by().wireName(), 16,
                ChartCanvas.Anchor.START, AXIS);
        c.text(LEFT, 44, pts.isEmpty() ? "no bucket: nothing matches" : pts.get(0).from() + " to "
                + pts.get(pts.size() - 1).to() + "; bars: rate per observed day; grey: no observation; dashed: "
                + "change points", 12, ChartCanvas.Anchor.START, "#666666");
        for (int i = 0; i < pts.size(); i++) {
            SeriesPoint p = pts.get(i);
            double x = LEFT + i * bw;
            if (p.rate() == null) {
                c.rect(x, TOP, bw, plotH, GAP);
            } else {
                double h = plotH * p.rate() / top;
                c.rect(x + bw * 0.1, TOP + plotH - h, bw * 0.8, h, BAR);
            }
        }
        axes(c, pts, top, plotW, plotH, bw);
        for (ChangePoint ch : changes) {
            int i = index(pts, ch);
            if (i < 0) {
                continue;
            }
            double x = LEFT + i * bw;
            c.line(x, TOP, x, TOP + plotH, CHANGE, 2, true);
            double yb = TOP + plotH - plotH * Math.min(ch.rateBefore(), top) / top;
            double ya = TOP + plotH - plotH * Math.min(ch.rateAfter(), top) / top;
            c.line(Math.max(LEFT, x - 3 * bw), yb, x, yb, CHANGE, 1.5, false);
            c.line(x, ya, Math.min(LEFT + plotW, x + 3 * bw), ya, CHANGE, 1.5, false);
            c.text(x + 4, TOP + 14, String.format(Locale.ROOT, "%s %s: %.2f \u2192 %.2f/day (p %.2f)",
                    ch.kind().wireName(), ch.date(), ch.rateBefore(), ch.rateAfter(), ch.probability()), 12,
                    x > LEFT + plotW * 0.6 ? ChartCanvas.Anchor.END : ChartCanvas.Anchor.START, CHANGE);
        }
    }

    private static void axes(ChartCanvas c, List<SeriesPoint> pts, double top, double plotW, double plotH,
                             double bw) {
        c.line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, AXIS, 1, false);
        c.line(LEFT, TOP, LEFT, TOP + plotH, AXIS, 1, false);
        for (int k = 0; k <= 4; k++) {
            double v = top * k / 4;
            double y = TOP + plotH - plotH * k / 4;
            c.line(LEFT - 4, y, LEFT, y, AXIS, 1, false);
            c.text(LEFT - 8, y + 4, String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v), 11,
                    ChartCanvas.Anchor.END, AXIS);
        }
        int every = Math.max(1, (int) Math.ceil(pts.size() / (double) MAX_LABELS));
        for (int i = 0; i < pts.size(); i += every) {
            double x = LEFT + i * bw + bw / 2;
            c.line(x, TOP + plotH, x, TOP + plotH + 4, AXIS, 1, false);
            c.text(x, TOP + plotH + 18, pts.get(i).from().toString(), 11, ChartCanvas.Anchor.MIDDLE, AXIS);
        }
        c.text(LEFT + plotW / 2, HEIGHT - 16, "bucket (first day)", 12, ChartCanvas.Anchor.MIDDLE, AXIS);
    }

    private static int index(List<SeriesPoint> pts, ChangePoint ch) {
        for (int i = 0; i < pts.size(); i++) {
            if (!pts.get(i).to().isBefore(ch.date())) {
                return i;
            }
        }
        return -1;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
