package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a program whose main method ended while the encoder was loading died of SIGSEGV or SIGBUS inside ONNX
 * Runtime, whose own exit hook closes its environment under a session being created; the command line waited for the
 * load before its System.exit, but no other program did. The load's thread is no daemon now, so the JVM waits for it.
 */
class SentenceEncoderExitTest {
    @Test
    void aProgramEndingWhileTheEncoderLoads_exitsCleanly(@TempDir Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String wait : new String[] {"300", "450", "600", "750", "900"}) {
            Path log = dir.resolve("exit-" + wait + ".log");
            // a crash report goes to the test's directory, not into the working tree
            Process p = new ProcessBuilder(java, "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"), "-cp",
                    System.getProperty("java.class.path"), ExitWhileEncoderLoads.class.getName(), wait)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            assertEquals(0, code, () -> "exit after " + wait + " ms: " + read(log));
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log).lines().limit(12).reduce("", (a, b) -> a + File.separator + b);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
