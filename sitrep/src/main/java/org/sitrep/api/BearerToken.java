package org.sitrep.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The secret that writes need, read from a file (surrounding white space dropped). Compared in constant time, so
 * the time an answer takes says nothing about how much of a guess was right.
 */
final class BearerToken {
    /** Shorter secrets are refused: a token is meant to be unguessable, not remembered. */
    static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private BearerToken(byte[] secret) {
        this.secret = secret;
    }

    /**
     * Reads the token file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static BearerToken read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the token file: " + e.getMessage(), e);
        }
        if (text.length() < MIN_LENGTH || text.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException(file + ": a token is one line of at least " + MIN_LENGTH
                    + " printable ASCII characters without spaces");
        }
        return new BearerToken(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether an Authorization header carries this token ("Bearer <token>"); null and other schemes do not. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, offered);
    }
}
