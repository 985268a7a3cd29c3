package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PgDaySlicesTest {
    @Test
    void firstSlice_holdsAPageAtTheMeanRowsPerDay_oneDayWithoutStatistics() {
        assertEquals(1, PgDaySlices.firstSliceDays(100, 1_000_000, 3_653), "274 a day: one day holds 101");
        assertEquals(37, PgDaySlices.firstSliceDays(100, 10_000, 3_653), "2.7 a day");
        assertEquals(1, PgDaySlices.firstSliceDays(100, -1, 3_653), "never analysed");
        assertEquals(1, PgDaySlices.firstSliceDays(100, 0, 1), "empty");
    }

    @Test
    void growth_byTheDensitySeen_twiceToSixteenTimes() {
        assertEquals(16, PgDaySlices.growth(0, 100), "nothing found: as long as allowed");
        assertEquals(16, PgDaySlices.growth(1, 99), "one row: sixteen at most");
        assertEquals(5, PgDaySlices.growth(20, 50), "twice the 50 wanted at 20 a slice");
        assertEquals(2, PgDaySlices.growth(99, 1), "nearly full: at least twice");
    }
}
