package org.sitrep.json;

/** JSON that does not follow sitrep's record format; the message says which member is wrong. */
public final class JsonFormatException extends RuntimeException {
    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
