package org.sitrep.app;

import java.nio.charset.StandardCharsets;

/** Small HTML pages we write for tests, dated by their publication-time meta tag. */
public final class DatedPages {
    private DatedPages() {
    }

    /** A page published on {@code date} (YYYY-MM-DD) whose body is {@code bodyHtml}. */
    public static byte[] page(String date, String bodyHtml) {
        return ("<html><head><meta property=\"article:published_time\" content=\"" + date + "\"></head><body>"
                + bodyHtml + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
