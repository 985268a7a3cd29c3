package org.sitrep.app;

import org.sitrep.pipeline.Progress;

/**
 * Turns the engine's progress within one file (characters read by each stage) into bytes of the whole run for the
 * listener: the bytes of the files done before it plus the share of this file's bytes its work has reached.
 * Extraction counts for the first {@value #EXTRACT_SHARE} of a file, resolution up to {@value #RESOLVE_SHARE}, the
 * recording the rest. The listener hears of each advance of a hundredth of the file or more.
 */
final class FileProgress implements Progress {
    static final double EXTRACT_SHARE = 0.45;
    static final double RESOLVE_SHARE = 0.85;

    private final IngestListener listener;
    private final long before;
    private final long size;
    private long told;

    FileProgress(IngestListener listener, long before, long size) {
        this.listener = listener;
        this.before = before;
        this.size = size;
        this.told = before;
    }

    @Override
    public void at(String stage, long done, long total) {
        double part = total <= 0 ? 1 : Math.min(1, (double) done / total);
        double share = switch (stage) {
            case "extract" -> EXTRACT_SHARE * part;
            case "resolve" -> EXTRACT_SHARE + (RESOLVE_SHARE - EXTRACT_SHARE) * part;
            default -> told > before ? (double) (told - before) / Math.max(1, size) : 0;
        };
        tell(before + (long) (share * size));
    }

    /** The engine is done: the file stands at the recording's share. */
    void recording() {
        tell(before + (long) (RESOLVE_SHARE * size));
    }

    private void tell(long bytes) {
        if (bytes > told && (bytes - told) * 100 >= size) {
            told = bytes;
            listener.progress(bytes);
        }
    }
}
