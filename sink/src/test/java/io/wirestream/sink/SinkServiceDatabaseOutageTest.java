package io.wirestream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.ops.Health;
import io.wirestream.core.record.Article;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.EmbeddedPostgresServer;
import io.wirestream.sink.postgres.PostgresStore;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink while its PostgreSQL server stops and starts again in the middle of a run of 10,000 articles: a
 * real outage of the embedded server, which comes back on the same port and data folder.
 */
class SinkServiceDatabaseOutageTest {

    private static final int ARTICLES = 10_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dataDir;

    @Test
    void losesAndDoublesNothingWhenTheDatabaseStopsAndStartsDuringARun() throws Exception {
        int port = freePort();
        String group = SinkKafka.newGroupId();
        MeterRegistry metrics = new SimpleMeterRegistry();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(TestArticles.article("article-" + i));
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, port);
        try (TestKafka broker = TestInfrastructure.newKafka();
             SinkKafka kafka = new SinkKafka(broker.settings());
             HikariDataSource dataSource =
                     Database.connect(postgres.jdbcUrl(), postgres.user(), postgres.password(), 2)) {
            Database.migrate(dataSource);
            try (SinkService sink = SinkService.start(SinkKafka.config(group, Map.of("sink.retry.backoff.max", "1s",
                            "sink.batch.size", "250")), kafka.settings(),
                    new PostgresStore(dataSource, group, postgres.jdbcUrl()), metrics)) {
                kafka.sendAll(articles.subList(0, ARTICLES / 2));
                await().atMost(TIMEOUT).until(() -> count(dataSource, "articles") >= 1_000);

                postgres.close();
                kafka.sendAll(articles.subList(ARTICLES / 2, ARTICLES));

                await().atMost(TIMEOUT).until(() -> !sink.health().check().up());
                Health down = sink.health().check();
                assertThat(down.detail()).startsWith("store unavailable, retrying in");
                assertThat(metrics.get("wirestream.sink.paused").gauge().value()).isEqualTo(1);
                assertThat(metrics.counter("wirestream.sink.db.failures").count()).isPositive();

                postgres = EmbeddedPostgresServer.start(dataDir, port);

                await().atMost(TIMEOUT).until(() -> count(dataSource, "articles") == ARTICLES);
                await().atMost(TIMEOUT).until(() -> sink.health().check().up());
                await().atMost(TIMEOUT).until(() -> kafka.committed(group) == ARTICLES);
                assertThat(metrics.get("wirestream.sink.paused").gauge().value()).isZero();
            }
            assertThat(count(dataSource, "quotes")).isEqualTo(2L * ARTICLES);
            assertThat(count(dataSource, "article_entities")).isEqualTo(2L * ARTICLES);
            assertThat(count(dataSource, "sink_positions WHERE next_offset IS NOT NULL")).isEqualTo(3);
            assertThat(sum(dataSource, "SELECT sum(next_offset) FROM sink_positions")).isEqualTo(ARTICLES);
        } finally {
            postgres.close();
        }
    }

    /** Rows of {@code table}, or -1 while the database cannot be reached. */
    private static long count(HikariDataSource dataSource, String table) {
        return sum(dataSource, "SELECT count(*) FROM " + table);
    }

    private static long sum(HikariDataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
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
