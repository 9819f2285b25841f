package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sink while its database hangs: a lock that no one releases blocks every write, and the statement
 * timeout turns the wait into a failure that the sink reports and retries, instead of blocking for ever.
 */
class SinkServiceHungDatabaseTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Test
    void aWriteStuckBehindALockTimesOutIsRetriedAndGoesThroughOnceTheLockIsGone() throws Exception {
        String group = SinkKafka.newGroupId();
        WirestreamConfig config = SinkKafka.config(group, Map.of("sink.jdbc.statement.timeout", "1s",
                "sink.retry.backoff.max", "500ms"));
        try (TestKafka broker = TestInfrastructure.newKafka();
             SinkKafka kafka = new SinkKafka(broker.settings());
             MigratedDatabase db = new MigratedDatabase();
             HikariDataSource dataSource = Database.connect(db.database().jdbcUrl(), db.database().user(),
                     db.database().password(), config);
             Connection blocker = db.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE sink_positions IN ACCESS EXCLUSIVE MODE");
            }
            try (SinkService sink = SinkService.start(config, kafka.settings(),
                    new PostgresStore(dataSource, group, db.database().jdbcUrl()), new SimpleMeterRegistry())) {
                kafka.send(article("stuck"));

                await().atMost(TIMEOUT).until(() -> !sink.health().check().up());
                assertThat(sink.health().check().detail()).contains("statement timeout");

                blocker.rollback();

                await().atMost(TIMEOUT).until(() -> db.count("articles") == 1);
                await().atMost(TIMEOUT).until(() -> sink.health().check().up());
            }
        }
    }
}
