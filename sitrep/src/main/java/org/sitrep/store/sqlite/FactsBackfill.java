package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.EventFactsBytes;
import org.sitrep.json.SitrepJson;

/**
 * Schema 10's second half: the compact facts of every event stored before the column existed, read from each
 * record as {@link SitrepJson#readEventFacts(byte[])} reads them. Runs inside the migration's transaction, so a file
 * is either wholly at version 10 with every row filled or still at 9.
 */
final class FactsBackfill {
    static final int VERSION = 10;
    /** Rows read before they are written: an UPDATE never runs while a read of the same table is still open. */
    private static final int BATCH = 2_000;

    private FactsBackfill() {
    }

    static void fill(Connection c) throws SQLException {
        SitrepJson json = SitrepJson.standard();
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement(
                "SELECT rowid, json FROM events WHERE rowid > ? AND facts IS NULL ORDER BY rowid LIMIT " + BATCH);
             PreparedStatement write = c.prepareStatement("UPDATE events SET facts = ? WHERE rowid = ?")) {
            while (true) {
                List<Long> rowids = new ArrayList<>(BATCH);
                List<byte[]> facts = new ArrayList<>(BATCH);
                read.setLong(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        long rowid = rs.getLong(1);
                        try {
                            facts.add(EventFactsBytes.write(json.readEventFacts(rs.getBytes(2))));
                        } catch (RuntimeException e) {
                            throw new IllegalStateException("event row " + rowid + ": " + e.getMessage(), e);
                        }
                        rowids.add(rowid);
                    }
                }
                if (rowids.isEmpty()) {
                    return;
                }
                for (int i = 0; i < rowids.size(); i++) {
                    write.setBytes(1, facts.get(i));
                    write.setLong(2, rowids.get(i));
                    write.executeUpdate();
                }
                after = rowids.get(rowids.size() - 1);
            }
        }
    }
}
