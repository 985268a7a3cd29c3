package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.Removal;

/** Applies a document's removal on the writer connection, inside the transaction the store opened. */
final class SqliteRemover {
    private final Connection connection;
    private final SitrepJson json;

    SqliteRemover(Connection connection, SitrepJson json) {
        this.connection = connection;
        this.json = json;
    }

    void apply(Removal removal) throws SQLException {
        String doc = removal.documentId();
        for (String eventId : removal.emptied()) {
            update("DELETE FROM event_aliases WHERE event_id = ?", eventId);
            update("DELETE FROM events WHERE id = ?", eventId);
        }
        update("DELETE FROM reports WHERE document_id = ?", doc);
        // an event the removed document last wrote is now written by the document of its first remaining report
        // (documents in commit order); one without a remaining report would get no writer and fail the commit
        update("UPDATE events SET (document_id, ordinal) = (SELECT r.document_id, r.ordinal FROM reports r "
                + "JOIN documents d ON d.id = r.document_id WHERE r.event_id = events.id "
                + "ORDER BY d.rowid, r.ordinal LIMIT 1) WHERE document_id = ?", doc);
        try (SqliteWriter w = new SqliteWriter(connection, json)) {
            w.apply(new ChangeSet(null, Map.of(), List.of(), removal.rewritten()));
        }
        update("DELETE FROM fingerprint_bands WHERE document_id = ?", doc);
        update("DELETE FROM document_originals WHERE document_id = ?", doc);
        update("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", doc);
        update("DELETE FROM documents WHERE id = ?", doc);
    }

    private int update(String sql, String param) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, param);
            return s.executeUpdate();
        }
    }
}
