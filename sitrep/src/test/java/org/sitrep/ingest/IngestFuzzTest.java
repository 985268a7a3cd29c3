package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sitrep.fuzz.Bounded;
import org.sitrep.model.Document;
import org.sitrep.model.Section;

/**
 * Fuzzing of the reading path: the decoder over any bytes, the HTML and Markdown converters over any text and
 * markup-shaped text, and the whole reader. The documented failure is an {@link IngestException} naming the file;
 * nothing else may escape, every try must finish, and what comes out must keep its invariants (offsets inside the
 * source, sections tiling the clean text, verbatim characters mapping back).
 */
class IngestFuzzTest {
    private static final Cues CUES = Cues.standard();
    private final DocumentReader reader = new DocumentReader();

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    /** Mostly text: UTF-8 of Arabic, Latin and markup, with a few bytes overwritten by anything. */
    @Provide
    Arbitrary<byte[]> damagedUtf8() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0600', '\u06ff').withCharRange('a', 'z')
                .withCharRange('\u00c0', '\u00ff').withChars(' ', '\n', '.', '<', '>', '/', '&', ';', '#', '*')
                .ofMinLength(1).ofMaxLength(300);
        return Arbitraries.integers().between(0, 6).flatMap(n -> text.flatMap(s -> {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return Arbitraries.integers().between(0, b.length - 1).list().ofSize(n).flatMap(at ->
                    Arbitraries.bytes().list().ofSize(n).map(v -> {
                        byte[] out = b.clone();
                        for (int i = 0; i < n; i++) {
                            out[at.get(i)] = v.get(i);
                        }
                        return out;
                    }));
        }));
    }

    private static void checkDecoded(byte[] b) throws Exception {
        try {
            Decoded d = Bounded.call(b, () -> TextDecoder.decode("f.txt", b));
            assertTrue(d.replaced() >= d.replacedAt().size(), d.toString());
            for (int at : d.replacedAt()) {
                assertTrue(at >= 0 && at < b.length, "offset " + at + " outside " + b.length + " bytes");
            }
            if (d.replaced() > 0) {
                assertEquals("UTF-8", d.encoding());
                assertEquals(d.replaced(), d.text().chars().filter(c -> c == 0xFFFD).count()
                        - countReplacementsWritten(b), "one U+FFFD per invalid sequence");
            }
        } catch (IngestException e) {
            assertEquals("f.txt", e.file());
            assertTrue(!e.problem().isBlank());
        }
    }

    /** U+FFFD characters the bytes themselves spell in valid UTF-8 (EF BF BD), which are not replacements. */
    private static long countReplacementsWritten(byte[] b) {
        long n = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                n++;
            }
        }
        return n;
    }

    @Property(tries = 400)
    void decode_anyBytes_textOrIngestExceptionOnly(@ForAll("anyBytes") byte[] b) throws Exception {
        checkDecoded(b);
    }

    @Property(tries = 400)
    void decode_damagedUtf8_textOrIngestExceptionOnly(@ForAll("damagedUtf8") byte[] b) throws Exception {
        checkDecoded(b);
    }

    /** A UTF-8 text with as many valid non-ASCII letters as stray bytes stays UTF-8: each stray byte one U+FFFD. */
    @Property(tries = 300)
    void decode_utf8WithFewStrayBytes_staysUtf8AndKeepsEveryValidCharacter(
            @ForAll("arabicAndEnglish") String text, @ForAll @Size(max = 3) List<@net.jqwik.api.constraints.IntRange(
                    min = 0, max = 1000) Integer> where) throws Exception {
        StringBuilder damaged = new StringBuilder(text);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<Integer> cuts = where.stream().map(w -> w % (text.length() + 1)).sorted().toList();
        int from = 0;
        for (int cut : cuts) {
            out.writeBytes(text.substring(from, cut).getBytes(StandardCharsets.UTF_8));
            out.write(0xFF);
            from = cut;
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        Decoded d = Bounded.call(damaged, () -> TextDecoder.decode("f.txt", out.toByteArray()));
        assertEquals("UTF-8", d.encoding());
        assertEquals(cuts.size(), d.replaced());
        assertEquals(text, d.text().replace("\uFFFD", ""));
    }

    @Provide
    Arbitrary<String> arabicAndEnglish() {
        return Arbitraries.of("\u0642\u0635\u0641", "\u0645\u062f\u064a\u0646\u0629", "\u062d\u0644\u0628", "Aleppo",
                "shelling", "on", "Monday", ",", ".", "\u00e9t\u00e9").list().ofMinSize(3).ofMaxSize(30)
                .map(l -> String.join(" ", l) + " \u0642\u0635\u0641 \u0642\u0635\u0641 \u0642\u0635\u0641");
    }

    /** Markup-shaped text: tags, entities, markdown marks, words, any characters (surrogates included). */
    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class=x>", "</div>", "<br/>", "<h1>", "</h1>", "<li>", "<ul>",
                        "<table>", "<tr>", "<td>", "<nav>", "<footer>", "<article>", "<time datetime=\"2016-02-30\">",
                        "</time>", "<meta charset=x>", "<meta property=\"og:title\" content=\"", "<title>",
                        "</title>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;",
                        "&#0;", "&#x10FFFF;", "&#xD800;", "&#99999999;", "&nbsp;", "&", "<", ">", "\"", "'", "=",
                        "# ", "## ", "> ", "- ", "* ", "1. ", "```", "`", "**", "__", "[", "](", ")", "![", "|",
                        "---", "\\", "\n", "\n\n", "\r", "\r\n", "\t", " ", "\u2028", "\u00a0", "\ufeff"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(3),
                Arbitraries.of("Aleppo", "shelling", "killed", "5", "Monday", "By", "Reuters", "Comments", "Reply"));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void htmlConverter_anyMarkup_noExceptionAndOffsetsInsideSource(@ForAll("markup") String html) throws Exception {
        HtmlConverter.Result r = Bounded.call(html, () -> HtmlConverter.convert(html, CUES));
        checkClean(html, r.clean());
    }

    @Property(tries = 400)
    void markdownConverter_anyMarkup_noExceptionAndOffsetsInsideSource(@ForAll("markup") String md) throws Exception {
        CleanText c = Bounded.call(md, () -> MarkdownConverter.convert(md));
        checkClean(md, c);
    }

    private static void checkClean(String source, CleanText c) {
        OffsetChecks.assertVerbatimCharsMapBack(source, c);
        for (int i = 0; i < c.text().length(); i++) {
            int o = c.offsets().toOriginal(i);
            assertTrue(o >= 0 && o <= source.length(), "clean " + i + " maps to " + o + " of " + source.length());
        }
        for (Block b : c.blocks()) {
            assertTrue(b.span().start() >= 0 && b.span().end() <= c.text().length(), b.toString());
        }
    }

    /**
     * Long runs of one piece of markup: java.util.regex recursion and unbounded scans show only on inputs of
     * thousands of repetitions (this found three stack overflows and a quadratic bracket scan). Few tries: each
     * input is long.
     */
    @Provide
    Arbitrary<String> repeated() {
        Arbitrary<String> piece = Arbitraries.of("- ", "* ", "*", "_", "~~", "[", "](", "[a](", "![", "`", "``a",
                "> ", "# ", "<!---->", "<div>", "<b>", "<table><tr><td>", "&amp;", "a.", "\\", "<a", "|", "\n",
                "\n\n", "1. ", "**_", "<p>x", "-->");
        return Combinators.combine(piece, Arbitraries.integers().between(1_000, 10_000),
                Arbitraries.of("", "x", "<html>", "](x)", "\n")).as((p, times, tail) -> p.repeat(times) + tail);
    }

    @Property(tries = 25)
    void converters_longRepetitions_answerWithOffsetsInsideSource(@ForAll("repeated") String text) throws Exception {
        checkClean(text, Bounded.call(text, () -> MarkdownConverter.convert(text)));
        checkClean(text, Bounded.call(text, () -> HtmlConverter.convert(text, CUES)).clean());
        try {
            Bounded.call(text, () -> reader.read("page", text.getBytes(StandardCharsets.UTF_8)));
        } catch (IngestException e) {
            assertEquals("page", e.file());
        }
    }

    /** The whole reader: decode, convert, classify sections, read metadata. */
    @Property(tries = 300)
    void read_anyMarkupAsEveryFormat_documentOrIngestException(@ForAll("markup") String text,
            @ForAll("names") String name) throws Exception {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            Document d = Bounded.call(name + ":" + text, () -> reader.read(name, b));
            int at = 0;
            for (Section s : d.sections()) {
                assertEquals(at, s.span().start(), "sections tile the clean text: " + d.sections());
                at = s.span().end();
            }
            assertEquals(d.text().length(), d.sections().isEmpty() ? 0 : at);
        } catch (IngestException e) {
            assertEquals(name, e.file());
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.html", "a.md", "a.txt", "a");
    }
}
