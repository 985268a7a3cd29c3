package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.SectionKind;

/**
 * Decides whether the name printed beside an article's own date is the article's outlet. Such a name is as often
 * the place the story was filed from ("Hama, 25 October 2015 · 14:20") as the site ("Example Digest, May 5,
 * 2017"), and ingest may not consult the gazetteer, so the name counts only with positive evidence from the page:
 * <ul>
 * <li>it looks like a web address ("example.org"), or</li>
 * <li>it carries a publication word of {@code outlet-cues.txt} ("... News", "... Digest"), or</li>
 * <li>the page claims it as its own elsewhere: a non-body block (footer, disclaimer) names it together with a
 * claim cue ("©", "copyright", "the views of"). A tag list or a related-stories link naming a place carries no
 * claim, so a place used as a tag does not pass.</li>
 * </ul>
 * Without such evidence the outlet stays unknown rather than a guessed place.
 */
final class OutletName {
    static final String RESOURCE = "outlet-cues.txt";
    // one character class, not a repeated group: java.util.regex recurses once per repetition of a group, and a
    // long dotted name overflowed the stack (found by IngestFuzzTest's deep inputs)
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\p{L}\\p{N}-][\\p{L}\\p{N}.-]*"
            + "\\.(?:com|org|net|info|news|tv|co|io|[a-z]{2})$");
    private static final OutletName DEFAULT = load();

    private final Set<String> words;
    private final List<Pattern> claims;

    private OutletName(Set<String> words, List<Pattern> claims) {
        this.words = Set.copyOf(words);
        this.claims = List.copyOf(claims);
    }

    static OutletName defaults() {
        return DEFAULT;
    }

    /** Whether {@code name}, seen beside the page's own date in block {@code dateline}, is the page's outlet. */
    boolean isOutlet(String name, Role dateline, List<Role> roles) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String n = name.strip();
        if (DOMAIN.matcher(n).matches()) {
            return true;
        }
        for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        Pattern asWord = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])");
        for (Role r : roles) {
            if (r == dateline || r.kind() == SectionKind.BODY || r.kind() == SectionKind.QUOTE
                    || r.kind() == SectionKind.TITLE || !asWord.matcher(r.text()).find()) {
                continue;
            }
            String lower = r.text().toLowerCase(Locale.ROOT);
            for (Pattern c : claims) {
                if (c.matcher(lower).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    static OutletName load() {
        try (InputStream in = OutletName.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/sitrep/ingest/" + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static OutletName parse(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        List<Pattern> claims = new java.util.ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[1].isBlank() || !cols[1].equals(cols[1].toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(RESOURCE + " line " + no
                        + ": expected 'kind<TAB>lower-case cue', got: " + line);
            }
            String cue = cols[1].strip();
            switch (cols[0]) {
                case "word" -> {
                    if (!cue.matches("[\\p{L}\\p{N}]+")) {
                        throw new IllegalArgumentException(RESOURCE + " line " + no + ": a word cue is one word: "
                                + cue);
                    }
                    if (!words.add(cue)) {
                        throw new IllegalArgumentException(RESOURCE + " line " + no + ": duplicate word " + cue);
                    }
                }
                case "claim" -> claims.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(cue)
                        + "(?![\\p{L}\\p{N}])"));
                default -> throw new IllegalArgumentException(RESOURCE + " line " + no + ": unknown kind '"
                        + cols[0] + "' (word or claim)");
            }
        }
        return new OutletName(words, claims);
    }
}
