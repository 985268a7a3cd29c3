package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Reading;
import org.sitrep.link.Linker;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;

/**
 * Reads and processes the documents of one partition with the executor's engine, as {@code sitrep ingest} does one
 * file: the same reader, the same engine, the same source resolution before linking ({@code Recorder}). A document
 * that cannot be read or processed becomes a row naming the problem; it never stops the job.
 */
final class DocumentStep {
    private DocumentStep() {
    }

    static Iterator<DocRow> process(Iterator<Source> sources) {
        DocumentReader reader = new DocumentReader();
        List<DocRow> out = new ArrayList<>();
        while (sources.hasNext()) {
            out.add(process(reader, sources.next()));
        }
        return out.iterator();
    }

    private static DocRow process(DocumentReader reader, Source s) {
        if (s.problem() != null) {
            return DocRow.failed(s.path(), s.problem());
        }
        if (s.bytes().length > DocumentReader.MAX_BYTES) {
            return DocRow.failed(s.path(), s.bytes().length + " bytes, over the limit of " + DocumentReader.MAX_BYTES
                    + " bytes for an article");
        }
        Reading reading;
        try {
            reading = reader.readFully(s.path(), s.bytes());
        } catch (IngestException e) {
            return DocRow.failed(s.path(), e.problem());
        }
        try {
            return row(s, Workers.engine().process(reading));
        } catch (RuntimeException e) {
            return DocRow.failed(s.path(), "processing failed: " + e);
        }
    }

    private static DocRow row(Source s, Processed p) {
        Workers.PerThread w = Workers.local();
        List<Report> fresh = new ArrayList<>(p.reports().size());
        for (Report r : p.reports()) {
            fresh.add(r.eventId() == null ? r : r.withEventId(null));
        }
        fresh = w.assessor.resolveSources(fresh);
        DocumentInfo info = DocumentInfo.of(p.document());
        List<String> links = new ArrayList<>();
        List<Integer> linkAt = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<Integer> othersAt = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Report r = fresh.get(i);
            boolean linked = Linker.linkable(r);
            (linked ? links : others).add(w.json.writeReport(new ReportRecord(r, info)));
            (linked ? linkAt : othersAt).add(i);
        }
        Fingerprint f = Fingerprint.ofReportingSections(p.document());
        return new DocRow(info.id(), s.path(), s.order(), w.json.writeDocument(info), links, ints(linkAt),
                DocRow.lines(others), ints(othersAt), p.originalOutlet(), f.isEmpty() ? null : f.toBase64(),
                s.bytes(), BlockLinking.bridgesOwned(fresh), null);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
