package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the wording around place names that narrows them down: governorate cues ("the Aleppo Governorate",
 * "in east Hama", "Idlib countryside"), relative cues ("10 km from Azaz", "north of Hama") and hedges that make
 * a mention approximate ("near Azaz"). Pure text work; the resolver maps the names to places.
 */
final class Cues {
    private static final String NAME = "([A-Z][\\p{L}'’`-]+(?:\\s+(?:al-|el-|ez-|ad-|as-|ash-|ar-|az-|at-)?[A-Z][\\p{L}'’`-]+)?)";
    private static final String REGION_WORD = "(?:governorate|province|countryside|region|muhafazah|district)";
    private static final String DIRECTION = "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)";
    private static final String PLACE_NOUN = "(?:(?:the\\s+)?(?:town|city|village|villages|area|areas)\\s+of\\s+)?";

    private static final Pattern NAME_THEN_REGION = Pattern.compile(NAME + "(?:'s?)?\\s+(?i:" + REGION_WORD + ")\\b");
    private static final Pattern REGION_OF_NAME = Pattern.compile("(?i:" + REGION_WORD + ")\\s+of\\s+" + NAME);
    private static final Pattern DIRECTION_NAME = Pattern.compile(
            "\\b(?i:" + DIRECTION + "(?:ern)?|rural)\\s+(?:rural\\s+)?" + NAME);
    private static final Pattern DISTANCE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?i:km|kms|kilomet(?:er|re)s?|miles?)\\b[^.;!?]{0,30}?\\b(?i:from|of|outside)\\s+"
                    + PLACE_NOUN + NAME);
    private static final Pattern NEAR = Pattern.compile(
            "\\b(?i:near|outside|close\\s+to|outskirts\\s+of|vicinity\\s+of|" + DIRECTION + "(?:ern)?\\s+of)\\s+"
                    + PLACE_NOUN + NAME);
    private static final Pattern HEDGE_BEFORE = Pattern.compile(
            "(?i:near|outside|close\\s+to|outskirts\\s+of|vicinity\\s+of|around|between|"
                    + "(?:km|kms|kilomet(?:er|re)s?|miles?)\\s+(?:\\w+\\s+)?(?:from|of)|" + DIRECTION + "\\w*\\s+of)\\s+"
                    + "(?:the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?$");
    private static final String[] REGION_WORDS =
            {"governorate", "province", "countryside", "region", "muhafazah", "district"};
    private static final CueFinder.Words REGION_WORD_STARTS = new CueFinder.Words(false, REGION_WORDS);
    /** Each cue tried only where its first word (or kind of character) starts: see {@link CueFinder}. */
    static final CueFinder NAME_THEN_REGION_FINDER = new CueFinder(NAME_THEN_REGION, Cues::nextNameThenRegion);
    static final CueFinder REGION_OF_NAME_FINDER = CueFinder.startingWith(REGION_OF_NAME, REGION_WORDS);
    static final CueFinder DIRECTION_NAME_FINDER = CueFinder.startingWithWord(DIRECTION_NAME,
            "north", "south", "east", "west", "rural");
    static final CueFinder DISTANCE_FINDER = CueFinder.startingWithDigit(DISTANCE);
    static final CueFinder NEAR_FINDER = CueFinder.startingWithWord(NEAR,
            "near", "outside", "close", "outskirts", "vicinity", "north", "south", "east", "west");
    static final CueFinder HEDGE_BEFORE_FINDER = CueFinder.startingWith(HEDGE_BEFORE,
            "near", "outside", "close", "outskirts", "vicinity", "around", "between", "km", "kilomet", "mile",
            "north", "south", "east", "west");
    // "district" is left out here: "the Hanano district" is a quarter, "Azaz district" is named after its town
    private static final String AREA_WORD = "(?:governorate|province|countryside|region|muhafazah)";
    private static final Pattern REGION_AFTER = Pattern.compile("^(?:'s?)?\\s+(?i:" + AREA_WORD + ")\\b");
    private static final Pattern REGION_BEFORE = Pattern.compile("(?i:" + AREA_WORD + ")\\s+of\\s+(?:the\\s+)?$");

    /**
     * Words that make a place name stand for a part of the area around it ("eastern Hama", "rural Idlib", "the
     * Shadadah area", "on the Tweis axis"): ACLED codes "the area of" a town near it, at precision 2.
     */
    private static final String PART_WORD =
            "(?:countryside|outskirts|suburbs|environs|hinterland|desert|area|surroundings|axis)";
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:" + DIRECTION
            + "(?:ern)?|rural|(?:the\\s+)?" + PART_WORD + "\\s+of)\\s+(?:rural\\s+)?(?:the\\s+)?$");
    private static final Pattern PART_AFTER = Pattern.compile("^(?:'s?)?\\s+(?i:" + PART_WORD + "|rural\\s+areas?)\\b");
    private static final Pattern PART_SUFFIX = Pattern.compile("(?i)(?:'s?)?\\s+" + PART_WORD + "$");

    /**
     * A name the text ties a region to; {@code start} is its offset in the scanned text; {@code phrase} the whole
     * cue ("eastern Hama", "South Carolina": the caller checks the phrase is not a place name of its own).
     */
    record NamedRegion(String name, int start, String phrase) {
    }

    /** "x km from Y" (km set) or "near / north of Y" (km null). */
    record Relative(String anchor, Double km, int start) {
    }

    private Cues() {
    }

    static List<NamedRegion> regions(String text) {
        List<NamedRegion> out = new ArrayList<>();
        for (CueFinder f : List.of(NAME_THEN_REGION_FINDER, REGION_OF_NAME_FINDER, DIRECTION_NAME_FINDER)) {
            for (MatchResult m : f.all(text)) {
                String name = stripArticle(m.group(1));
                if (!isStructureWord(name)) {
                    out.add(new NamedRegion(name, m.start(1), m.group()));
                }
            }
        }
        return out;
    }

    /** The first position from {@code from} on where a "Name region-word" cue may start, or -1. */
    private static int nextNameThenRegion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' && nameThenRegionAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a "Name region-word" cue may start at {@code at}: a capital, and a region word starting after the
     * first or the second run of non-blanks from there (the name has at most two words, then maybe "'s").
     */
    private static boolean nameThenRegionAt(String text, int at) {
        char c = text.charAt(at);
        if (c < 'A' || c > 'Z') {
            return false;
        }
        int i = at;
        for (int word = 0; word < 2; word++) {
            while (i < text.length() && !regexSpace(text.charAt(i))) {
                i++;
            }
            int blanks = i;
            while (i < text.length() && regexSpace(text.charAt(i))) {
                i++;
            }
            if (i == blanks || i >= text.length()) {
                return false;
            }
            if (REGION_WORD_STARTS.startAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static List<Relative> relatives(String text) {
        List<Relative> out = new ArrayList<>();
        for (MatchResult d : DISTANCE_FINDER.all(text)) {
            double km = Double.parseDouble(d.group(1).replace(',', '.'));
            if (d.group().toLowerCase(Locale.ROOT).contains("mile")) {
                km *= 1.609;
            }
            out.add(new Relative(stripArticle(d.group(2)), km, d.start(2)));
        }
        for (MatchResult n : NEAR_FINDER.all(text)) {
            String name = stripArticle(n.group(1));
            boolean dup = out.stream().anyMatch(r -> r.start() == n.start(1));
            if (!dup && !isStructureWord(name)) {
                out.add(new Relative(name, null, n.start(1)));
            }
        }
        return out;
    }

    /** Whether the words just before a mention make it approximate ("near", "10 km east of"). */
    static boolean hedgedBefore(String text, int mentionStart) {
        String before = text.substring(Math.max(0, mentionStart - 60), mentionStart);
        return HEDGE_BEFORE_FINDER.any(before);
    }

    /** Whether the mention names a region: "Aleppo Governorate", "Idlib's countryside", "province of Hama". */
    static boolean regionAround(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 20));
        String before = text.substring(Math.max(0, start - 30), start);
        return REGION_AFTER.matcher(after).find() || REGION_BEFORE.matcher(before).find();
    }

    /**
     * Whether the wording around a mention makes it stand for a part of the area around the place rather than the
     * place itself: a compass word or "rural" before it ("in east Hama", "the northern Aleppo countryside",
     * "rural Idlib"), "countryside/outskirts of" before it, or "countryside/outskirts/suburbs" after it or ending
     * it ("Idlib's countryside"). ACLED codes such events to the town (or the governorate's capital) at geo
     * precision 2; the resolver applies it to town answers (a governorate reading keeps precision 3). {@code mention} is the mention's own text; a compass word inside it ("East Jerusalem" as one
     * name) does not count.
     */
    static boolean partOfArea(String text, int start, int end, String mention) {
        if (PART_SUFFIX.matcher(mention.strip()).find()) {
            return true;
        }
        if (start < 0 || end > text.length() || start > end) {
            return false;
        }
        // the window starts at a space, so its first word is whole
        int from = start <= 40 ? 0 : Math.max(0, text.lastIndexOf(' ', start - 40));
        String before = text.substring(from, start);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        return PART_BEFORE.matcher(before).find() || PART_AFTER.matcher(after).find();
    }

    private static String stripArticle(String name) {
        return name.replaceFirst("^(?i:the)\\s+", "");
    }

    private static boolean isStructureWord(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("the") || n.equals("syria") || n.equals("syrian") || n.equals("iraq") || n.equals("turkey");
    }
}
