package org.sitrep.extract;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One BERT-style sentence encoder in ONNX Runtime: word pieces in, the mean of the last layer's token vectors out
 * (the start and end pieces included), which is how sentence-transformers pools all-MiniLM-L6-v2. We tokenise in
 * Java ({@link WordPieceTokenizer}) rather than through a native tokenizer library: its loading cost a third of a
 * second of every cold start, on the first article's path.
 *
 * <p>A text longer than the model's 512 positions is read in windows of at most 510 pieces whose vectors are averaged,
 * each weighted by its number of pieces; the sentences and notes the type model reads are far shorter.
 */
final class BertEncoderSession {
    private static final int WINDOW = 510;
    /** 30,000 pieces are field names read once: canonicalising and interning them cost more than the parse. */
    private static final JsonFactory VOCAB_JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    /** The pieces that open and close every input, as the model was trained. */
    private final long start;
    private final long end;

    private BertEncoderSession(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.start = tokenizer.special("[CLS]");
        this.end = tokenizer.special("[SEP]");
    }

    /**
     * Loads a model and the vocabulary of its tokenizer file ({@code model.vocab} of a Hugging Face tokenizer.json)
     * from class-path resources.
     */
    static BertEncoderSession load(String modelResource, String tokenizerResource) {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(vocabulary(tokenizerResource));
        EncoderFiles.useCachedNativeLibrary();
        Optional<Path> file = EncoderFiles.model(modelResource);
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            if (file.isPresent()) {
                return new BertEncoderSession(env, env.createSession(file.get().toString(), options), tokenizer);
            }
            try (InputStream in = resource(modelResource)) {
                return new BertEncoderSession(env, env.createSession(in.readAllBytes(), options), tokenizer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(modelResource + ": cannot read the encoder model", e);
        } catch (OrtException e) {
            throw new IllegalStateException(modelResource + ": ONNX Runtime cannot load the encoder model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BertEncoderSession.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException(name + ": not on the class path (the encoder's model jar is missing)");
        }
        return in;
    }

    /** Streams the tokenizer file for its {@code model.vocab} object alone; the rest is the tokenizer's settings. */
    static Map<String, Integer> vocabulary(String tokenizerResource) {
        try (InputStream in = resource(tokenizerResource); JsonParser p = VOCAB_JSON.createParser(in)) {
            Map<String, Integer> vocab = new HashMap<>(40_000);
            int depth = 0;
            boolean inModel = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inModel = p.currentName().equals("model");
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && inModel && p.currentName().equals("vocab")) {
                    readVocab(p, vocab);
                    return vocab;
                }
            }
            throw new IllegalStateException(tokenizerResource + ": no model.vocab object in the tokenizer file");
        } catch (IOException e) {
            throw new UncheckedIOException(tokenizerResource + ": cannot read the tokenizer file", e);
        }
    }

    private static void readVocab(JsonParser p, Map<String, Integer> vocab) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("model.vocab is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String piece = p.currentName();
            p.nextToken();
            vocab.put(piece, p.getIntValue());
        }
    }

    /** The pooled (not normalised) vector of {@code text}. */
    float[] embed(String text) {
        int[] ids = tokenizer.ids(text);
        if (ids.length <= WINDOW) {
            return pooled(ids, 0, ids.length);
        }
        float[] sum = null;
        for (int from = 0; from < ids.length; from += WINDOW) {
            int to = Math.min(ids.length, from + WINDOW);
            float[] v = pooled(ids, from, to);
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d] * (to - from);
            }
        }
        return sum;
    }

    private float[] pooled(int[] ids, int from, int to) {
        int n = to - from + 2;
        long[][] input = new long[1][n];
        long[][] mask = new long[1][n];
        long[][] types = new long[1][n];
        input[0][0] = start;
        for (int i = from; i < to; i++) {
            input[0][i - from + 1] = ids[i];
        }
        input[0][n - 1] = end;
        Arrays.fill(mask[0], 1);
        try (OnnxTensor in = OnnxTensor.createTensor(env, input);
             OnnxTensor m = OnnxTensor.createTensor(env, mask);
             OnnxTensor ty = OnnxTensor.createTensor(env, types);
             OrtSession.Result r = session.run(Map.of("input_ids", in, "attention_mask", m, "token_type_ids", ty))) {
            float[][] tokens = ((float[][][]) r.get(0).getValue())[0];
            float[] mean = new float[tokens[0].length];
            for (float[] t : tokens) {
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += t[d];
                }
            }
            for (int d = 0; d < mean.length; d++) {
                mean[d] /= n;
            }
            return mean;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to encode a text of " + (to - from) + " pieces", e);
        }
    }
}
