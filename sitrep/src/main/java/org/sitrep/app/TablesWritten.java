package org.sitrep.app;

/** The rows a Parquet export wrote to each table. */
public record TablesWritten(long documents, long reports, long events) {
    public String line() {
        return documents + " documents, " + reports + " reports, " + events + " events";
    }
}
