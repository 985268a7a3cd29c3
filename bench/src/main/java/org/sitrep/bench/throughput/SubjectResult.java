package org.sitrep.bench.throughput;

/** Everything measured for one subject on one article set. */
public record SubjectResult(String name, ColdStart cold, Measured measured) {
}
