package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String LATIN = "Caf\u00e9 owners said the \u201cold market\u201d reopened \u2013 at last.";
    private static final String ARABIC = "\u0642\u0635\u0641 \u0645\u062f\u0641\u0639\u064a \u0639\u0644\u0649 "
            + "\u062d\u064a \u0641\u064a \u0645\u062f\u064a\u0646\u0629 \u062d\u0644\u0628";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decode_utf8WithoutBom_isUtf8NotFallback() throws Exception {
        Decoded d = TextDecoder.decode("a.txt", LATIN.getBytes(StandardCharsets.UTF_8));
        assertEquals(LATIN, d.text());
        assertEquals("UTF-8", d.encoding());
        assertFalse(d.fallback());
    }

    @Test
    void decode_utf8Bom_dropsBom() throws Exception {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LATIN.getBytes(StandardCharsets.UTF_8));
        Decoded d = TextDecoder.decode("a.txt", b);
        assertEquals(LATIN, d.text());
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void decode_utf16Boms_bothByteOrders() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(ARABIC, TextDecoder.decode("a.txt", le).text());
        assertEquals("UTF-16LE", TextDecoder.decode("a.txt", le).encoding());
        assertEquals(ARABIC, TextDecoder.decode("a.txt", be).text());
        assertEquals("UTF-16BE", TextDecoder.decode("a.txt", be).encoding());
    }

    @Test
    void decode_utf16WithoutBom_isRecognisedAsFallback() throws Exception {
        Decoded d = TextDecoder.decode("a.txt", LATIN.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(LATIN, d.text());
        assertTrue(d.fallback());
    }

    @Test
    void decode_windows1252Bytes_fallsBackTo1252() throws Exception {
        Decoded d = TextDecoder.decode("a.txt", LATIN.getBytes(Charset.forName("windows-1252")));
        assertEquals(LATIN, d.text());
        assertEquals("windows-1252", d.encoding());
        assertTrue(d.fallback());
    }

    @Test
    void decode_windows1256ArabicBytes_fallsBackTo1256() throws Exception {
        String mixed = "Aleppo: " + ARABIC + " (report)";
        Decoded d = TextDecoder.decode("a.txt", mixed.getBytes(Charset.forName("windows-1256")));
        assertEquals(mixed, d.text());
        assertEquals("windows-1256", d.encoding());
        assertTrue(d.fallback());
    }

    @Test
    void decode_htmlMetaCharset_isUsedAndNotAFallback() throws Exception {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
        Decoded d = TextDecoder.decode("a.html", html.getBytes(Charset.forName("windows-1256")));
        assertEquals(html, d.text());
        assertEquals("windows-1256", d.encoding());
        assertFalse(d.fallback());
    }

    @Test
    void decode_emptyFile_refused() {
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("e.txt", new byte[0]));
        assertEquals("e.txt", e.file());
        assertTrue(e.problem().contains("empty"));
    }

    @Test
    void decode_nulBytes_refusedAsBinary() {
        byte[] b = {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, (byte) 0xFF, 0, 0, 'x'};
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("p.txt", b));
        assertTrue(e.problem().contains("binary"), e.problem());
    }

    @Test
    void decode_manyControlCharacters_refusedAsBinary() {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
        }
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("c.txt", b));
        assertTrue(e.problem().contains("control"), e.problem());
    }

    @Test
    void decode_overSizeCap_refused() {
        byte[] big = new byte[(int) TextDecoder.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("big.txt", big));
        assertTrue(e.problem().contains("over the limit"), e.problem());
    }

    @Test
    void decode_utf8BomWithInvalidBytes_refusedAsUndecodable() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 'b'};
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("u.txt", b));
        assertTrue(e.problem().startsWith("undecodable"), e.problem());
    }

    @Test
    void decode_bytesUndefinedIn1252AndNotArabic_refusedAsUndecodable() {
        byte[] b = "plain words and then ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = concat(b, new byte[] {(byte) 0x81, 'x', (byte) 0x8D, 'y'});
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("u.txt", bad));
        assertTrue(e.problem().startsWith("undecodable"), e.problem());
    }

    @Test
    void looksArabic_isolatedAccentsInLatinText_false() {
        byte[] b = "Le caf\u00e9 \u00e0 c\u00f4t\u00e9 de la gare, d\u00e9j\u00e0 ferm\u00e9."
                .getBytes(Charset.forName("windows-1252"));
        assertFalse(TextDecoder.looksArabic(b));
    }

    // ---- encodings decided per byte, not per file --------------------------------------------------------------

    private static byte[] withByteAt(byte[] b, int at, int value) {
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) value;
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return out;
    }

    /** Regression: one stray byte used to send the whole file to Windows-1256 (mojibake, exit 0). */
    @Test
    void decode_utf8ArabicAndEnglishWithOneStrayByte_staysUtf8WithOneReplacement() throws Exception {
        String text = "Shelling hit Aleppo on Monday. " + ARABIC + ". Residents said the market was closed.";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = "Shelling hit Aleppo".length();
        Decoded d = TextDecoder.decode("a.txt", withByteAt(utf8, at, 0xFF));
        assertEquals("UTF-8", d.encoding());
        assertFalse(d.fallback());
        assertEquals(text.substring(0, at) + "\uFFFD" + text.substring(at), d.text());
        assertEquals(1, d.replaced());
        assertEquals(java.util.List.of(at), d.replacedAt());
    }

    @Test
    void decode_utf8WithBomAndOneStrayByte_staysUtf8() throws Exception {
        byte[] body = withByteAt(LATIN.getBytes(StandardCharsets.UTF_8), 5, 0xC3);
        Decoded d = TextDecoder.decode("a.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
        assertEquals("UTF-8", d.encoding());
        assertEquals(1, d.replaced());
        assertEquals(java.util.List.of(3 + 5), d.replacedAt(), "offsets count the file's bytes, mark included");
        assertTrue(d.text().startsWith("Caf\u00e9\uFFFD owners"), d.text());
    }

    @Test
    void decode_asciiTextWithAStrayInvalidByteInALongText_staysUtf8() throws Exception {
        String text = "Clashes were reported near the airport on Friday, residents said. ".repeat(4);
        byte[] b = withByteAt(text.getBytes(StandardCharsets.US_ASCII), 10, 0x81);
        Decoded d = TextDecoder.decode("a.txt", b);
        assertEquals("UTF-8", d.encoding());
        assertEquals(1, d.replaced());
    }

    @Test
    void decode_windows1252TextWithOneAccidentalUtf8Pair_stillWindows1252() throws Exception {
        // "\u00c3\u00a9" in Windows-1252 is the byte pair C3 A9, which UTF-8 reads as one valid character
        String text = "Le caf\u00e9 \u00e0 c\u00f4t\u00e9 de la gare \u00e9tait d\u00e9j\u00e0 ferm\u00e9 (\u00c3\u00a9).";
        Decoded d = TextDecoder.decode("a.txt", text.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", d.encoding());
        assertTrue(d.fallback());
        assertEquals(text, d.text());
        assertEquals(0, d.replaced());
    }

    @Test
    void decode_htmlDeclaringALegacyCharsetButUtf8WithOneStrayByte_staysUtf8() throws Exception {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
        byte[] b = withByteAt(html.getBytes(StandardCharsets.UTF_8), html.indexOf("<p>"), 0xFE);
        Decoded d = TextDecoder.decode("a.html", b);
        assertEquals("UTF-8", d.encoding());
        assertEquals(1, d.replaced());
        assertTrue(d.text().contains(ARABIC));
    }

    @Test
    void decode_manyInvalidBytesAndImplausibleAsLegacyText_refusedNamingTheEvidence() {
        byte[] b = "plain words ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 10; i++) {
            // symbols in Windows-1252 (plus-minus, degree, multiplication, superscripts): not words in any language
            b = concat(b, new byte[] {(byte) 0xB1, ' ', (byte) 0xB0, ' ', (byte) 0xD7, ' ', (byte) 0xB2, ' '});
        }
        byte[] bytes = b;
        IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode("u.txt", bytes));
        assertTrue(e.problem().startsWith("undecodable: not UTF-8 (40 invalid sequences, the first at byte offset 12"),
                e.problem());
    }

    @Test
    void decode_truncatedSequenceAtTheEnd_replacedNotRefused() throws Exception {
        String text = ARABIC + " and more words in English to make the text long enough.";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] cut = concat(utf8, new byte[] {(byte) 0xD8});
        Decoded d = TextDecoder.decode("a.txt", cut);
        assertEquals("UTF-8", d.encoding());
        assertEquals(text + "\uFFFD", d.text());
        assertEquals(java.util.List.of(utf8.length), d.replacedAt());
    }
}
