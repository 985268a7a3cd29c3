package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {
    @Test
    void all_withoutAnyData_everyEvaluationSaysSkippedAndNoneFails(@TempDir Path empty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int failed = EvalMain.all(new EvalMain.Context(empty.resolve("shared"), empty, out), new String[0]);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, failed, text);
        for (String name : new String[] {"acled-types", "acled-record", "rams-types", "roles", "geo", "real-pages",
                "dates", "regression"}) {
            assertTrue(text.contains("== " + name + ":"), () -> name + " did not run:\n" + text);
        }
        assertTrue(text.contains("skipped ACLED types: "), text);
        assertTrue(text.contains("skipped dates (TimeBank + AQUAINT): "), text);
        assertTrue(text.contains("CAMEO file absent, skipped"), text);
        assertTrue(text.contains("0 failed"), text);
    }
}
