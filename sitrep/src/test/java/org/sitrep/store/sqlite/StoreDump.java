package org.sitrep.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of a store file as text, in a fixed order: two stores with equal dumps hold the same content. */
public final class StoreDump {
    private StoreDump() {
    }

    public static List<String> dump(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String table : List.of("schema_version", "documents", "reports", "events", "event_aliases",
                    "document_originals", "fingerprint_bands")) {
                try (ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '"
                        + table + "'")) {
                    if (!t.next()) {
                        continue; // a table of a later schema version
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(" | ").append(md.getColumnName(i)).append('=').append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }
}
