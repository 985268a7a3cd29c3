package org.sitrep.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/** What a chart is drawn on: an SVG document or a PNG image (Java2D, headless), with the same few primitives. */
interface ChartCanvas {
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double w, double h, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void text(double x, double y, String s, int size, Anchor anchor, String fill);

    /** SVG text: shapes in document order, colours as {@code #rrggbb}, text escaped. */
    final class Svg implements ChartCanvas {
        private final StringBuilder b = new StringBuilder();
        private final int width;
        private final int height;

        Svg(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>%n", x, y, w, h, fill));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"%.1f\"%s/>%n", x1, y1, x2, y2, stroke, width,
                    dashed ? " stroke-dasharray=\"5,4\"" : ""));
        }

        @Override
        public void text(double x, double y, String s, int size, Anchor anchor, String fill) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" "
                    + "font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n", x, y, size,
                    anchor.name().toLowerCase(Locale.ROOT), fill, escape(s)));
        }

        String document() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                    + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + b + "</svg>\n";
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** A PNG image drawn with Java2D (no display needed). */
    final class Png implements ChartCanvas {
        private final BufferedImage image;
        private final Graphics2D g;

        Png(int width, int height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            g.setColor(Color.decode(fill));
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            g.setColor(Color.decode(stroke));
            g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {5, 4}, 0) : new BasicStroke((float) width));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String s, int size, Anchor anchor, String fill) {
            g.setColor(Color.decode(fill));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            double w = g.getFontMetrics().stringWidth(s);
            double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
            g.drawString(s, (float) left, (float) y);
        }

        byte[] bytes() {
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
