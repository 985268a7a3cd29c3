package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a data file shipped inside sitrep (UTF-8, on the classpath beside a class). A missing or unreadable file
 * means a broken build, so it fails at once naming the file; what the lines mean is the caller's business.
 */
public final class BundledResource {
    private BundledResource() {
    }

    /** Turns a data file's text into its structure; {@code name} names the file in error messages. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(BufferedReader in, String name) throws IOException;
    }

    /** Parses the resource {@code path} (relative to {@code anchor}'s package, or absolute with a leading '/'). */
    public static <T> T read(Class<?> anchor, String path, Parser<T> parser) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the classpath (beside "
                    + anchor.getName() + ")");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.parse(r, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /** All lines of the resource, in order (line n is at index n - 1). */
    public static List<String> lines(Class<?> anchor, String path) {
        return read(anchor, path, (r, name) -> r.lines().toList());
    }
}
