package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands files and folders (recursively) into the article files sitrep reads, in a stable order. */
public final class SourceFinder {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

    private SourceFinder() {
    }

    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
    }

    /**
     * Files named directly are kept whatever their extension (the reader will judge them); folders contribute
     * their article files. Paths that do not exist are returned too, so the caller reports them.
     */
    public static List<Path> find(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    TreeSet<Path> sorted = new TreeSet<>();
                    s.filter(Files::isRegularFile).filter(SourceFinder::isArticleFile).forEach(sorted::add);
                    out.addAll(sorted);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root, e);
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }
}
