package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        InputStream in = LinkData.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("link data file " + DIR + name + " is missing from the classpath");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (!s.isBlank() && !s.startsWith("#")) {
                    out.add(new Line(name, n, s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link data file " + name, e);
        }
        return out;
    }

    /** Lines of a tab-separated file after its header row. */
    static List<Line> rows(String name) {
        List<Line> all = lines(name);
        return all.isEmpty() ? all : all.subList(1, all.size());
    }
}
