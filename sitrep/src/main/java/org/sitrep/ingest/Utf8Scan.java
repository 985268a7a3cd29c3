package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes read as UTF-8 one sequence at a time: the text with each invalid sequence replaced by U+FFFD, how many
 * sequences were invalid (and the byte offsets of the first few), and how many valid multi-byte characters there
 * were. The two counts are the evidence for or against UTF-8: legacy code pages almost never form valid
 * multi-byte sequences by accident, while a UTF-8 file with a stray byte has many of them and few invalid ones.
 */
record Utf8Scan(String text, int invalid, int multibyte, List<Integer> firstInvalidOffsets) {
    /** How many offsets of invalid sequences are kept (enough to find them, not a list as long as the file). */
    static final int OFFSETS_KEPT = 5;

    Utf8Scan {
        firstInvalidOffsets = List.copyOf(firstInvalidOffsets);
    }

    static Utf8Scan of(byte[] bytes, int skip) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        // UTF-8 never gives more chars than bytes, and each invalid sequence (at least one byte) gives one U+FFFD
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        int invalid = 0;
        List<Integer> offsets = new ArrayList<>();
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                dec.flush(out);
                break;
            }
            if (r.isOverflow()) {
                throw new IllegalStateException("UTF-8 gave more characters than bytes");
            }
            if (offsets.size() < OFFSETS_KEPT) {
                offsets.add(in.position());
            }
            invalid++;
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        out.flip();
        String text = out.toString();
        int high = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                high++;
            }
        }
        return new Utf8Scan(text, invalid, high - invalid, offsets);
    }
}
