package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Reading;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.Store;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reprocess use case: every document of one store, in the order it was stored, run through the current engine
 * and recorded into another (one transaction per document). A document's text comes from the bytes the store kept;
 * a store from sitrep 0.1 kept none, so the file at the stored path is read instead when it still holds the same
 * document (same id). When neither is at hand, the document's stored reports are recorded again as they were
 * (linked anew, grades and copies found anew) and the listener is told. Report and event ids derive from the
 * document and the founding report, so events that come out the same keep their ids.
 */
final class Reprocess {
    private static final Logger LOG = LoggerFactory.getLogger(Reprocess.class);

    private final DocumentReader reader = new DocumentReader();
    private final Engine engine;

    Reprocess(Engine engine) {
        this.engine = engine;
    }

    ReprocessSummary run(Store from, Store to, Recorder recorder, IngestListener listener) {
        var ids = from.documentIds();
        listener.starting(ids.size());
        int rerun = 0;
        int kept = 0;
        for (String id : ids) {
            DocumentInfo info = from.document(id).orElseThrow();
            Optional<Processed> processed = Optional.empty();
            byte[] bytes = from.original(id).orElseGet(() -> bytesAtPath(info));
            if (bytes != null) {
                processed = process(info, bytes, listener);
            }
            if (processed.isPresent()) {
                recorder.record(processed.get(), bytes);
                rerun++;
            } else {
                Syndication s = from.syndication(id).orElse(new Syndication(null, null));
                recorder.recordAgain(info, from.reportsOf(id).stream().map(ReportRecord::report).toList(),
                        s.originalOutlet(), from.fingerprint(id).map(StoredFingerprint::fingerprint).orElse(null));
                if (bytes == null) {
                    // with bytes, process() has already said why they gave no document
                    listener.problem(Path.of(info.path()), "no original bytes, and the file is gone or changed: its "
                            + "stored reports were kept as they were");
                }
                kept++;
            }
            listener.step();
        }
        Counts c = to.counts();
        return new ReprocessSummary(ids.size(), rerun, kept, c.reports(), c.events());
    }

    /** The document the current engine makes of these bytes, when it is the stored one (same id). */
    private Optional<Processed> process(DocumentInfo info, byte[] bytes, IngestListener listener) {
        try {
            Reading reading = reader.readFully(info.path(), bytes);
            if (!reading.document().id().equals(info.id())) {
                listener.problem(Path.of(info.path()), "the bytes now read as another document (engine or reader "
                        + "changed how its id is made): its stored reports were kept as they were");
                return Optional.empty();
            }
            return Optional.of(engine.process(reading));
        } catch (IngestException | RuntimeException e) {
            LOG.debug("reprocessing {} failed", info.path(), e);
            listener.problem(Path.of(info.path()), "processing failed: " + e);
            return Optional.empty();
        }
    }

    /** The bytes of the file a document was read from, when it is still there (stores from sitrep 0.1). */
    private byte[] bytesAtPath(DocumentInfo info) {
        Path file = Path.of(info.path());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return reader.bytes(file);
        } catch (IngestException e) {
            return null;
        }
    }
}
