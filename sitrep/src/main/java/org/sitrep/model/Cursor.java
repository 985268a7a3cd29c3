package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of records ended, for keyset paging: records come in date order (undated last), then by id, so the
 * next page starts after this (date, id). Stable while records are added: a page never repeats or skips a record
 * that was there when the previous page was read, unlike an offset. As text it is opaque to clients.
 *
 * @param date the last record's start date, or null when it had none
 * @param id   the last record's id
 */
public record Cursor(LocalDate date, String id) {
    public Cursor {
        Objects.requireNonNull(id, "id");
    }

    /** The cursor after this event. */
    public static Cursor after(Event e) {
        return new Cursor(e.date() == null ? null : e.date().start(), e.id());
    }

    /** The cursor after this report. */
    public static Cursor after(Report r) {
        return new Cursor(r.date() == null ? null : r.date().start(), r.id());
    }

    /** The opaque text form clients pass back. */
    public String encode() {
        String plain = (date == null ? "" : date.toString()) + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor's text form.
     *
     * @throws IllegalArgumentException when the text is not a cursor this program made
     */
    public static Cursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            int slash = plain.indexOf('/');
            if (slash < 0 || slash == plain.length() - 1) {
                throw new IllegalArgumentException("not a paging cursor: '" + text + "'");
            }
            LocalDate d = slash == 0 ? null : LocalDate.parse(plain.substring(0, slash));
            return new Cursor(d, plain.substring(slash + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a paging cursor: '" + text + "'", e);
        }
    }
}
