package io.wirestream.sink.postgres;

import io.wirestream.sink.Failures;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Optional;

/** Tells a row the database will never accept from a database that cannot accept anything right now. */
public final class SqlErrors {

    private SqlErrors() {
    }

    /**
     * The error in {@code error}'s chain that rejects the data written: a data exception (SQLSTATE class 22,
     * e.g. a NUL character in text), an integrity constraint violation (23) or a program limit exceeded (54,
     * e.g. a body too long for its tsvector). Writing the same data again fails the same way. Empty for any
     * other error (a lost connection, a deadlock, a missing table): that is not the record's fault, and the
     * write must be retried, never dead-lettered.
     */
    static Optional<SQLException> dataError(SQLException error) {
        // A failed JDBC batch reports the statement that broke it further down the chain: the last match is
        // the database's own words, not the batch wrapper's.
        SQLException found = null;
        for (SQLException e = error; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * What went wrong, for logs and health reports: for a failed JDBC batch, the error of the statement
     * that broke it rather than the batch's own wrapper message.
     */
    public static String summary(SQLException error) {
        SQLException reported = error instanceof BatchUpdateException && error.getNextException() != null
                ? error.getNextException() : error;
        return Failures.describe(reported);
    }

    /**
     * Whether {@code error} says the database cannot answer now rather than that the request is wrong: no
     * connection (SQLSTATE class 08, or a pool that has none to give), insufficient resources (53), or the
     * server shutting down or cancelling the statement (57).
     */
    public static boolean isUnavailable(SQLException error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof SQLTransientException || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code error} rejects the data written; see {@link #dataError}. */
    static boolean isCausedByData(SQLException error) {
        return dataError(error).isPresent();
    }
}
