package io.wirestream.sink.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs the API's read-only queries: a filter, a limit, and each row mapped to what the client gets. */
final class Queries {

    /** Maps the current row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Queries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The rows of {@code select}, then the filter's WHERE clause, then {@code rest} (which ends in
     * {@code LIMIT ?}), with {@code limit} bound last.
     */
    <T> List<T> list(String select, SqlFilter filter, String rest, int limit, RowMapper<T> mapper)
            throws SQLException {
        List<T> results = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try (PreparedStatement query = connection.prepareStatement(select + " " + filter.where() + " " + rest)) {
                query.setInt(filter.bind(query), limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        results.add(mapper.map(rows));
                    }
                }
            }
        }
        return results;
    }
}
