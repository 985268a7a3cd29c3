package org.sitrep.bench.throughput;

/**
 * Cold start of one subject: building its pipeline, then load plus the first article; for the subject that runs
 * first in the JVM also the time from JVM start until its first article was done (null otherwise), not counting
 * the full GCs of the heap baseline. {@code heldBytes}: live heap after load and first article minus before load
 * (so static caches count too).
 */
public record ColdStart(long loadMillis, long loadAndFirstArticleMillis, Long sinceJvmStartMillis, long heldBytes) {
}
