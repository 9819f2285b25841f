package io.wirestream.testkit;

import io.wirestream.core.kafka.EmbeddedKafkaBroker;
import io.wirestream.core.kafka.KafkaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one fixture that gives integration tests a real Kafka broker and a real PostgreSQL server.
 *
 * <p>Each is chosen, in order, from:
 * <ol>
 *   <li>addresses in the environment: {@value #KAFKA_ENV}; {@value #JDBC_URL_ENV} with
 *       {@value #JDBC_USER_ENV} and {@value #JDBC_PASSWORD_ENV};</li>
 *   <li>Testcontainers, when a Docker engine is available;</li>
 *   <li>an in-JVM KRaft broker, and the local PostgreSQL server on {@value #LOCAL_JDBC_URL} as user
 *       {@value #LOCAL_USER}.</li>
 * </ol>
 * A test that cannot reach PostgreSQL fails with a message saying how to provide one; it is never
 * skipped.
 */
public final class TestInfrastructure {

    public static final String KAFKA_ENV = "WIRESTREAM_TEST_KAFKA_BOOTSTRAP_SERVERS";
    public static final String JDBC_URL_ENV = "WIRESTREAM_TEST_JDBC_URL";
    public static final String JDBC_USER_ENV = "WIRESTREAM_TEST_JDBC_USER";
    public static final String JDBC_PASSWORD_ENV = "WIRESTREAM_TEST_JDBC_PASSWORD";
    public static final String LOCAL_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String LOCAL_USER = "postgres";

    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";

    private static PostgresServer postgresServer;
    private static Boolean dockerAvailable;

    private TestInfrastructure() {
    }

    /**
     * A Kafka broker for one test class. With no address in the environment it is a new broker, so that
     * tests do not see each other's records on the fixed topic names; close it when the class is done.
     */
    public static TestKafka newKafka() {
        String external = System.getenv(KAFKA_ENV);
        if (external != null && !external.isBlank()) {
            return new TestKafka(KafkaSettings.of(external), () -> { });
        }
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            return new TestKafka(KafkaSettings.of(container.getBootstrapServers()), container::stop);
        }
        Path dir = tempDir("wirestream-test-kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0);
        return new TestKafka(KafkaSettings.of(broker.bootstrapServers()), () -> {
            broker.close();
            deleteQuietly(dir);
        });
    }

    /**
     * A new, empty database on the test PostgreSQL server, dropped when closed.
     *
     * @throws IllegalStateException saying how to provide a server when none can be reached
     */
    public static TestDatabase newDatabase() {
        PostgresServer server = postgresServer();
        String name = "wirestream_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("CREATE DATABASE " + name);
        String url = server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new TestDatabase(url, server.user(), server.password(),
                () -> server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static synchronized PostgresServer postgresServer() {
        if (postgresServer == null) {
            postgresServer = locatePostgres();
        }
        return postgresServer;
    }

    private static PostgresServer locatePostgres() {
        Map<String, String> env = System.getenv();
        String url = env.get(JDBC_URL_ENV);
        if (url != null && !url.isBlank()) {
            return PostgresServer.connect(url, env.getOrDefault(JDBC_USER_ENV, LOCAL_USER),
                    env.getOrDefault(JDBC_PASSWORD_ENV, ""), "the address in " + JDBC_URL_ENV);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return PostgresServer.connect(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "the Testcontainers PostgreSQL");
        }
        return PostgresServer.connect(LOCAL_JDBC_URL, LOCAL_USER, "", "the local server");
    }

    private static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                dockerAvailable = false;
            }
        }
        return dockerAvailable;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless; the OS cleans it.
        }
    }

    /** A PostgreSQL server that this fixture has connected to once. */
    private record PostgresServer(String url, String user, String password, String source) {

        static PostgresServer connect(String url, String user, String password, String source) {
            PostgresServer server = new PostgresServer(url, user, password, source);
            server.execute("SELECT 1");
            return server;
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "Integration tests need PostgreSQL and could not use %s, %s as user %s (%s). Provide one: "
                                + "start the local server (pg_ctlcluster --skip-systemctl-redirect "
                                + "$(ls /etc/postgresql) main start) so that %s accepts user %s, or set %s (and "
                                + "%s, %s) to a server where that user may create databases, or run a Docker "
                                + "engine for Testcontainers.",
                        source, url, user, e.getMessage(), LOCAL_JDBC_URL, LOCAL_USER, JDBC_URL_ENV, JDBC_USER_ENV,
                        JDBC_PASSWORD_ENV), e);
            }
        }
    }
}
