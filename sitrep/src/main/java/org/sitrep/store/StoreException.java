package org.sitrep.store;

/** The store cannot do what was asked: the file is not usable, or a write failed and was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
