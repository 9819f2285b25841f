package io.wirestream.sink.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.sink.Failures;
import io.wirestream.sink.SinkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the sink's PostgreSQL database and brings its schema up to date. */
public final class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Where the Flyway migrations live on the classpath. */
    private static final String MIGRATIONS = "classpath:db/migration";

    private Database() {
    }

    /**
     * A connection pool to {@code jdbcUrl} sized and timed as {@code config} says ({@link SinkConfig}).
     *
     * @throws IllegalStateException naming the URL when the database cannot be reached
     */
    public static HikariDataSource connect(String jdbcUrl, String user, String password, WirestreamConfig config) {
        return connect(jdbcUrl, user, password, config.get(SinkConfig.JDBC_POOL_SIZE),
                config.get(SinkConfig.JDBC_STATEMENT_TIMEOUT), config.get(SinkConfig.JDBC_SOCKET_TIMEOUT));
    }

    /** A connection pool to {@code jdbcUrl} of {@code poolSize} connections, with the default timeouts. */
    public static HikariDataSource connect(String jdbcUrl, String user, String password, int poolSize) {
        return connect(jdbcUrl, user, password, WirestreamConfig.resolve(List.of(SinkConfig.GROUP), Map.of(),
                Map.of(SinkConfig.JDBC_POOL_SIZE.name(), String.valueOf(poolSize))));
    }

    /**
     * A connection pool to {@code jdbcUrl}, checked by opening one connection.
     *
     * @param poolSize         connections in the pool, at least 2
     * @param statementTimeout longest a statement may run on the server
     * @param socketTimeout    longest the driver waits for the server to answer
     * @throws IllegalStateException naming the URL when the database cannot be reached
     */
    public static HikariDataSource connect(String jdbcUrl, String user, String password, int poolSize,
                                           Duration statementTimeout, Duration socketTimeout) {
        if (poolSize < 2) {
            throw new IllegalArgumentException("The pool needs at least 2 connections, since a migration holds two; "
                    + "not " + poolSize);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("wirestream-sink");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        // A pool this small is cheap to keep full, and a full pool answers the first request at once.
        config.setMinimumIdle(poolSize);
        // Fail within seconds rather than block the sink: it retries a failed batch with backoff itself.
        config.setConnectionTimeout(5_000);
        // Sends a JDBC batch of inserts as multi-row INSERTs: several times fewer round trips.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Keeps row values (whole article bodies) out of error messages, which end up in logs, health
        // reports and dead letters; the error and the constraint's name still say what is wrong.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        // Without these, a server that hangs (or a lock that is never released) blocks the writer for ever.
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        config.addDataSourceProperty("socketTimeout", String.valueOf(Math.max(1, socketTimeout.toSeconds())));
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL at " + jdbcUrl + " as user " + user + ": "
                    + Failures.describe(e) + " (set " + SinkConfig.JDBC_URL.envName() + ", "
                    + SinkConfig.JDBC_USER.envName() + " and " + SinkConfig.JDBC_PASSWORD.envName() + ")", e);
        }
    }

    /** Applies the migrations that {@code dataSource} has not had yet; a no-op when it is up to date. */
    public static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Migrated the sink schema to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
