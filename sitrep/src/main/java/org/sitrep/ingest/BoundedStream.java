package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;

/** The next {@code length} bytes of a stream (a WARC record's block); closing it does not close the stream. */
final class BoundedStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedStream(InputStream in, long length) {
        this.in = in;
        this.remaining = length;
    }

    long remaining() {
        return remaining;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int c = in.read();
        if (c >= 0) {
            remaining--;
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    /** Skips what is left of the block; -1 when the stream ended first (the block was cut short). */
    long skipRest() throws IOException {
        byte[] buffer = new byte[8192];
        while (remaining > 0) {
            if (read(buffer, 0, (int) Math.min(buffer.length, remaining)) < 0) {
                return -1;
            }
        }
        return 0;
    }

    @Override
    public void close() {
        // the archive stream stays open for the next record
    }
}
