package org.sitrep.cli;

/** Input a command cannot use (a missing file, undecodable bytes, a malformed line); the message names it. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
