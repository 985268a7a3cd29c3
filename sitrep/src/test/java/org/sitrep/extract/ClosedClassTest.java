package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** word_lists.tsv loads, each list is used by the extraction code, and no word list is left written in Java. */
class ClosedClassTest {
    private static final Path SOURCES = Path.of("src/main/java/org/sitrep/extract");

    @Test
    void everyList_loadsNonEmpty() {
        assertFalse(ClosedClass.LISTS.names().isEmpty());
        for (String name : ClosedClass.LISTS.names()) {
            assertFalse(ClosedClass.of(name).isEmpty(), name);
        }
        assertTrue(ClosedClass.of("determiners").contains("the"));
        assertTrue(ClosedClass.of("be-forms").contains("were"));
    }

    @Test
    void everyList_isUsedByTheCode() throws IOException {
        String code = sources();
        List<String> unused = new ArrayList<>();
        for (String name : ClosedClass.LISTS.names()) {
            if (!code.contains("ClosedClass.of(\"" + name + "\")")) {
                unused.add(name);
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void noWordListConstant_isWrittenInJava() throws IOException {
        // evaluation classes (leaving the runtime for sitrep-eval) keep their scoring constants
        java.util.regex.Pattern constant = java.util.regex.Pattern.compile("Set<String> [A-Z_0-9]+ = Set\\.of\\(\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().matches("(Rams|Cameo).*\\.java")).toList()) {
                if (constant.matcher(Files.readString(p)).find()) {
                    found.add(p.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }
}
