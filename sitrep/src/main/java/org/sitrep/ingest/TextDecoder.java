package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text, or refuses with a reason. Order: byte-order mark, UTF-8 (a few invalid bytes
 * replaced and counted, see {@link #utf8OrLegacy}), then an HTML meta charset or a guess (Windows-1256 when the
 * high bytes look like Arabic words, else Windows-1252) when the bytes are clearly not UTF-8.
 * Stateless; every decoder is made per call because CharsetDecoder is not thread-safe.
 */
final class TextDecoder {
    /** Articles are small; anything bigger is almost surely not an article (a dump, a video, an archive). */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int SNIFF = 64 * 1024;
    private static final Charset WIN1252 = Charset.forName("windows-1252");
    private static final Charset WIN1256 = Charset.forName("windows-1256");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    /** Which byte values Windows-1256 decodes to Arabic-block letters. */
    private static final boolean[] ARABIC_IN_1256 = arabicTable();

    private TextDecoder() {
    }

    private static boolean[] arabicTable() {
        boolean[] t = new boolean[256];
        for (int v = 0x80; v < 256; v++) {
            char c = new String(new byte[] {(byte) v}, WIN1256).charAt(0);
            t[v] = c >= '\u0600' && c <= '\u06FF';
        }
        return t;
    }

    static Decoded decode(String path, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(path, "empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException(path, "file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES
                    + " bytes for an article");
        }
        Decoded d = decodeText(path, bytes);
        rejectControlCharacters(path, d.text());
        return d;
    }

    private static Decoded decodeText(String path, byte[] bytes) throws IngestException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            Utf8Scan scan = Utf8Scan.of(bytes, 3);
            if (scan.invalid() == 0) {
                return new Decoded(scan.text(), "UTF-8", false);
            }
            if (fewInvalid(scan)) {
                return Decoded.repaired(scan);
            }
            throw new IngestException(path, "undecodable: starts with a UTF-8 byte-order mark but has "
                    + scan.invalid() + " invalid UTF-8 sequences (the first at byte offset "
                    + scan.firstInvalidOffsets().get(0) + ")");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(path, bytes, 2, StandardCharsets.UTF_16LE, "a UTF-16LE byte-order mark"),
                    "UTF-16LE", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(path, bytes, 2, StandardCharsets.UTF_16BE, "a UTF-16BE byte-order mark"),
                    "UTF-16BE", false);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            Charset utf16 = bomlessUtf16(bytes);
            if (utf16 == null) {
                throw new IngestException(path, "binary content (NUL byte at offset " + nul + "), not a text article");
            }
            return new Decoded(strict(path, bytes, 0, utf16, "UTF-16 without a byte-order mark"), utf16.name(), true);
        }
        return utf8OrLegacy(path, bytes);
    }

    /**
     * Decided on the evidence of every byte: UTF-8 when it has no invalid sequence, or when its invalid sequences
     * are few against its valid multi-byte characters (or a stray handful in a long text), replaced by U+FFFD and
     * counted. A legacy code page (the one an HTML page declares, else Windows-1256 for Arabic-looking bytes, else
     * Windows-1252) only when invalid sequences outnumber the valid ones and its decoding reads as text.
     */
    private static Decoded utf8OrLegacy(String path, byte[] bytes) throws IngestException {
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.invalid() == 0) {
            return new Decoded(scan.text(), "UTF-8", false);
        }
        Charset declared = declaredCharset(bytes);
        boolean declaredLegacy = declared != null && !declared.equals(StandardCharsets.UTF_8);
        Charset legacy = declaredLegacy ? declared : looksArabic(bytes) ? WIN1256 : WIN1252;
        if (scan.invalid() > scan.multibyte()) {
            String text = tryStrict(bytes, legacy);
            if (text != null && (declaredLegacy || LegacyText.plausible(text))) {
                return new Decoded(text, legacy.name(), !declaredLegacy);
            }
        }
        if (fewInvalid(scan)) {
            return Decoded.repaired(scan);
        }
        throw new IngestException(path, "undecodable: not UTF-8 (" + scan.invalid() + " invalid sequences, the "
                + "first at byte offset " + scan.firstInvalidOffsets().get(0) + ", against " + scan.multibyte()
                + " valid multi-byte characters) and not plausible " + legacy.name() + " text");
    }

    /** Invalid sequences no more than the valid multi-byte characters, or under one per hundred characters. */
    private static boolean fewInvalid(Utf8Scan scan) {
        return scan.invalid() <= scan.multibyte() || scan.invalid() * 100L <= scan.text().length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** UTF-16 without a BOM shows as NULs in nearly every other byte (ASCII text); otherwise it is binary. */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 8 || b.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.9 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.9 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(String path, byte[] b, int skip, Charset cs, String what) throws IngestException {
        String s = tryStrict(b, skip, cs);
        if (s == null) {
            throw new IngestException(path, "undecodable: starts with " + what + " but is not valid " + cs.name());
        }
        return s;
    }

    private static String tryStrict(byte[] b, Charset cs) {
        return tryStrict(b, 0, cs);
    }

    private static String tryStrict(byte[] b, int skip, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset an HTML page declares in its first bytes; ISO-8859-1 and ASCII mean Windows-1252 (as browsers do). */
    static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WIN1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Arabic in Windows-1256 puts letters in 0xC1-0xFF in runs (whole words), while Latin text in Windows-1252
     * has isolated accented letters. Both signals must agree before we choose Arabic.
     */
    static boolean looksArabic(byte[] b) {
        int high = 0;
        int arabic = 0;
        int adjacent = 0;
        int n = Math.min(b.length, SNIFF);
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v < 0xC0) {
                continue;
            }
            high++;
            if (ARABIC_IN_1256[v]) {
                arabic++;
            }
            boolean prevHigh = i > 0 && (b[i - 1] & 0xFF) >= 0x80;
            boolean nextHigh = i + 1 < n && (b[i + 1] & 0xFF) >= 0x80;
            if (prevHigh || nextHigh) {
                adjacent++;
            }
        }
        return high >= 3 && arabic >= high * 0.6 && adjacent >= high * 0.6;
    }

    /** Text with many C0 control characters is binary that happened to decode. */
    private static void rejectControlCharacters(String path, String text) throws IngestException {
        int n = Math.min(text.length(), SNIFF);
        int controls = 0;
        int firstAt = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0) {
                controls++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if (controls > 0 && (controls >= 8 || controls * 100 > n)) {
            throw new IngestException(path, "binary content (" + controls + " control characters, first at character "
                    + firstAt + "), not a text article");
        }
    }
}
