package org.sitrep.bench.throughput;

/** Everything measured for one subject on one article set. {@code heldBytes} is null when not measured. */
public record SubjectResult(String name, ColdStart cold, Measured measured, Long heldBytes) {
}
