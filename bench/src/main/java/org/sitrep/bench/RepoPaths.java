package org.sitrep.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, seen from the running bench jar (bench/target/...), for default paths. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** The repository root: three levels above bench/target/sitrep-bench.jar or bench/target/classes, else cwd. */
    public static Path repoRoot() {
        try {
            Path here = Path.of(RepoPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
            Path candidate = here.getParent() == null || here.getParent().getParent() == null ? null
                    : here.getParent().getParent().getParent();
            if (candidate != null && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("bench"))) {
                return candidate;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no usable code source: fall back to the working directory
        }
        Path cwd = Path.of("").toAbsolutePath();
        return cwd.getFileName() != null && cwd.getFileName().toString().equals("bench")
                && Files.isRegularFile(cwd.resolve("../pom.xml")) ? cwd.getParent() : cwd;
    }

    /** {@code <repo>/../shared}, the read-only data directory beside the repository. */
    public static Path defaultShared() {
        return repoRoot().resolveSibling("shared").normalize();
    }
}
