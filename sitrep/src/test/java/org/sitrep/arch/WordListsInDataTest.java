package org.sitrep.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Knowledge is data: a {@code Set.of}, {@code List.of} or {@code Map.of} holding three or more lower-case words in
 * main code is a word list that belongs in a data file. Files that still hold such lists are listed in
 * {@code arch/wordlists-in-code.txt} with their count; the list may only shrink.
 */
class WordListsInDataTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern COLLECTION = Pattern.compile("\\b(?:Set|List|Map)\\.of(?:Entries)?\\(([^;]*?)\\)\\s*;",
            Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z' -]*");

    @Test
    void wordLists_liveInDataFiles_exceptTheListedShrinkingDebts() throws IOException {
        Map<String, Integer> allowed = ArchLists.read("/arch/wordlists-in-code.txt");
        Map<String, Integer> found = measure();
        List<String> problems = new ArrayList<>();
        found.forEach((file, n) -> {
            Integer limit = allowed.get(file);
            if (limit == null || n > limit) {
                problems.add(file + " holds " + n + " word lists in code" + (limit == null ? "" : " (listed " + limit + ")"));
            }
        });
        allowed.forEach((file, n) -> {
            if (found.getOrDefault(file, 0) < n) {
                problems.add(file + " holds fewer word lists now (" + found.getOrDefault(file, 0)
                        + "): lower or remove its row in arch/wordlists-in-code.txt");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void counts_onlyCollectionsOfThreeOrMoreLowerCaseWords() {
        String src = """
                static final Set<String> A = Set.of("the", "a", "an");
                static final Set<String> B = Set.of("ID", "X", "y");
                static final List<String> C = List.of("one", "two");
                """;
        assertEquals(1, count(src));
    }

    static int count(String source) {
        int n = 0;
        Matcher m = COLLECTION.matcher(source);
        while (m.find()) {
            Matcher lit = LITERAL.matcher(m.group(1));
            int words = 0;
            while (lit.find()) {
                if (WORD.matcher(lit.group(1)).matches()) {
                    words++;
                }
            }
            if (words >= 3) {
                n++;
            }
        }
        return n;
    }

    static Map<String, Integer> measure() throws IOException {
        Map<String, Integer> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                int n = count(Files.readString(p, StandardCharsets.UTF_8));
                if (n > 0) {
                    found.put(MAIN.relativize(p).toString().replace('\\', '/'), n);
                }
            }
        }
        return found;
    }

    /** Prints today's list in the file's format (to regenerate it after moving lists to data). */
    public static void main(String[] args) throws IOException {
        measure().forEach((k, v) -> System.out.println(k + "\t" + v));
    }
}
