package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;

/**
 * Keeps the sentence encoder's large files unpacked on disk between runs: ONNX Runtime's native library and the model.
 * Left to itself, ONNX Runtime unpacks its 28 MB library into a fresh temporary directory on every start (and deletes
 * it at exit), and the model's 23 MB are inflated from their jar each time;
 * together about half a second of every cold start, on the first article's path. Files are unpacked once into a
 * directory named by the jar entry's checksum, written whole under a temporary name and then moved into place, so a
 * second process never reads half a file and a new version never meets an old file.
 *
 * <p>Where the cache cannot be written, nothing changes: ONNX Runtime unpacks as it always did and the model is read
 * from its jar.
 */
final class EncoderFiles {
    /** ONNX Runtime's own switch: load the native library from this directory instead of unpacking it. */
    static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
    /** Overrides where the files are kept (default: $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep). */
    static final String CACHE_PROPERTY = "sitrep.cache.dir";

    private EncoderFiles() {
    }

    /**
     * Points ONNX Runtime at an unpacked copy of its native library, unless the user has chosen a directory or the
     * platform's library is not on the class path. Call before the runtime's first use.
     */
    static void useCachedNativeLibrary() {
        if (System.getProperty(NATIVE_PATH_PROPERTY) != null) {
            return;
        }
        Optional<String> platform = platform();
        Optional<Path> root = root();
        if (platform.isEmpty() || root.isEmpty()) {
            return;
        }
        String dir = "ai/onnxruntime/native/" + platform.get() + "/";
        String[] libs = {System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni")};
        try {
            // both libraries in one directory, named by the main library's version
            String dirName = "onnxruntime-" + stamp(dir + libs[0]);
            Path at = null;
            for (String lib : libs) {
                Optional<Path> file = unpacked(dir + lib, root.get(), dirName);
                if (file.isEmpty()) {
                    return;
                }
                at = file.get().getParent();
            }
            System.setProperty(NATIVE_PATH_PROPERTY, at.toString());
        } catch (IOException e) {
            // the runtime unpacks its own copy, as without a cache
        }
    }

    /** The model resource as a file on disk (unpacked once into the cache), or empty to read it from its jar. */
    static Optional<Path> model(String resource) {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            return unpacked(resource, root.get(), "model-" + stamp(resource));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The resource's file: itself when the class path holds it as a file, else its copy under {@code root/dirName},
     * unpacked now unless a copy of the right size is there. Empty when the class path does not have it.
     */
    static Optional<Path> unpacked(String resource, Path root, String dirName) throws IOException {
        URL url = EncoderFiles.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        if (url.getProtocol().equals("file")) {
            try {
                return Optional.of(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(url + ": not a file path", e);
            }
        }
        long size = entry(url).map(ZipEntry::getSize).orElse(-1L);
        Path dir = root.resolve(dirName);
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (size >= 0 && Files.isRegularFile(file) && Files.size(file) == size) {
            return Optional.of(file);
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return Optional.of(file);
    }

    /** The jar entry's checksum and size, so a new version of the file lands in a new directory. */
    private static String stamp(String resource) throws IOException {
        URL url = EncoderFiles.class.getClassLoader().getResource(resource);
        Optional<ZipEntry> e = url == null ? Optional.empty() : entry(url);
        return e.map(z -> Long.toHexString(z.getCrc()) + "-" + z.getSize()).orElse("unversioned");
    }

    private static Optional<ZipEntry> entry(URL url) throws IOException {
        if (!url.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        // the connection's cached jar is shared by every lookup, so the jar's directory is read once
        return Optional.ofNullable(((JarURLConnection) url.openConnection()).getJarEntry());
    }

    private static Optional<Path> root() {
        String chosen = System.getProperty(CACHE_PROPERTY);
        if (chosen != null) {
            return Optional.of(Path.of(chosen));
        }
        return root(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
    }

    /**
     * The cache directory from the environment: a relative or missing path gives none (a container's unknown user
     * has the home "?", and the cache must not land in whatever directory the command runs from).
     */
    static Optional<Path> root(String xdgCacheHome, String userHome) {
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return Optional.of(Path.of(xdgCacheHome, "sitrep"));
        }
        if (userHome == null || userHome.isBlank() || !Path.of(userHome).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(userHome, ".cache", "sitrep"));
    }

    /**
     * ONNX Runtime's name for this machine's folder of native libraries, on Linux only: elsewhere the runtime's
     * libraries come in other sets (a providers library beside them on Windows) that we have not run from a cache.
     */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return a == null || !os.startsWith("linux") ? Optional.empty() : Optional.of("linux-" + a);
    }
}
