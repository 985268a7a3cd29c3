package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Where an export goes: stdout, or a file written whole or not at all (a temporary file beside it, then an atomic
 * move), so a failed or interrupted export never leaves half a file under the real name.
 */
final class Output {
    interface Body {
        void write(Writer w) throws IOException;
    }

    private Output() {
    }

    static void toStdout(PrintWriter out, Body body) throws IOException {
        body.write(out);
        out.flush();
    }

    static void toFile(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                body.write(w);
            }
            givePermissionsOfNewFile(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is created owner-only (0600), whatever the user's umask; the file it becomes must look like
     * any file the user creates. So it takes the permissions of the file it replaces, or else those of a freshly
     * created probe file beside it (which the system gives under the umask). Without POSIX permissions there is
     * nothing to do.
     */
    static void givePermissionsOfNewFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        if (Files.exists(target)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            return;
        }
        Path probe = tmp.resolveSibling(tmp.getFileName() + ".mode");
        Files.deleteIfExists(probe);
        Files.createFile(probe);
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(probe));
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
