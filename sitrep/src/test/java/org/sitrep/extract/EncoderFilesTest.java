package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderFilesTest {
    /** A small file inside a jar on the test class path (ONNX Runtime's Java binding). */
    private static final String IN_A_JAR = "ai/onnxruntime/OrtEnvironment.class";

    @Test
    void aFileInAJar_isUnpackedOnce_andReusedAfter(@TempDir Path root) throws IOException {
        Path first = EncoderFiles.unpacked(IN_A_JAR, root, "v1").orElseThrow();
        byte[] expected;
        try (var in = EncoderFiles.class.getClassLoader().getResourceAsStream(IN_A_JAR)) {
            expected = in.readAllBytes();
        }
        assertEquals(root.resolve("v1").resolve("OrtEnvironment.class"), first);
        assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(first)));
        FileTime stamp = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first, stamp);
        Path again = EncoderFiles.unpacked(IN_A_JAR, root, "v1").orElseThrow();
        assertEquals(first, again);
        assertEquals(stamp, Files.getLastModifiedTime(again), "a whole copy is not written again");
        try (Stream<Path> files = Files.list(root.resolve("v1"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCutShortCopy_isReplaced(@TempDir Path root) throws IOException {
        Path file = EncoderFiles.unpacked(IN_A_JAR, root, "v1").orElseThrow();
        long size = Files.size(file);
        Files.write(file, new byte[] {1, 2, 3});
        Path again = EncoderFiles.unpacked(IN_A_JAR, root, "v1").orElseThrow();
        assertEquals(size, Files.size(again));
    }

    @Test
    void aFileOnTheClassPathAsAFile_isUsedWhereItIs(@TempDir Path root) throws IOException {
        Optional<Path> f = EncoderFiles.unpacked("org/sitrep/extract/tokenizer-fixture.json", root, "v1");
        assertTrue(f.isPresent());
        assertTrue(Files.isRegularFile(f.get()));
        assertTrue(Files.notExists(root.resolve("v1")), "nothing copied");
    }

    @Test
    void aResourceNotOnTheClassPath_isEmpty(@TempDir Path root) throws IOException {
        assertEquals(Optional.empty(), EncoderFiles.unpacked("org/sitrep/extract/absent.onnx", root, "v1"));
    }

    @Test
    void cacheRoot_isXdgFirst_thenHome_neverARelativePath() {
        assertEquals(Optional.of(Path.of("/x/cache/sitrep")), EncoderFiles.root("/x/cache", "/home/a"));
        assertEquals(Optional.of(Path.of("/home/a/.cache/sitrep")), EncoderFiles.root(null, "/home/a"));
        assertEquals(Optional.of(Path.of("/home/a/.cache/sitrep")), EncoderFiles.root("relative", "/home/a"));
        assertEquals(Optional.empty(), EncoderFiles.root(null, "?"));
        assertEquals(Optional.empty(), EncoderFiles.root("", ""));
    }
}
