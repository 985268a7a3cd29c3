package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Near;

/**
 * The SQL bound of a circle ({@link SqliteQueries#aroundNear}) keeps every point the circle holds (the store checks
 * the circle itself afterwards, so a point it dropped would be lost) and leaves out the box's corners.
 */
class NearSqlTest {
    @Test
    void theSqlBoundHoldsEveryPointOfTheCircle_andLeavesOutCorners() throws Exception {
        Random rnd = new Random(5);
        int cornersLeftOut = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE pts (id INTEGER PRIMARY KEY, lat REAL, lon REAL)");
            }
            for (int circle = 0; circle < 200; circle++) {
                double km = circle % 4 == 0 ? 0.5 + rnd.nextDouble() * 5 : rnd.nextDouble() * 320;
                Near near = new Near(-75 + rnd.nextDouble() * 150, -170 + rnd.nextDouble() * 340, Math.max(0.1, km));
                List<double[]> points = new ArrayList<>();
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM pts");
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO pts (id, lat, lon) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < 400; i++) {
                        double lat = near.minLat() + rnd.nextDouble() * (near.maxLat() - near.minLat());
                        double lon = near.lon() + (rnd.nextDouble() * 2 - 1) * near.lonHalfWidth();
                        points.add(new double[] {lat, lon});
                        ins.setInt(1, i);
                        ins.setDouble(2, lat);
                        ins.setDouble(3, lon);
                        ins.executeUpdate();
                    }
                }
                StringBuilder sql = new StringBuilder("SELECT id FROM pts WHERE 1 = 1");
                List<Object> params = new ArrayList<>();
                SqliteQueries.aroundNear(near, sql, params);
                Set<Integer> kept = new HashSet<>();
                try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < params.size(); i++) {
                        q.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            kept.add(rs.getInt(1));
                        }
                    }
                }
                for (int i = 0; i < points.size(); i++) {
                    if (near.contains(points.get(i)[0], points.get(i)[1])) {
                        assertTrue(kept.contains(i), near + " dropped " + points.get(i)[0] + "," + points.get(i)[1]);
                    }
                }
                cornersLeftOut += points.size() - kept.size();
            }
        }
        assertTrue(cornersLeftOut > 10_000, "the bound leaves out the box's corners: " + cornersLeftOut);
    }
}
