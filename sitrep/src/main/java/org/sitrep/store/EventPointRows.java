package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.EventPoint;
import org.sitrep.model.SubEventType;

/**
 * Reads {@link EventPoint}s from rows whose columns come in {@link #COLUMNS}' order: both stores keep these as
 * columns beside each event's JSON (the place's name excepted, which each store extracts from the JSON its own
 * way), so a map's digest of a million events is read without decoding a million events. The dates come as epoch
 * days computed by the store: parsing two date strings a row was a tenth of reading a million-event digest.
 */
public final class EventPointRows {
    /**
     * id, latitude, longitude, first and last day (epoch days, null when undated), sub-event type, fatalities,
     * contested, grade, place name.
     */
    public static final int COLUMNS = 11;
    /** The stores write each type's label. */
    private static final Map<String, SubEventType> TYPES = Arrays.stream(SubEventType.values())
            .collect(Collectors.toUnmodifiableMap(SubEventType::label, t -> t));

    private EventPointRows() {
    }

    public static EventPoint read(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(2);
        boolean placed = !rs.wasNull();
        double lon = rs.getDouble(3);
        placed &= !rs.wasNull();
        long start = rs.getLong(4);
        if (rs.wasNull()) {
            start = -1;
        }
        long end = rs.getLong(5);
        if (rs.wasNull()) {
            end = -1;
        }
        String type = rs.getString(6);
        int fatalities = rs.getInt(7);
        Integer fat = rs.wasNull() ? null : fatalities;
        boolean contested = rs.getBoolean(8);
        String reliability = rs.getString(9);
        int credibility = rs.getInt(10);
        if (rs.wasNull()) {
            credibility = 0;
        }
        return new EventPoint(rs.getString(1), placed ? lat : Double.NaN, placed ? lon : Double.NaN,
                start, end, type == null ? null : TYPES.get(type), fat,
                contested, reliability == null || reliability.isEmpty() ? 0 : reliability.charAt(0), credibility,
                rs.getString(11));
    }
}
