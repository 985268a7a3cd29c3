package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RowOrder sorts rows exactly as the look-up's comparator does. */
class RowOrderTest {

    @Test
    void sort_randomRows_sameAsTheComparator() {
        Random random = new Random(17);
        double[] coordinates = {Double.NaN, -0.0, 0.0, 36.2, 36.2000001, -12.5, 90, -180};
        for (int trial = 0; trial < 500; trial++) {
            List<SqliteCandidates.Row> rows = new ArrayList<>();
            int n = random.nextInt(trial < 50 ? 40 : 400);
            for (int i = 0; i < n; i++) {
                double lat = random.nextInt(3) == 0 ? coordinates[random.nextInt(coordinates.length)]
                        : random.nextDouble() * 10;
                double lon = random.nextInt(2) == 0 ? coordinates[random.nextInt(coordinates.length)]
                        : random.nextDouble() * 10;
                rows.add(new SqliteCandidates.Row(random.nextInt(1_000_000) * 1000L + i, "e" + random.nextInt(20),
                        lat, lon, null, null));
            }
            List<SqliteCandidates.Row> expected = new ArrayList<>(rows);
            expected.sort(SqliteCandidates.ORDER);
            RowOrder.sort(rows);
            assertEquals(expected, rows, "trial " + trial);
        }
    }
}
