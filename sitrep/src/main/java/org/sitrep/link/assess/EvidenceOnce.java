package org.sitrep.link.assess;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Report;

/**
 * The same evidence counts once: of reports carrying one document's same span (one sentence read as two reports), or
 * the same sentence (the same words, whatever the spacing, case or accents) in a document and its copy (a
 * syndicated or reposted text), only the first is kept. Reports of one sentence with different stances (one
 * asserts, one denies) are kept apart.
 */
final class EvidenceOnce {
    private EvidenceOnce() {
    }

    static List<Report> distinct(List<Report> reports, Map<String, DocumentFacts> documents) {
        if (reports.size() < 2) {
            return reports;
        }
        Set<String> seenSpans = new HashSet<>();
        List<Report> kept = new ArrayList<>(reports.size());
        for (Report r : reports) {
            String span = r.documentId() + ":" + r.evidence().span().start() + ":" + r.evidence().span().end() + ":"
                    + r.modality();
            if (seenSpans.add(span) && !copiedAmong(r, kept, documents)) {
                kept.add(r);
            }
        }
        return kept.size() == reports.size() ? reports : kept;
    }

    /** Whether a report kept already says the same words with the same stance in a document this one copies. */
    private static boolean copiedAmong(Report r, List<Report> kept, Map<String, DocumentFacts> documents) {
        String words = null;
        for (Report k : kept) {
            if (k.documentId().equals(r.documentId()) || k.modality() != r.modality()
                    || !copies(documents, r.documentId(), k.documentId())) {
                continue;
            }
            words = words == null ? words(r.evidence().text()) : words;
            if (words.equals(words(k.evidence().text()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of two documents is a copy of the other (found by fingerprint or declared by the page). */
    private static boolean copies(Map<String, DocumentFacts> documents, String a, String b) {
        DocumentFacts da = documents.get(a);
        DocumentFacts db = documents.get(b);
        if (da == null || db == null) {
            return false;
        }
        return b.equals(da.duplicateOf()) || a.equals(db.duplicateOf())
                || da.originalOutlet() != null && Objects.equals(da.originalOutlet(), db.outlet())
                || db.originalOutlet() != null && Objects.equals(db.originalOutlet(), da.outlet())
                || da.duplicateOf() != null && da.duplicateOf().equals(db.duplicateOf());
    }

    /** The words of a text, lower-cased and accents folded, one space apart. */
    static String words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return String.join(" ", folded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }
}
