package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection's prepared statements, kept for the life of the store: a document's commit runs the same
 * few statements once per report and event, and preparing one cost more than running it. Used under the store's
 * lock only, like the connection itself.
 */
final class Statements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> kept = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared on first use; callers set every parameter and close their results. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement s = kept.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            kept.put(sql, s);
        }
        return s;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : kept.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        kept.clear();
        if (first != null) {
            throw first;
        }
    }
}
