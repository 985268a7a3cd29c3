package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expands files and folders (recursively, following symbolic links) into the article files sitrep reads, in a
 * stable order. A path that cannot be searched (a folder it may not read, a broken link, a link leading back to a
 * folder it is inside, an entry gone since the listing) is reported and skipped: the rest of the search goes on.
 */
public final class SourceFinder {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    /** What a folder without article files is told it lacks. */
    public static final String ARTICLE_KINDS = ".txt, .md, .markdown, .html, .htm; feeds .rss, .atom, .xml; "
            + ".warc, .warc.gz; .jsonl, .ndjson";

    /** Opens a folder's listing. The file system's by default; a test's to provoke what the OS does to some users. */
    @FunctionalInterface
    public interface FolderLister {
        DirectoryStream<Path> open(Path folder) throws IOException;
    }

    private final FolderLister lister;

    public SourceFinder() {
        this(Files::newDirectoryStream);
    }

    public SourceFinder(FolderLister lister) {
        this.lister = lister;
    }

    public static boolean isArticleFile(Path p) {
        return EXTENSIONS.contains(extension(p)) || Containers.hasContainerName(p);
    }

    /** The article files of these roots, for callers that only want the files (problems are dropped). */
    public static List<Path> find(List<Path> roots) {
        return new SourceFinder().search(roots).files();
    }

    /**
     * Files named directly are kept whatever their extension (the reader will judge them), as are named paths that
     * do not exist, so the reader reports them; folders contribute their article files.
     */
    public Sources search(List<Path> roots) {
        Search s = new Search();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                TreeSet<Path> sorted = new TreeSet<>();
                s.folder(root, sorted, new HashSet<>());
                s.files.addAll(sorted);
            } else if (Files.isSymbolicLink(root) && !Files.exists(root)) {
                s.problems.add(brokenLink(root));
            } else {
                s.files.add(root);
            }
        }
        return new Sources(s.files, s.problems, s.otherKinds);
    }

    private static String extension(Path p) {
        Path name = p.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && dot < n.length() - 1 ? n.substring(dot + 1) : "";
    }

    private static PathProblem brokenLink(Path link) {
        String target;
        try {
            target = String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        return new PathProblem(link, PathProblem.BROKEN_LINK,
                "broken symbolic link (its target " + target + " does not exist), skipped");
    }

    /** One search: what it found so far. */
    private final class Search {
        final List<Path> files = new ArrayList<>();
        final List<PathProblem> problems = new ArrayList<>();
        final Map<String, List<Path>> otherKinds = new TreeMap<>();

        /** Walks a folder; {@code inside} holds the real paths of the folders the walk is in (to see loops). */
        void folder(Path dir, TreeSet<Path> found, Set<Path> inside) {
            Path real;
            List<Path> entries = new ArrayList<>();
            try {
                real = dir.toRealPath();
                try (DirectoryStream<Path> ds = lister.open(dir)) {
                    ds.forEach(entries::add);
                }
            } catch (AccessDeniedException e) {
                problems.add(new PathProblem(dir, PathProblem.UNREADABLE_FOLDER,
                        "cannot read this folder (permission denied), its files skipped"));
                return;
            } catch (NoSuchFileException e) {
                problems.add(new PathProblem(dir, PathProblem.VANISHED, "folder vanished while it was searched"));
                return;
            } catch (IOException | RuntimeException e) {
                // DirectoryIteratorException and other surprises from one folder must not end the search
                problems.add(new PathProblem(dir, PathProblem.UNREADABLE_FOLDER,
                        "cannot read this folder (" + reason(e) + "), its files skipped"));
                return;
            }
            inside.add(real);
            entries.sort(null);
            for (Path entry : entries) {
                entry(entry, found, inside);
            }
            inside.remove(real);
        }

        private void entry(Path entry, TreeSet<Path> found, Set<Path> inside) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(entry)) {
                    problems.add(brokenLink(entry));
                } else {
                    problems.add(new PathProblem(entry, PathProblem.VANISHED, "vanished while its folder was searched"));
                }
                return;
            } catch (IOException e) {
                problems.add(linkLoop(entry, e) ? new PathProblem(entry, PathProblem.LOOP,
                        "symbolic link loop (the links never reach a file or folder), skipped")
                        : new PathProblem(entry, PathProblem.UNREADABLE_FILE, "cannot read (" + reason(e) + ")"));
                return;
            }
            if (a.isDirectory()) {
                if (isAncestor(entry, inside)) {
                    problems.add(new PathProblem(entry, PathProblem.LOOP,
                            "symbolic link loop (leads back to a folder it is inside), not followed"));
                } else {
                    folder(entry, found, inside);
                }
            } else if (!isArticleFile(entry)) {
                String ext = extension(entry);
                otherKinds.computeIfAbsent(ext.isEmpty() ? "no extension" : "." + ext, k -> new ArrayList<>())
                        .add(entry);
            } else if (a.isRegularFile()) {
                found.add(entry);
            } else {
                // a FIFO or device named like an article: opening it could block forever
                problems.add(new PathProblem(entry, PathProblem.NOT_REGULAR,
                        "not a regular file (a pipe, socket or device), skipped"));
            }
        }

        private boolean isAncestor(Path dir, Set<Path> inside) {
            try {
                return inside.contains(dir.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** A chain of links that never ends (a -> b -> a) fails with ELOOP, which Java reports only in its message. */
    private static boolean linkLoop(Path entry, IOException e) {
        return e instanceof FileSystemException && Files.isSymbolicLink(entry)
                && String.valueOf(((FileSystemException) e).getReason()).toLowerCase(Locale.ROOT).contains("levels");
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
