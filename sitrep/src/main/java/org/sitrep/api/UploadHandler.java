package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.app.Grading;
import org.sitrep.app.IngestListener;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Event;
import org.sitrep.model.ReportRecord;

/**
 * {@code POST /documents}: one document, the request body itself or the file of a multipart form, ingested as
 * {@code sitrep ingest} would (same reader, engine, linking and grading). Answers 201 with the document id and the
 * events its reports made or joined, or 200 when the same document was already stored. Uploads are recorded one
 * at a time: the store has one writer.
 */
final class UploadHandler {
    /** A name to store the document under: a file name, whose extension tells the reader HTML from Markdown. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    static final String DEFAULT_NAME = "upload";

    private final Sitrep sitrep;
    private final Grading grading;
    private final long maxBytes;

    UploadHandler(Sitrep sitrep, Grading grading, long maxBytes) {
        this.sitrep = sitrep;
        this.grading = grading;
        this.maxBytes = maxBytes;
    }

    void upload(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBytes) {
            throw tooLarge(Long.parseLong(length.strip()));
        }
        String name = ctx.queryParam("name");
        byte[] bytes;
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.size() != 1) {
                throw new Problem(400, "a multipart upload carries exactly one file, not " + files.size(), null);
            }
            UploadedFile f = files.get(0);
            name = name != null ? name : f.filename();
            try (InputStream in = f.content()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } else {
            try (InputStream in = ctx.bodyInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            throw new Problem(400, "the request carries no document", null);
        }
        name = storedName(name);
        Recorded rec = record(name, bytes);
        ctx.status(rec.added ? 201 : 200);
        ctx.header("Location", "/api/v1/documents/" + rec.documentId);
        RecordHandlers.answer(ctx, answer(rec));
    }

    private Problem tooLarge(long size) {
        return new Problem(413, "the document is " + size + (size > maxBytes ? "" : "+") + " bytes, over the limit of "
                + maxBytes, null);
    }

    private static String storedName(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_NAME;
        }
        String file = Path.of(given.replace('\\', '/').substring(given.replace('\\', '/').lastIndexOf('/') + 1))
                .toString();
        if (!NAME.matcher(file).matches()) {
            throw Problem.badParameter("name", "a file name of letters, digits, '.', '_' and '-' (up to 200), "
                    + "such as article.html");
        }
        return file;
    }

    /** What the ingest did with the document. */
    private record Recorded(String documentId, boolean added) {
    }

    private synchronized Recorded record(String name, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        Recorded[] done = new Recorded[1];
        sitrep.ingest(name, bytes, grading, new IngestListener() {
            @Override
            public void problem(Path file, String problem) {
                problems.add(problem);
            }

            @Override
            public void recorded(String documentId, boolean added) {
                done[0] = new Recorded(documentId, added);
            }
        });
        if (done[0] == null) {
            throw new Problem(422, name + ": " + (problems.isEmpty() ? "not recorded" : String.join("; ", problems)),
                    null);
        }
        return done[0];
    }

    /**
     * The document id and each event its reports belong to: created (all the event's reports are this document's)
     * or changed (it joined an event already stored); unchanged when the document was stored before.
     */
    private ObjectNode answer(Recorded rec) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("document_id", rec.documentId);
        n.put("added", rec.added);
        List<ReportRecord> reports = sitrep.reportsOf(rec.documentId);
        n.put("reports", reports.size());
        Set<String> own = new LinkedHashSet<>();
        Set<String> eventIds = new LinkedHashSet<>();
        for (ReportRecord r : reports) {
            own.add(r.report().id());
            if (r.report().eventId() != null) {
                eventIds.add(r.report().eventId());
            }
        }
        ArrayNode events = n.putArray("events");
        Set<String> seen = new LinkedHashSet<>();
        for (String id : eventIds) {
            Event e = sitrep.event(id).orElse(null);
            if (e == null || !seen.add(e.id())) {
                continue; // two reports' events merged into one: listed once
            }
            ObjectNode o = events.addObject();
            o.put("id", e.id());
            o.put("change", !rec.added ? "unchanged" : own.containsAll(e.reportIds()) ? "created" : "changed");
        }
        return n;
    }
}
