package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The block cues of {@code boilerplate-cues.txt}, parsed once into immutable lookups. Matching is by kind so the
 * classifier asks one question at a time ("is this block an article end?").
 */
final class Cues {
    static final String RESOURCE = "boilerplate-cues.txt";

    enum Kind {
        BOILERPLATE("boilerplate"), END("end"), REPUBLISHED("republished"), COMMENT("comment"),
        COMMENT_AREA("comment-area"), QUOTE_INTRO("quote-intro"), HTML_BOILERPLATE("html-boilerplate"),
        HTML_COMMENT("html-comment");

        final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        static Kind ofWire(String s) {
            for (Kind k : values()) {
                if (k.wire.equals(s)) {
                    return k;
                }
            }
            return null;
        }
    }

    enum Match { EXACT, PREFIX, CONTAINS, REGEX, TOKEN }

    /** One line of the cue file. {@code regex} is set for REGEX cues only. */
    record Cue(Kind kind, String label, Match match, String pattern, Pattern regex, int line) {
        /** A regex that starts with "^" is tried at the start only (most cues; long blocks stay cheap). */
        boolean anchored() {
            return pattern.startsWith("^");
        }

        boolean matches(String normalised) {
            return switch (match) {
                case EXACT -> normalised.equals(pattern) || equalsButTail(normalised, pattern);
                case PREFIX -> normalised.startsWith(pattern);
                case CONTAINS -> normalised.contains(pattern);
                case REGEX -> anchored() ? regex.matcher(normalised).lookingAt() : regex.matcher(normalised).find();
                case TOKEN -> normalised.equals(pattern);
            };
        }
    }

    /** A cue that matched, with the name a republished cue captured (null otherwise). */
    record Hit(Cue cue, String name) {
    }

    private final Map<Kind, List<Cue>> byKind;
    private final Map<Kind, Map<String, String>> tokens;

    private Cues(List<Cue> cues) {
        Map<Kind, List<Cue>> kinds = new EnumMap<>(Kind.class);
        Map<Kind, Map<String, String>> toks = new EnumMap<>(Kind.class);
        for (Cue c : cues) {
            if (c.match() == Match.TOKEN) {
                toks.computeIfAbsent(c.kind(), k -> new HashMap<>()).put(c.pattern(), c.label());
            } else {
                kinds.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        kinds.replaceAll((k, v) -> List.copyOf(v));
        toks.replaceAll((k, v) -> Map.copyOf(v));
        this.byKind = Map.copyOf(kinds);
        this.tokens = Map.copyOf(toks);
    }

    private static final class Holder {
        static final Cues INSTANCE = load();
    }

    /** The cues shipped with sitrep, loaded on first use. */
    static Cues standard() {
        return Holder.INSTANCE;
    }

    private static Cues load() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses cue lines; a malformed line is a programming error and fails naming the line. */
    static Cues parse(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            String[] cols = raw.split("\t+| {2,}", 4);
            int n = i + 1;
            if (cols.length != 4) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": expected 4 columns");
            }
            Kind kind = Kind.ofWire(cols[0]);
            if (kind == null) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": unknown kind " + cols[0]);
            }
            Match match;
            try {
                match = Match.valueOf(cols[2].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": unknown match " + cols[2], e);
            }
            String pattern = cols[3].strip();
            boolean tokenKind = kind == Kind.QUOTE_INTRO || kind == Kind.HTML_BOILERPLATE
                    || kind == Kind.HTML_COMMENT;
            if (tokenKind != (match == Match.TOKEN)) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": kind " + cols[0]
                        + (tokenKind ? " needs" : " cannot use") + " match token");
            }
            Pattern regex = null;
            if (match == Match.REGEX) {
                try {
                    // matched against the lower-cased block, so no (slow) case-insensitive matching is needed
                    regex = Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(RESOURCE + " line " + n + ": bad regex: " + e.getMessage(), e);
                }
                if (kind == Kind.REPUBLISHED && !pattern.contains("(?<name>")) {
                    throw new IllegalArgumentException(RESOURCE + " line " + n + ": republished cue needs group name");
                }
            } else if (!pattern.equals(pattern.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": write plain patterns lower-case");
            } else if (kind == Kind.REPUBLISHED) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": republished cues must be regex");
            }
            cues.add(new Cue(kind, cols[1], match, pattern, regex, n));
        }
        return new Cues(cues);
    }

    /** Whitespace-collapsed, trimmed form (case kept: regex cues capture names from it). */
    static String collapse(String block) {
        StringBuilder b = new StringBuilder(block.length());
        boolean blank = true; // drops leading blanks too
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!blank) {
                    b.append(' ');
                }
                blank = true;
            } else {
                b.append(c);
                blank = false;
            }
        }
        int e = b.length();
        if (e > 0 && b.charAt(e - 1) == ' ') {
            b.setLength(e - 1);
        }
        return b.toString();
    }

    /** Lower-cased collapsed form that plain cue patterns are written against. */
    static String normalise(String block) {
        return collapse(block).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code s} is {@code pattern} and a tail of colons, full stops and spaces (no copy: every block asks). */
    private static boolean equalsButTail(String s, String pattern) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ':' || s.charAt(e - 1) == '.' || s.charAt(e - 1) == ' ')) {
            e--;
        }
        return e == pattern.length() && s.regionMatches(0, pattern, 0, e);
    }

    /** The first cue of this kind matching a block, if any. */
    Optional<Hit> find(Kind kind, String block) {
        String collapsed = collapse(block);
        return find(kind, collapsed, collapsed.toLowerCase(Locale.ROOT));
    }

    /** As {@link #find(Kind, String)} with the block already collapsed and lower-cased (hot path). */
    Optional<Hit> find(Kind kind, String collapsed, String normalised) {
        for (Cue c : byKind.getOrDefault(kind, List.of())) {
            if (c.match() == Match.REGEX) {
                Matcher m = c.regex().matcher(normalised);
                if (c.anchored() ? m.lookingAt() : m.find()) {
                    return Optional.of(new Hit(c, kind == Kind.REPUBLISHED ? originalCase(m, collapsed, c) : null));
                }
            } else if (c.matches(normalised)) {
                return Optional.of(new Hit(c, null));
            }
        }
        return Optional.empty();
    }

    /** The captured name in the block's own letter case (lower-casing rarely changes a string's length). */
    private static String originalCase(Matcher lowerMatch, String collapsed, Cue c) {
        if (collapsed.length() == lowerMatch.regionEnd()) {
            return collapsed.substring(lowerMatch.start("name"), lowerMatch.end("name"));
        }
        Matcher m = Pattern.compile(c.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(collapsed);
        return m.find() ? m.group("name") : lowerMatch.group("name");
    }

    /** The label of a token cue of this kind ("nav" for class token "navbar"), or null. */
    String tokenLabel(Kind kind, String token) {
        return tokens.getOrDefault(kind, Map.of()).get(token.toLowerCase(Locale.ROOT));
    }

    List<Cue> all(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    int tokenCount(Kind kind) {
        return tokens.getOrDefault(kind, Map.of()).size();
    }
}
