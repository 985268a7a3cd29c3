package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shape of reader comments line by line, whatever the site: an entry header (a commenter's name beside a
 * timestamp, or a name line followed by a timestamp line), an action bar ("Reply • Share ›", "4 | Reply"), and a
 * reader's own voice (first or second person, exclamation, a name or handle addressed). The words come from
 * {@code comment-shapes.tsv}. Immutable and thread-safe.
 */
final class CommentShape {
    static final String RESOURCE = "comment-shapes.tsv";
    private static final Set<String> KINDS = Set.of("action", "header", "unit", "person");
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\b\\.?)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@_'’.-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|•·,:;/()\\[\\]→»›‹«–—-]+");
    /** Longest name (characters) and most words a commenter's name or handle takes. */
    private static final int MAX_NAME_CHARS = 40;
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_ACTION_WORDS = 8;

    private final Map<String, Set<String>> words;
    private final Pattern relativeTime;

    private CommentShape(Map<String, Set<String>> words) {
        this.words = words;
        this.relativeTime = Pattern.compile("(?i)\\b(?:\\d{1,3}|an?|one)\\s*(?:" + String.join("|", words.get("unit"))
                + ")\\.?\\s+ago\\b");
    }

    private static final class Holder {
        static final CommentShape INSTANCE = load();
    }

    /** The shapes shipped with sitrep. */
    static CommentShape standard() {
        return Holder.INSTANCE;
    }

    private static CommentShape load() {
        try (InputStream in = CommentShape.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the word lines; a malformed line fails naming the file and line. */
    static CommentShape parse(List<String> lines, String name) {
        Map<String, Set<String>> m = new HashMap<>();
        for (int no = 1; no <= lines.size(); no++) {
            String line = lines.get(no - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || !KINDS.contains(f[0])) {
                throw new IllegalArgumentException(name + ":" + no + ": expected one of " + KINDS
                        + ", a TAB and a word");
            }
            if (f[1].isBlank() || !f[1].equals(f[1].strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + ":" + no + ": the word must be trimmed lower case: '" + f[1]
                        + "'");
            }
            if (!m.computeIfAbsent(f[0], k -> new java.util.HashSet<>()).add(f[1])) {
                throw new IllegalArgumentException(name + ":" + no + ": duplicate " + f[0] + " word " + f[1]);
            }
        }
        for (String k : KINDS) {
            if (!m.containsKey(k)) {
                throw new IllegalArgumentException(name + ": no " + k + " words");
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new CommentShape(Map.copyOf(frozen));
    }

    /** What an entry header line holds: the commenter's name, or null when the name stands on the line before. */
    record Header(String name) {
    }

    /**
     * The line read as a comment's entry header: a timestamp (a date, a clock time or "3 years ago") with a short
     * name beside it, or with nothing but header words, when {@code previous} is a name line. Empty otherwise.
     */
    Optional<Header> header(String line, String previous) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 120) {
            return Optional.empty();
        }
        String rest = withoutTimestamp(s);
        if (rest == null) {
            return Optional.empty();
        }
        List<String> left = nameWords(rest);
        if (left == null) {
            return Optional.empty();
        }
        if (!left.isEmpty()) {
            return Optional.of(new Header(String.join(" ", left)));
        }
        return previous != null && isNameLine(previous) ? Optional.of(new Header(null)) : Optional.empty();
    }

    /** The line without its timestamp, or null when it has none. */
    private String withoutTimestamp(String s) {
        String rest = null;
        Optional<DateLine.Hit> d = DateLine.parse(s);
        if (d.isPresent()) {
            rest = s.substring(0, d.get().start()) + " " + s.substring(d.get().end());
        }
        Matcher rel = relativeTime.matcher(rest != null ? rest : s);
        if (rel.find()) {
            rest = rel.replaceAll(" ");
        }
        Matcher numeric = NUMERIC_DATE.matcher(rest != null ? rest : s);
        if (numeric.find()) {
            rest = numeric.replaceAll(" ");
        }
        Matcher clock = CLOCK.matcher(rest != null ? rest : s);
        if (clock.find()) {
            rest = clock.replaceAll(" ");
        } else if (rest == null) {
            return null;
        }
        return rest;
    }

    /** The words of a name beside a timestamp, header words left out; null when they cannot be a name. */
    private List<String> nameWords(String rest) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : SEPARATORS.split(rest.strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || words.get("header").contains(lw) || DateLine.isDateWord(w)
                    || lw.matches("[ap]\\.m\\.|\\d{1,4}")) {
                continue;
            }
            if (!TOKEN.matcher(w).matches() || w.endsWith(".") && w.length() > 2 && !w.matches("\\p{Lu}\\.")) {
                return null;
            }
            out.add(w);
        }
        return out.size() > MAX_NAME_WORDS || String.join(" ", out).length() > MAX_NAME_CHARS ? null : out;
    }

    /** A line that is only a commenter's name or handle: a few words, no sentence, no timestamp. */
    boolean isNameLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_NAME_CHARS || withoutTimestamp(s) != null) {
            return false;
        }
        String[] w = s.split("\\s+");
        if (w.length > 4 || "!?:;,\"“”".chars().anyMatch(c -> s.indexOf(c) >= 0)) {
            return false;
        }
        for (String t : w) {
            if (!TOKEN.matcher(t).matches() || t.endsWith(".") && !t.matches("\\p{Lu}\\.")) {
                return false;
            }
        }
        return true;
    }

    /** A comment's action bar: a short line of action words, counts and separators only, at least one action word. */
    boolean isActionLine(String line) {
        String[] parts = SEPARATORS.split(line.strip().toLowerCase(Locale.ROOT));
        int actions = 0;
        int n = 0;
        for (String p : parts) {
            String w = p.replaceAll("[^\\p{L}\\p{N}]", "");
            if (w.isEmpty()) {
                continue;
            }
            n++;
            if (words.get("action").contains(w)) {
                actions++;
            } else if (!w.matches("\\d{1,5}")) {
                return false;
            }
        }
        return actions > 0 && n <= MAX_ACTION_WORDS;
    }

    /**
     * A reader's own voice: first- or second-person words, an exclamation, or someone addressed at the start, by
     * handle ("@margo77 not sure") or by a name that heads another comment ("Omar, stay safe"). News prose speaks
     * in the third person.
     */
    boolean personalVoice(String text, Set<String> commenters) {
        String s = text.strip();
        if (s.startsWith("@") || s.contains("!")) {
            return true;
        }
        Matcher first = VOCATIVE.matcher(s);
        if (first.lookingAt() && commenters.contains(first.group(1))) {
            return true;
        }
        Matcher t = VOICE_WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (t.find()) {
            if (words.get("person").contains(t.group().replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern VOCATIVE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s");
    private static final Pattern VOICE_WORD = Pattern.compile("[\\p{L}'’]+");

    /** "Omar says:", "hadi wrote:": the header line of a comment in the oldest blog form. */
    static final Pattern COMMENT_HEADER = Pattern.compile("(?iu)^(.{1,100}?)\\s+(says|wrote|said)\\s*:$");
    /** How many lines after a lone comment header its action bar or reader's voice must come. */
    private static final int ENTRY_REACH = 3;
    private static final String OPEN_QUOTES = "\"“«„";

    /**
     * The block of the first confirmed comment entry header among {@code blocks} from {@code from} on and before
     * {@code limit}; {@code blocks.length} when there is none. Only blocks marked {@code usable} (not furniture)
     * are read. A header whose name stands on the line before starts at that line's block. Two headers confirm
     * each other; a lone header is confirmed only by what follows it closely (its own action bar or a reader's
     * voice), so a stray "name, date" line in an article does not turn the rest of it into comments.
     */
    int firstEntry(String[] blocks, boolean[] usable, int from, int limit) {
        int n = blocks.length;
        int first = n;
        int headers = 0;
        boolean confirmed = false;
        Set<String> names = new java.util.HashSet<>();
        String previous = null;
        int previousBlock = -1;
        int after = 0;
        for (int i = from; i < n; i++) {
            for (String raw : blocks[i].split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                Optional<Header> h = usable[i] ? entryHeader(line, previous) : Optional.empty();
                if (h.isPresent()) {
                    headers++;
                    String name = h.get().name() != null ? h.get().name() : previous;
                    names.add(name.split("\\s+")[0]);
                    if (first == n) {
                        first = h.get().name() == null && previousBlock >= 0 ? previousBlock : i;
                    }
                } else if (first < n && ++after <= ENTRY_REACH && usable[i] && (isActionLine(line)
                        || !quoted(line) && personalVoice(line, names))) {
                    confirmed = true;
                }
                previous = line;
                previousBlock = i;
            }
        }
        return first < limit && (headers >= 2 || confirmed) ? first : n;
    }

    /** A header of either form: name and timestamp, or "X says:". */
    private Optional<Header> entryHeader(String line, String previous) {
        Optional<Header> h = header(line, previous);
        if (h.isPresent() || line.split("\\s+").length > 14) {
            return h;
        }
        Matcher says = COMMENT_HEADER.matcher(Cues.collapse(line));
        return says.matches() ? Optional.of(new Header(says.group(1))) : Optional.empty();
    }

    /** Quoted words speak in someone else's voice, not the writer's. */
    private static boolean quoted(String line) {
        return OPEN_QUOTES.chars().anyMatch(c -> line.indexOf(c) >= 0);
    }
}
