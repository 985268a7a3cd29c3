package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.BundledResource;

/** Reads this package's data files: UTF-8 lines, '#' comments and blank lines skipped, errors naming the file. */
final class LinkData {
    static final String DIR = "/org/sitrep/link/";

    /** One data line with where it came from, so a check can point at it. */
    record Line(String file, int number, String text) {
        String[] cells(int min) {
            String[] c = text.split("\t", -1);
            if (c.length < min) {
                throw error("expected at least " + min + " tab-separated columns, found " + c.length);
            }
            return c;
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + number + ": " + problem);
        }
    }

    private LinkData() {
    }

    static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        List<String> lines = BundledResource.lines(LinkData.class, DIR + name);
        for (int n = 1; n <= lines.size(); n++) {
            String s = lines.get(n - 1);
            if (!s.isBlank() && !s.startsWith("#")) {
                out.add(new Line(name, n, s));
            }
        }
        return out;
    }

    /** Lines of a tab-separated file after its header row. */
    static List<Line> rows(String name) {
        List<Line> all = lines(name);
        return all.isEmpty() ? all : all.subList(1, all.size());
    }
}
