package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime jar ({@code sitrep/target/sitrep-cli.jar}, packaged before this module's tests in the reactor) holds
 * no evaluation. Only our own entries ({@code org/sitrep/...}) are judged; the rules, by name:
 * <ul>
 * <li><b>evaluator</b>: a class whose simple name (outer class) contains {@code Eval} (Eval, Evaluate, Evaluation,
 * Evaluator) or ends in {@code Bench} or {@code Benchmark};</li>
 * <li><b>gold reader</b>: a class whose simple name starts with {@code Gold} or {@code Story}/{@code Stories}, or
 * names a gold corpus: {@code Rams}, {@code TimeMl}, {@code Lgl}, {@code GeoVirus}, {@code Cameo}, or is
 * {@code AcledCsv}, {@code AcledEvent}, {@code AcledReader} or {@code AcledCsvReader} (the runtime's ACLED
 * <em>writer</em> is export, not gold);
 * </li>
 * <li><b>development labels</b>: any resource under a {@code labelled/} directory, or whose file name contains
 * {@code gold}, or ends in {@code -dev} / {@code _dev} before its extension;</li>
 * <li><b>evaluation main</b>: a {@code public static void main(String[])} in any class but the command line
 * ({@code org.sitrep.cli.Main}) and the build steps that write derived data files: those scripts/gazetteer/build.sh
 * runs ({@code org.sitrep.knowledge.places.NameKeyTableWriter}, {@code org.sitrep.knowledge.LatinFoldTableWriter})
 * and the one scripts/time-rules.sh runs ({@code org.sitrep.resolve.time.LeadingCharsTableWriter}).</li>
 * </ul>
 * {@link #PENDING} lists what other work still has to take out; an entry that is gone must leave the list too.
 */
class RuntimeJarTest {
    private static final Pattern EVALUATOR = Pattern.compile(".*Eval.*|.*Bench(mark)?");
    private static final Pattern GOLD_READER = Pattern.compile(
            "(Gold|Story|Stories).*|.*(Rams|TimeMl|Lgl|GeoVirus|Cameo).*|Acled(Csv|Event|Reader|CsvReader)");
    private static final Pattern DEV_LABELS = Pattern.compile(
            "(.*/)?labelled/.+|.*gold[^/]*|.*[-_]dev\\.[a-z]+");
    private static final Set<String> MAINS_ALLOWED = Set.of("org.sitrep.cli.Main",
            "org.sitrep.knowledge.places.NameKeyTableWriter", "org.sitrep.knowledge.LatinFoldTableWriter",
            "org.sitrep.resolve.time.LeadingCharsTableWriter");

    /** What other work still has to take out of the runtime jar (nothing now); an entry that is gone must leave. */
    static final Set<String> PENDING = Set.of();

    /** Entries of a jar (or a list) that break a rule, each with the rule it breaks. */
    static List<String> violations(List<String> entries) {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            if (!e.startsWith("org/sitrep/") || e.endsWith("/")) {
                continue;
            }
            if (e.endsWith(".class")) {
                String simple = e.substring(e.lastIndexOf('/') + 1, e.length() - ".class".length()).split("\\$")[0];
                if (EVALUATOR.matcher(simple).matches()) {
                    out.add(e + ": evaluator");
                } else if (GOLD_READER.matcher(simple).matches()) {
                    out.add(e + ": gold reader");
                }
            } else if (DEV_LABELS.matcher(e).matches()) {
                out.add(e + ": development labels");
            }
        }
        return out;
    }

    /** Classes of {@code jar} under org.sitrep with a public static main, other than the allowed ones. */
    static List<String> mains(Path jar, List<String> entries) throws IOException {
        List<String> out = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String e : entries) {
                if (!e.startsWith("org/sitrep/") || !e.endsWith(".class") || e.contains("$")
                        || e.endsWith("package-info.class")) {
                    continue;
                }
                String name = e.substring(0, e.length() - ".class".length()).replace('/', '.');
                try {
                    Method m = Class.forName(name, false, loader).getDeclaredMethod("main", String[].class);
                    if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                            && !MAINS_ALLOWED.contains(name)) {
                        out.add(name + ": evaluation main");
                    }
                } catch (NoSuchMethodException | ClassNotFoundException | LinkageError none) {
                    // no main here (or a class that cannot link outside its optional dependencies: not an entry point)
                }
            }
        }
        return out;
    }

    static List<String> entries(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return Collections.list(f.entries()).stream().map(JarEntry::getName).toList();
        }
    }

    private static Path runtimeJar() {
        Path jar = Path.of(System.getProperty("sitrep.runtimeJar", "../sitrep/target/sitrep-cli.jar"));
        // under `mvn test` the runtime module is not packaged; `mvn verify` (the build that must be green) is
        assumeTrue(Files.isRegularFile(jar), "runtime jar " + jar + " not built (mvn package): not checked");
        return jar;
    }

    @Test
    void runtimeJar_noEvaluatorGoldReaderOrDevLabels_beyondPending() throws IOException {
        List<String> entries = entries(runtimeJar());
        List<String> bad = new ArrayList<>(violations(entries));
        bad.removeIf(v -> PENDING.contains(v.substring(0, v.indexOf(": "))));
        assertEquals(List.of(), bad, "evaluation in the runtime jar");
        Set<String> gone = new TreeSet<>(PENDING);
        gone.removeAll(entries);
        assertEquals(Set.of(), gone, "no longer in the runtime jar: remove from RuntimeJarTest.PENDING");
    }

    @Test
    void runtimeJar_holdsOnlyTheEncoderTheShippedWeightsUse() throws IOException {
        // regression: the bge-small encoder (a 25 MB model) was bundled though no shipped weights use it
        List<String> models = entries(runtimeJar()).stream().filter(e -> e.endsWith(".onnx")).toList();
        assertEquals(List.of("all-minilm-l6-v2-q.onnx"), models);
    }

    @Test
    void runtimeJar_noNativeDebugSymbols() throws IOException {
        // regression: ONNX Runtime's macOS debug symbols (about 73 MB) rode along in the jar
        assertEquals(List.of(), entries(runtimeJar()).stream().filter(e -> e.contains(".dSYM/")).toList());
    }

    @Test
    void runtimeJar_noMainButTheCommandLineAndTheDataBuildSteps() throws IOException {
        Path jar = runtimeJar();
        List<String> entries = entries(jar);
        assertEquals(List.of(), mains(jar, entries));
        assertTrue(entries.contains("org/sitrep/cli/Main.class"), "not the runtime jar: " + jar);
    }

    @Test
    void rules_flagWhatMovedOut_andPassRuntimeNames() {
        // negative cases: the entries that used to be in the runtime jar, and a few that could come back
        List<String> moved = List.of("org/sitrep/resolve/place/GeoEvaluator.class",
                "org/sitrep/resolve/place/GeoEval.class", "org/sitrep/resolve/place/GoldCorpora.class",
                "org/sitrep/resolve/time/TimeMlDocument.class", "org/sitrep/extract/RamsPassage.class",
                "org/sitrep/extract/CameoRoleEvaluation$Result.class", "org/sitrep/cli/EvaluateRoles.class",
                "org/sitrep/link/StoryLoader.class", "org/sitrep/knowledge/places/GazetteerLoadBench.class",
                "org/sitrep/eval/acled/AcledCsv.class", "org/sitrep/extract/labelled/snippets-dev.tsv",
                "org/sitrep/geo/lgl-gold.xml", "org/sitrep/extract/snippets_dev.tsv");
        assertEquals(moved.size(), violations(moved).size(), () -> String.join("\n", violations(moved)));
        List<String> runtime = List.of("org/sitrep/export/AcledCsvWriter.class",
                "org/sitrep/knowledge/places/admin1_acled.tsv", "org/sitrep/extract/TypeScores$Score.class",
                "org/sitrep/cli/ClassifyCommand.class", "org/sitrep/extract/devices.tsv",
                "org/jsoup/select/Evaluator.class", "org/sitrep/extract/labelled/");
        assertEquals(List.of(), violations(runtime));
    }

    @Test
    void mains_foundInTheEvaluationJar() throws IOException {
        // negative case of the main rule: this module's own classes have evaluation mains, and the scan sees them
        Path classes = Path.of(EvalMain.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> entries = new ArrayList<>();
        try (var walk = Files.walk(classes)) {
            walk.filter(Files::isRegularFile).forEach(p -> entries.add(classes.relativize(p).toString()
                    .replace('\\', '/')));
        }
        Path asJar = classes;
        List<String> found = mains(asJar, entries);
        assertTrue(found.contains("org.sitrep.eval.EvalMain: evaluation main"), found::toString);
        assertTrue(found.contains("org.sitrep.eval.types.EvaluateRamsTypes: evaluation main"), found::toString);
    }
}
