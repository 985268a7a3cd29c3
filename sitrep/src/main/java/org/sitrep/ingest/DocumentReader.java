package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;

/** Reads an article file into a {@link Document}: encoding, markup, metadata and sections. */
public final class DocumentReader {

    public Document read(Path file) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return read(file.toString(), bytes);
    }

    public Document read(String path, byte[] bytes) throws IngestException {
        // SKELETON: replaced by the full reader (encodings, HTML, metadata, sections).
        if (bytes.length == 0) {
            throw new IngestException(path, "empty file");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Document(idOf(bytes), path, "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null,
                null, null, null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
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
