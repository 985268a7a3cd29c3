package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.Removal;

/** Applies a {@link Removal} on the writer connection, inside the caller's transaction. */
final class PgRemover {
    private final Connection connection;
    private final SitrepJson json;

    PgRemover(Connection connection, SitrepJson json) {
        this.connection = connection;
        this.json = json;
    }

    boolean stored(String documentId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    void apply(Removal removal) throws SQLException {
        String doc = removal.documentId();
        for (String eventId : removal.emptied()) {
            update("DELETE FROM event_aliases WHERE event_id = ?", eventId);
            update("DELETE FROM events WHERE id = ?", eventId);
        }
        update("DELETE FROM reports WHERE document_id = ?", doc);
        // an event the removed document last wrote is now written by the document of its first remaining report
        // (documents in commit order), as in the embedded store
        update("UPDATE events e SET document_id = first.document_id, ordinal = first.ordinal FROM ("
                + "SELECT DISTINCT ON (r.event_id) r.event_id, r.document_id, r.ordinal FROM reports r "
                + "JOIN documents d ON d.id = r.document_id ORDER BY r.event_id, d.seq, r.ordinal) first "
                + "WHERE first.event_id = e.id AND e.document_id = ?", doc);
        new PgWriter(connection, json).apply(new ChangeSet(null, Map.of(), List.of(), removal.rewritten()));
        update("DELETE FROM fingerprint_bands WHERE document_id = ?", doc);
        update("DELETE FROM document_originals WHERE document_id = ?", doc);
        update("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", doc);
        update("DELETE FROM documents WHERE id = ?", doc);
    }

    private void update(String sql, String param) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, param);
            s.executeUpdate();
        }
    }
}
