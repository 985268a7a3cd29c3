package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Section;
import org.sitrep.model.Span;

/**
 * Reads an article file into a {@link Document}: decodes the bytes, turns markup into clean text with offsets
 * back to the source, classifies the text into sections and reads title, outlet, author and publication date.
 * A file that cannot be read whole becomes an {@link IngestException}, never a partial document.
 * Stateless and thread-safe; reference data is loaded once.
 */
public final class DocumentReader {
    /** The largest document read, in bytes. */
    public static final long MAX_BYTES = TextDecoder.MAX_BYTES;

    private final Cues cues = Cues.standard();

    public Document read(Path file) throws IngestException {
        return readFully(file).document();
    }

    public Document read(String path, byte[] bytes) throws IngestException {
        return readFully(path, bytes).document();
    }

    /** As {@link #read(Path)}, also returning what a repost says about its original. */
    public Reading readFully(Path file) throws IngestException {
        return readFully(file.toString(), bytes(file));
    }

    /** A file's bytes, as {@link #readFully(Path)} reads them (the store keeps them for reprocessing). */
    public byte[] bytes(Path file) throws IngestException {
        String path = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(path, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > TextDecoder.MAX_BYTES) {
                throw new IngestException(path, "file is " + size + " bytes, over the limit of "
                        + TextDecoder.MAX_BYTES + " bytes for an article");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new IngestException(path, PathProblem.UNREADABLE_FILE, "cannot read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new IngestException(path, PathProblem.VANISHED, "vanished before it could be read", e);
        } catch (IOException e) {
            throw new IngestException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    /** As {@link #read(String, byte[])}, also returning what a repost says about its original. */
    public Reading readFully(String path, byte[] bytes) throws IngestException {
        Decoded decoded = TextDecoder.decode(path, bytes);
        String source = decoded.text();
        Format format = Format.of(path, source);
        CleanText clean;
        HtmlMeta html = null;
        switch (format) {
            case HTML -> {
                HtmlConverter.Result r = HtmlConverter.convert(source, cues);
                clean = r.clean();
                html = r.meta();
            }
            case MARKDOWN -> clean = MarkdownConverter.convert(source);
            default -> clean = PlainTextConverter.convert(source);
        }
        TextQuality.check(path, clean.text());
        String htmlTitle = html == null ? null : (html.ogTitle() != null ? html.ogTitle() : html.title());
        List<Role> roles = SectionClassifier.classify(clean, cues, htmlTitle);
        Metadata meta = Metadata.of(clean.text(), roles, html);

        List<String> flags = new ArrayList<>();
        if (decoded.fallback()) {
            flags.add(DocumentFlag.ENCODING_FALLBACK);
        }
        if (decoded.replaced() > 0) {
            flags.add(DocumentFlag.INVALID_UTF8 + decoded.replaced() + "@" + decoded.replacedAt().stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        }
        if (meta.published() == null) {
            flags.add(DocumentFlag.DATE_UNKNOWN);
        }
        if (meta.republication() != null) {
            flags.add(DocumentFlag.REPUBLISHED);
        }
        Document doc = new Document(idOf(bytes), path, format.mediaType, decoded.encoding(), source, clean.text(),
                clean.offsets(), meta.title(), meta.outlet(), meta.author(), meta.published(),
                meta.publishedSource(), sections(roles, clean.text().length()), flags);
        return new Reading(doc, java.util.Optional.ofNullable(meta.republication()));
    }

    /**
     * Sections tile the clean text in order: each starts where its first block starts (the first at 0) and runs
     * to the next; neighbouring blocks with the same kind and label merge.
     */
    static List<Section> sections(List<Role> roles, int length) {
        List<Section> out = new ArrayList<>();
        int i = 0;
        while (i < roles.size()) {
            Role r = roles.get(i);
            int j = i + 1;
            while (j < roles.size() && roles.get(j).kind() == r.kind() && roles.get(j).label().equals(r.label())) {
                j++;
            }
            int start = out.isEmpty() ? 0 : r.block().span().start();
            int end = j < roles.size() ? roles.get(j).block().span().start() : length;
            out.add(new Section(r.kind(), new Span(start, end), r.label()));
            i = j;
        }
        return out;
    }

    /** The content id: the same bytes always give the same id, wherever the file lives. */
    public static String idOf(byte[] bytes) {
        try {
            return "d" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
