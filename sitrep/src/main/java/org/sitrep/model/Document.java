package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ingested article. {@code id} is a digest of the source bytes, so the same content always gets the same id.
 * {@code text} is the clean text every span points into; {@code offsets} maps it back to {@code source}.
 * Unknown metadata is null, never guessed.
 */
public record Document(
        String id,
        String path,
        String mediaType,
        String encoding,
        String source,
        String text,
        OffsetMap offsets,
        String title,
        String outlet,
        String author,
        LocalDate published,
        Mention publishedSource,
        List<Section> sections,
        List<String> flags) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        sections = List.copyOf(sections == null ? List.of() : sections);
        flags = List.copyOf(flags == null ? List.of() : flags);
        if (published == null && publishedSource != null) {
            throw new IllegalArgumentException("a publication-date source without a date");
        }
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The kind of section covering a character offset; text outside every section counts as boilerplate. */
    public SectionKind sectionAt(int offset) {
        // sections come in text order without overlaps: a binary search finds the one holding the offset (a scan
        // per question made long documents quadratic); the scan stays for offsets in a gap or out-of-order sections
        int lo = 0;
        int hi = sections.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sections.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sections.get(mid).kind();
            }
        }
        for (Section s : sections) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.kind();
            }
        }
        return SectionKind.BOILERPLATE;
    }

    /** A copy with these flags added (each flag kept once, first occurrence order). */
    public Document withAddedFlags(List<String> added) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(flags);
        all.addAll(added);
        return new Document(id, path, mediaType, encoding, source, text, offsets, title, outlet, author,
                published, publishedSource, sections, List.copyOf(all));
    }

    /** A copy with a publication date found or inferred after ingest (null date clears it). */
    public Document withPublished(LocalDate date, Mention from) {
        return new Document(id, path, mediaType, encoding, source, text, offsets, title, outlet, author,
                date, from, sections, flags);
    }

    public Document withSections(List<Section> newSections) {
        return new Document(id, path, mediaType, encoding, source, text, offsets, title, outlet, author,
                published, publishedSource, newSections, flags);
    }
}
