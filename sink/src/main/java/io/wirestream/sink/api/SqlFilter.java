package io.wirestream.sink.api;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a query built from the filters a request gives, with every value a bound parameter:
 * conditions are fixed SQL written in this package, never text from a request.
 */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition}, whose {@code ?} take {@code params} in order. */
    SqlFilter and(String condition, Object... params) {
        conditions.add(condition);
        values.addAll(List.of(params));
        return this;
    }

    /** {@code WHERE} and the conditions, or nothing when there are none. */
    String where() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the values from parameter 1 on, and returns the index of the next parameter. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof Instant instant) {
                statement.setObject(index++, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value instanceof OffsetDateTime time) {
                statement.setObject(index++, time, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }
}
