package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.ops.Health;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink while its PostgreSQL server stops and starts again: a real outage of the embedded server, which
 * comes back on the same port and data folder.
 */
class SinkServiceDatabaseOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void holdsTheBatchWhileTheDatabaseIsDownAndWritesItWhenItIsBack() throws Exception {
        int port = freePort();
        String group = SinkKafka.newGroupId();
        MeterRegistry metrics = new SimpleMeterRegistry();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, port);
        try (TestKafka broker = TestInfrastructure.newKafka();
             SinkKafka kafka = new SinkKafka(broker.settings());
             HikariDataSource dataSource =
                     Database.connect(postgres.jdbcUrl(), postgres.user(), postgres.password(), 2);
             SinkService sink = SinkService.start(SinkKafka.config(group, Map.of("sink.retry.backoff.max", "1s")),
                     kafka.settings(), dataSource, metrics)) {
            kafka.send(article("before"));
            Eventually.await("the first article is stored", TIMEOUT, () -> articles(dataSource) == 1);
            Eventually.await("its offset is committed", TIMEOUT, () -> kafka.committed(group) == 1);

            postgres.close();
            kafka.send(article("during-1"));
            kafka.send(article("during-2"));

            Eventually.await("the sink reports the database down", TIMEOUT, () -> !sink.health().check().up());
            Health down = sink.health().check();
            assertThat(down.detail()).startsWith("database unavailable, retrying in");
            assertThat(metrics.get("wirestream.sink.paused").gauge().value()).isEqualTo(1);
            assertThat(metrics.counter("wirestream.sink.db.failures").count()).isPositive();
            assertThat(kafka.committed(group)).as("nothing committed while the database is down").isEqualTo(1);

            postgres = EmbeddedPostgresServer.start(dataDir, port);

            Eventually.await("the held articles are stored", TIMEOUT, () -> articles(dataSource) == 3);
            Eventually.await("their offsets are committed", TIMEOUT, () -> kafka.committed(group) == 3);
            Eventually.await("the sink reports itself up", TIMEOUT, () -> sink.health().check().up());
            assertThat(metrics.get("wirestream.sink.paused").gauge().value()).isZero();
        } finally {
            postgres.close();
        }
    }

    /** Articles in the database, or -1 while it cannot be reached. */
    private static long articles(HikariDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
