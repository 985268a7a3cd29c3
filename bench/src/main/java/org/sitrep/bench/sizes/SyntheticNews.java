package org.sitrep.bench.sizes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Long conflict-news-like documents for the size benchmark, from templates written for this module: varied
 * paragraphs of strikes, clashes, shelling, protests, displacement and aid with places, dates, casualty figures and
 * quoted speakers, separated by blank lines, under a headline and a dateline. Deterministic for a seed.
 */
public final class SyntheticNews {
    private static final List<String> PLACES = List.of("Aleppo", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Raqqa",
            "Daraa", "Latakia", "Tartus", "Qamishli", "Manbij", "Afrin", "Azaz", "Jisr al-Shughur", "Maarat al-Numan",
            "Saraqib", "Ariha", "Al-Bab", "Tal Abyad", "Ras al-Ain", "Kobani", "Palmyra", "Bukamal", "Mayadin",
            "Douma", "Harasta", "Jobar", "Sweida", "Quneitra", "Nawa", "Busra al-Sham", "Rastan", "Talbiseh");
    private static final List<String> ACTORS = List.of("government forces", "Syrian army troops",
            "Russian warplanes", "opposition fighters", "Hayat Tahrir al-Sham militants", "the Syrian Democratic Forces",
            "Turkish-backed factions", "Islamic State cells", "pro-government militias", "Kurdish fighters",
            "an armed group", "unidentified gunmen");
    private static final List<String> SOURCES = List.of("the Syrian Observatory for Human Rights",
            "a local activist", "the state news agency SANA", "the White Helmets civil defence group",
            "a military source", "a spokesman for the opposition", "residents reached by phone",
            "the United Nations humanitarian office", "a hospital director", "the provincial governor");
    private static final List<String> WEAPONS = List.of("barrel bombs", "artillery shells", "rockets", "mortar rounds",
            "air strikes", "a car bomb", "drones", "heavy machine guns", "cluster munitions");
    private static final List<String> TARGETS = List.of("a market", "a school", "a bakery", "a hospital",
            "a residential building", "a checkpoint", "a mosque", "a camp for displaced families", "a water station",
            "a military base", "a convoy", "farmland");
    private static final List<String> TEMPLATES = List.of(
            "{ACTOR} struck {TARGET} in {PLACE} on {DATE}, killing {N} civilians and wounding {M} others, according to {SOURCE}.",
            "At least {N} people were killed when {WEAPON} hit {TARGET} on the outskirts of {PLACE} on {DAY}, {SOURCE} said.",
            "\"We heard the planes and then the whole street shook,\" said a resident of {PLACE}, who asked not to be named.",
            "Clashes between {ACTOR} and {ACTOR2} near {PLACE} left {N} fighters dead, {SOURCE} reported on {DAY}.",
            "{SOURCE} said {ACTOR} shelled villages south of {PLACE} with {WEAPON}, and that {N} houses were destroyed.",
            "About {K} families fled {PLACE} toward {PLACE2} in the week to {DATE}, the United Nations said.",
            "Hundreds of people protested in {PLACE} on {DAY} against rising bread prices and the arrest of {N} students.",
            "\"The situation is catastrophic, we have no fuel for the generators,\" {SOURCE} told reporters in {PLACE}.",
            "{ACTOR} said they had taken control of {N} villages west of {PLACE} after {M} days of fighting.",
            "An explosion near {TARGET} in {PLACE} killed {N} people on {DATE}; no group claimed responsibility.",
            "The death toll from the attack on {PLACE} rose to {N}, including {M} children, {SOURCE} said on {DAY}.",
            "A convoy of {N} trucks carrying food and medicine reached {PLACE} on {DATE}, the first since {MONTH}.",
            "{ACTOR} arrested {N} men during raids in {PLACE}, {SOURCE} said, adding that {M} were later released.",
            "Landmines left in farmland near {PLACE} killed {N} shepherds this month, according to {SOURCE}.",
            "Prices of flour in {PLACE} have tripled since {MONTH}, and {K} people now depend on aid, officials said.",
            "Talks in {PLACE2} on a ceasefire around {PLACE} broke down on {DAY} without agreement.",
            // background, analysis and reaction: no event of their own, as in most of a real report
            "{PLACE} had been held by {ACTOR} since {MONTH} of last year, and its road to {PLACE2} is the main supply line.",
            "Analysts say control of the hills around {PLACE} would give {ACTOR} a view over much of the valley.",
            "The population of {PLACE} was about {K} before the war, and many of its residents now live in camps.",
            "\"Nobody trusts the promises any more,\" said a teacher from {PLACE}. \"We only want the schools open.\"",
            "Officials in {PLACE2} declined to comment on the report, and the claims could not be independently verified.",
            "Winter temperatures in the hills near {PLACE} fall below freezing, and fuel is scarce and expensive.",
            "The agreement signed in {MONTH} was meant to reopen the crossing at {PLACE}, but it has stayed shut.",
            "Aid groups say the number of people in need across the province has grown by a third this year.");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private SyntheticNews() {
    }

    /** About {@code bytes} UTF-8 bytes (ASCII text, so characters) of plain text, paragraphs of 2-6 sentences. */
    public static String text(long bytes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(1500));
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes + 1024));
        sb.append("Fighting spreads across northern ").append(pick(r, PLACES)).append(" as ")
                .append(pick(r, ACTORS)).append(" advance\n\n");
        sb.append(pick(r, PLACES).toUpperCase(Locale.ROOT)).append(", ").append(DATE.format(start)).append(" -- ");
        int day = 0;
        while (sb.length() < bytes) {
            int sentences = 2 + r.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(r, start.plusDays(day / 40)));
                day++;
            }
            sb.append("\n\n");
        }
        sb.setLength((int) Math.min(sb.length(), Math.max(bytes, 1)));
        int cut = Math.max(sb.lastIndexOf("\n\n"), sb.lastIndexOf(". "));
        if (cut > bytes / 2) {
            sb.setLength(cut + 1);
        }
        return sb.append('\n').toString();
    }

    private static String sentence(SplittableRandom r, LocalDate date) {
        String t = pick(r, TEMPLATES);
        String actor = pick(r, ACTORS);
        String actor2 = other(r, ACTORS, actor);
        String place = pick(r, PLACES);
        String s = t.replace("{ACTOR2}", actor2).replace("{ACTOR}", actor)
                .replace("{PLACE2}", other(r, PLACES, place)).replace("{PLACE}", place)
                .replace("{TARGET}", pick(r, TARGETS)).replace("{WEAPON}", pick(r, WEAPONS))
                .replace("{SOURCE}", pick(r, SOURCES)).replace("{DATE}", DATE.format(date.minusDays(r.nextInt(3))))
                .replace("{DAY}", pick(r, DAYS)).replace("{MONTH}", MONTH.format(date.minusMonths(1 + r.nextInt(5))))
                .replace("{N}", Integer.toString(2 + r.nextInt(40))).replace("{M}", Integer.toString(1 + r.nextInt(60)))
                .replace("{K}", String.format(Locale.ENGLISH, "%,d", 100 * (5 + r.nextInt(400))));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String other(SplittableRandom r, List<String> list, String not) {
        String s = pick(r, list);
        return s.equals(not) ? list.get((list.indexOf(s) + 1) % list.size()) : s;
    }
}
