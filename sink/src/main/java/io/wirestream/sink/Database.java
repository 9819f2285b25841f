package io.wirestream.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
     * A connection pool to {@code jdbcUrl}, checked by opening one connection.
     *
     * @param poolSize connections in the pool, at least 2
     * @throws IllegalStateException naming the URL when the database cannot be reached
     */
    public static HikariDataSource connect(String jdbcUrl, String user, String password, int poolSize) {
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
