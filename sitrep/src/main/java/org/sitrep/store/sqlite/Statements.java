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
    private final Map<String, Boolean> columns = new HashMap<>();
    private Boolean utf8;

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

    /** Whether the file's table has the column (schema facts a writer adapts to; asked once per connection). */
    boolean hasColumn(String table, String column) throws SQLException {
        String key = table + "." + column;
        Boolean has = columns.get(key);
        if (has == null) {
            has = false;
            try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
                s.setString(1, table);
                s.setString(2, column);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    has = rs.next();
                }
            }
            columns.put(key, has);
        }
        return has;
    }

    /**
     * Whether the file's text is UTF-8 (SQLite's default, which sitrep never changes), so that UTF-8 bytes bound
     * as a blob and cast to text store the same text as the string they encode; asked once per connection.
     */
    boolean utf8() throws SQLException {
        if (utf8 == null) {
            try (java.sql.Statement s = connection.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("PRAGMA encoding")) {
                utf8 = rs.next() && "UTF-8".equals(rs.getString(1));
            }
        }
        return utf8;
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
