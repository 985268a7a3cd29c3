package org.sitrep.eval.rams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One RAMS passage (jsonlines: {@code sentences} of tokens, {@code evt_triggers} and {@code gold_evt_links} as
 * inclusive token offsets over the whole passage) rebuilt as text with character offsets, so that our extraction
 * can be run on it and its arguments compared by overlap.
 *
 * @param text      the passage, tokens joined by single spaces (no space before closing punctuation)
 * @param sentences character range [start, end) of each sentence in {@code text}
 * @param trigger   character range of the trigger
 * @param args      the gold arguments of the trigger: role name (e.g. "attacker") and character range
 */
public record RamsPassage(String docKey, String eventType, String text, List<int[]> sentences, int[] trigger,
                          List<Arg> args) {
    /** A gold argument: RAMS role without its event prefix ("victim", "target", "attacker") and where it is. */
    public record Arg(String role, int start, int end) {
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "'s", "’s",
            "n't", "%", "'", "’", "”");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "“", "$");

    /** The sentence (character range) holding the trigger. */
    public int[] triggerSentence() {
        for (int[] s : sentences) {
            if (s[0] <= trigger[0] && trigger[1] <= s[1]) {
                return s;
            }
        }
        return new int[] {0, text.length()};
    }

    public String sentenceText() {
        int[] s = triggerSentence();
        return text.substring(s[0], s[1]);
    }

    /** True when the passage is about Syria (mentions Syria or Syrians): the quasi-held-out part. */
    public boolean syria() {
        return text.contains("Syria");
    }

    /** Reads a RAMS jsonlines file; fails naming file and line on a malformed row. */
    public static List<RamsPassage> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<RamsPassage> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(json.readTree(line)));
                } catch (RuntimeException | IOException e) {
                    throw new IllegalArgumentException(file + " line " + n + ": not a RAMS passage: " + e.getMessage(),
                            e);
                }
            }
        }
        return out;
    }

    static RamsPassage parse(JsonNode d) {
        StringBuilder sb = new StringBuilder();
        List<int[]> tokenSpans = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        for (JsonNode sent : d.required("sentences")) {
            int ss = -1;
            String prev = null;
            for (JsonNode tn : sent) {
                String tok = tn.asText();
                if (sb.length() > 0 && !NO_SPACE_BEFORE.contains(tok) && !(prev != null && NO_SPACE_AFTER.contains(prev))
                        && !(tok.startsWith("'") && tok.length() <= 3 && prev != null)) {
                    sb.append(' ');
                }
                if (ss < 0) {
                    ss = sb.length();
                }
                tokenSpans.add(new int[] {sb.length(), sb.length() + tok.length()});
                sb.append(tok);
                prev = tok;
            }
            if (ss >= 0) {
                sentences.add(new int[] {ss, sb.length()});
            }
        }
        JsonNode tr = d.required("evt_triggers").get(0);
        int ts = tr.get(0).asInt();
        int te = tr.get(1).asInt();
        String type = tr.get(2).get(0).get(0).asText();
        List<Arg> args = new ArrayList<>();
        for (JsonNode link : d.path("gold_evt_links")) {
            String role = link.get(2).asText().replaceFirst("^evt\\d+arg\\d+", "");
            int as = link.get(1).get(0).asInt();
            int ae = link.get(1).get(1).asInt();
            args.add(new Arg(role, tokenSpans.get(as)[0], tokenSpans.get(ae)[1]));
        }
        return new RamsPassage(d.required("doc_key").asText(), type, sb.toString(), List.copyOf(sentences),
                new int[] {tokenSpans.get(ts)[0], tokenSpans.get(te)[1]}, List.copyOf(args));
    }
}
