package org.sitrep.extract;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * An English sentence encoder run in-process by ONNX Runtime: the text becomes a unit-length vector whose cosine with
 * another text's vector says how close their meanings are. The model and its tokenizer come inside Maven Central jars
 * (quantised all-MiniLM-L6-v2, Apache-2.0, from langchain4j's model jar), so nothing is downloaded at run time; we
 * run it through ONNX Runtime ourselves ({@link BertEncoderSession}). Only the encoder the shipped weights
 * were trained with is on the class path: bge-small-en-v1.5 was tried and not kept, and its 25 MB jar left out.
 *
 * <p>Loading takes about half a second and some 100 MB outside the Java heap, so each encoder is loaded on first use
 * and then shared; encoding costs about 4 ms a sentence, which is why callers use it only where the rules
 * are unsure. Thread-safe.
 */
public final class SentenceEncoder {
    /** The encoders this build knows, by the name a weights file gives. */
    public enum Kind {
        MINILM("all-minilm-l6-v2-q",
                () -> BertEncoderSession.load("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"));

        private final String id;
        private final Supplier<BertEncoderSession> loader;
        private volatile SentenceEncoder loaded;

        Kind(String id, Supplier<BertEncoderSession> loader) {
            this.id = id;
            this.loader = loader;
        }

        public String id() {
            return id;
        }

        public static Optional<Kind> parse(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }

        /** The shared encoder of this kind, loaded on first call. */
        public SentenceEncoder get() {
            SentenceEncoder e = loaded;
            if (e == null) {
                synchronized (this) {
                    e = loaded;
                    if (e == null) {
                        e = new SentenceEncoder(this, onRunner(loader::get));
                        loaded = e;
                    }
                }
            }
            return e;
        }
    }

    private final Kind kind;
    private final BertEncoderSession model;

    private SentenceEncoder(Kind kind, BertEncoderSession model) {
        this.kind = kind;
        this.model = model;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Threads the encoder runs on. The encoder's native code used more stack than a Java thread's default (1 MB)
     * leaves below a deep caller: an ingest started from a long class path died of a silent SIGSEGV in the encoder,
     * and ran with -Xss8m. So loading and encoding run on daemon threads of their own with a large stack, one
     * per core.
     */
    private static final ExecutorService RUNNERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), SentenceEncoder::runner);
    private static final long RUNNER_STACK_BYTES = 32L << 20;
    /** The name of the encoder's threads (a benchmark adds their CPU time to its caller's). */
    public static final String THREAD_NAME = "sitrep-encoder";

    private static Thread runner(Runnable r) {
        Thread t = new Thread(null, r, THREAD_NAME, RUNNER_STACK_BYTES);
        t.setDaemon(true);
        return t;
    }

    /** Runs {@code work} on an encoder thread and waits for its result. */
    private static <T> T onRunner(Callable<T> work) {
        try {
            return RUNNERS.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** The text's vector, scaled to length 1 (a blank text has no meaning to encode and is refused). */
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to encode: blank text");
        }
        float[] v = onRunner(() -> model.embed(text));
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }
}
