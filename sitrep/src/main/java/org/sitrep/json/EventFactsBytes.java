package org.sitrep.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Candidate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * An event's facts in a compact binary form that a store keeps beside the record: a year of a busy road is eighty
 * thousand events per answer, and even a streaming JSON read of each record was most of the answer's time. The
 * first byte is {@link #FORMAT}, which no JSON text starts with, so a reader given either form can tell them apart
 * ({@link SitrepJson#readEventFacts(byte[])}). Strings are length-prefixed UTF-8, whole numbers zig-zag varints,
 * coordinates and scores IEEE doubles; enums travel by name, so reordering an enum never changes what is read.
 * The form is a cache of the record, never its only copy: a store can always write it again from the JSON.
 */
public final class EventFactsBytes {
    /** The form's first byte and version. */
    public static final byte FORMAT = 1;

    private EventFactsBytes() {
    }

    /** Whether {@code bytes} are in this form (else they are JSON). */
    public static boolean isFacts(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == FORMAT;
    }

    public static byte[] write(EventFacts f) {
        Out out = new Out();
        out.b.write(FORMAT);
        out.string(f.id());
        out.string(f.subEventType() == null ? null : f.subEventType().label());
        out.count(f.actor1().size());
        for (ActorRef a : f.actor1()) {
            out.string(a.name());
            out.string(a.id());
            out.optional(a.category());
            out.mention(a.mention());
        }
        Location l = f.location();
        out.flag(l != null);
        if (l != null) {
            out.string(l.name());
            out.mention(l.mention());
            out.flag(l.lat() != null);
            if (l.lat() != null) {
                out.number(l.lat());
                out.number(l.lon());
            }
            out.optional(l.geoPrecision());
            out.string(l.gazetteerId());
            out.string(l.admin1());
            out.string(l.country());
            out.count(l.candidates().size());
            for (Candidate c : l.candidates()) {
                out.string(c.gazetteerId());
                out.string(c.name());
                out.number(c.lat());
                out.number(c.lon());
                out.string(c.country());
                out.string(c.admin1());
                out.number(c.score());
            }
        }
        DateSpan d = f.date();
        out.flag(d != null);
        if (d != null) {
            out.varint(d.start().toEpochDay());
            out.varint(d.end().toEpochDay());
            out.string(d.precision().wireName());
            out.flag(d.mention() != null);
            if (d.mention() != null) {
                out.mention(d.mention());
            }
            out.strings(d.flags());
        }
        out.string(f.firstReportId());
        out.strings(f.sources());
        return out.b.toByteArray();
    }

    /** The facts back; a malformed or truncated form is a {@link JsonFormatException}, as a bad record is. */
    public static EventFacts read(byte[] bytes) {
        In in = new In(bytes);
        try {
            if (in.b[in.at++] != FORMAT) {
                throw new JsonFormatException("event facts: not in form " + FORMAT);
            }
            String id = in.unique();
            String label = in.string();
            SubEventType type = label == null ? null : SubEventType.parse(label)
                    .orElseThrow(() -> new JsonFormatException("unknown sub_event_type: " + label));
            int actors = in.count();
            List<ActorRef> actor1 = new ArrayList<>(actors);
            for (int i = 0; i < actors; i++) {
                actor1.add(new ActorRef(in.string(), in.string(), in.optional(), in.mention()));
            }
            Location location = in.flag() ? location(in) : null;
            DateSpan date = in.flag() ? date(in) : null;
            String firstReport = in.unique();
            List<String> sources = in.strings();
            if (in.at != bytes.length) {
                throw new JsonFormatException("event facts: " + (bytes.length - in.at) + " bytes left over");
            }
            return new EventFacts(id, type, actor1, location, date, firstReport, sources);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new JsonFormatException("event facts: cut short at byte " + bytes.length, e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFormatException("event facts: " + e.getMessage(), e);
        }
    }

    private static Location location(In in) {
        String name = in.string();
        Mention mention = in.mention();
        Double lat = null;
        Double lon = null;
        if (in.flag()) {
            lat = in.number();
            lon = in.number();
        }
        Integer precision = in.optional();
        String gazetteerId = in.string();
        String admin1 = in.string();
        String country = in.string();
        int n = in.count();
        List<Candidate> candidates = n == 0 ? List.of() : new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            candidates.add(new Candidate(in.string(), in.string(), in.number(), in.number(), in.string(), in.string(),
                    in.number()));
        }
        return new Location(name, mention, lat, lon, precision, gazetteerId, admin1, country, candidates);
    }

    private static DateSpan date(In in) {
        LocalDate start = SharedValues.local().day(in.varint());
        LocalDate end = SharedValues.local().day(in.varint());
        DatePrecision precision = JsonFields.wireEnum(DatePrecision.class, in.string(), "date.precision");
        Mention mention = in.flag() ? in.mention() : null;
        return new DateSpan(start, end, precision, mention, in.strings());
    }

    /** Appends to a growing array; ByteArrayOutputStream's synchronisation is not needed for one event. */
    private static final class Out {
        private final Bytes b = new Bytes();

        void flag(boolean f) {
            b.write(f ? 1 : 0);
        }

        void count(int n) {
            varint(n);
        }

        void varint(long v) {
            long z = (v << 1) ^ (v >> 63);
            while ((z & ~0x7FL) != 0) {
                b.write((int) ((z & 0x7F) | 0x80));
                z >>>= 7;
            }
            b.write((int) z);
        }

        /** An Integer that may be absent: 0 for null, else the value plus one. */
        void optional(Integer v) {
            varint(v == null ? 0 : v.longValue() + 1);
        }

        void number(double v) {
            long bits = Double.doubleToRawLongBits(v);
            for (int i = 56; i >= 0; i -= 8) {
                b.write((int) (bits >>> i));
            }
        }

        /** 0 for null, else the UTF-8 length plus one, then the bytes. */
        void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length + 1L);
            b.write(utf8);
        }

        void strings(List<String> list) {
            count(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void mention(Mention m) {
            string(m.text());
            varint(m.span().start());
            varint(m.span().end());
        }
    }

    private static final class Bytes {
        private byte[] buf = new byte[256];
        private int size;

        void write(int v) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) v;
        }

        void write(byte[] bytes) {
            if (size + bytes.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    private static final class In {
        private final byte[] b;
        private int at;

        In(byte[] b) {
            this.b = b;
        }

        boolean flag() {
            byte f = b[at++];
            if (f != 0 && f != 1) {
                throw new JsonFormatException("event facts: bad flag " + f + " at byte " + (at - 1));
            }
            return f == 1;
        }

        int count() {
            long n = varint();
            if (n < 0 || n > b.length) {
                throw new JsonFormatException("event facts: bad count " + n + " at byte " + at);
            }
            return (int) n;
        }

        long varint() {
            long z = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 63) {
                    throw new JsonFormatException("event facts: varint too long at byte " + at);
                }
                byte v = b[at++];
                z |= (long) (v & 0x7F) << shift;
                if (v >= 0) {
                    break;
                }
            }
            return (z >>> 1) ^ -(z & 1);
        }

        Integer optional() {
            long v = varint();
            if (v < 0 || v - 1 > Integer.MAX_VALUE) {
                throw new JsonFormatException("event facts: bad number " + v + " at byte " + at);
            }
            return v == 0 ? null : (int) (v - 1);
        }

        int integer() {
            long v = varint();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new JsonFormatException("event facts: bad number " + v + " at byte " + at);
            }
            return (int) v;
        }

        double number() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (b[at++] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        /** A string that many events repeat (a place, an actor, a source): one copy kept for all of them. */
        String string() {
            int len = length();
            if (len < 0) {
                return null;
            }
            String s = SharedValues.local().text(b, at, len);
            at += len;
            return s;
        }

        /** A string of this event alone (its id, its first report's). */
        String unique() {
            int len = length();
            if (len < 0) {
                return null;
            }
            String s = new String(b, at, len, StandardCharsets.UTF_8);
            at += len;
            return s;
        }

        /** A string's length in bytes, -1 for null. */
        private int length() {
            long n = varint();
            if (n == 0) {
                return -1;
            }
            if (n < 0 || n - 1 > b.length - at) {
                throw new JsonFormatException("event facts: bad string length " + (n - 1) + " at byte " + at);
            }
            return (int) (n - 1);
        }

        List<String> strings() {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String s = string();
                if (s == null) {
                    throw new JsonFormatException("event facts: a null in a list at byte " + at);
                }
                out.add(s);
            }
            return out;
        }

        Mention mention() {
            String text = string();
            if (text == null) {
                throw new JsonFormatException("event facts: a mention without text at byte " + at);
            }
            return new Mention(text, new Span(integer(), integer()));
        }
    }
}
