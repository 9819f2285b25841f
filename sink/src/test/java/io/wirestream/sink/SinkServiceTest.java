package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.topic.Topics;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sink on a real broker and a real PostgreSQL. The tests share one broker, so each uses a consumer group
 * and a database of its own and names its articles uniquely.
 */
class SinkServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static TestKafka broker;
    private static SinkKafka kafka;

    private MigratedDatabase db;
    private String prefix;

    @BeforeAll
    static void startBroker() {
        broker = TestInfrastructure.newKafka();
        kafka = new SinkKafka(broker.settings());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
        broker.close();
    }

    @BeforeEach
    void createDatabase() {
        db = new MigratedDatabase();
        prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void writesArticlesCommitsOnlyWhatIsStoredAndResumesWithoutDuplicatesAfterARestart() throws Exception {
        String group = SinkKafka.newGroupId();
        MeterRegistry firstRun = new SimpleMeterRegistry();
        try (SinkService sink = start(group, firstRun)) {
            for (int i = 0; i < 3; i++) {
                kafka.send(article(prefix + i));
            }
            awaitArticles(3);
            await("the group has committed every record").atMost(TIMEOUT)
                    .until(() -> kafka.committed(group) == kafka.endOffsets());
            assertThat(sink.health().check().up()).isTrue();
        }
        List<Map<String, Object>> afterFirstRun = ownArticleRows();
        assertThat(ownRowCounts()).isEqualTo(Map.of("articles", 3L, "quotes", 6L, "article_entities", 6L));

        // Sent while the sink is down: two new articles and one re-delivered.
        kafka.send(article(prefix + 0));
        kafka.send(article(prefix + 3));
        kafka.send(article(prefix + 4));
        MeterRegistry secondRun = new SimpleMeterRegistry();
        try (SinkService sink = start(group, secondRun)) {
            awaitArticles(5);
            await("the group has committed every record").atMost(TIMEOUT)
                    .until(() -> kafka.committed(group) == kafka.endOffsets());
            assertThat(sink.health().check().up()).isTrue();
        }

        // The restart read only what came after the committed offsets ...
        assertThat(secondRun.counter("wirestream.sink.articles.written").count()).isEqualTo(3);
        assertThat(secondRun.counter("wirestream.sink.batches").count()).isPositive();
        assertThat(secondRun.timer("wirestream.sink.batch.latency").count()).isPositive();
        assertThat(firstRun.counter("wirestream.sink.articles.written").count()).isGreaterThanOrEqualTo(3);
        // ... and the re-delivered article changed nothing.
        assertThat(ownRowCounts()).isEqualTo(Map.of("articles", 5L, "quotes", 10L, "article_entities", 10L));
        assertThat(ownArticleRows()).containsAll(afterFirstRun);
    }

    @Test
    void sendsRecordsItCannotStoreToTheDeadLetterTopicAndGoesOn() throws Exception {
        MeterRegistry metrics = new SimpleMeterRegistry();
        try (SinkService sink = start(SinkKafka.newGroupId(), metrics)) {
            byte[] notJson = "{\"id\": \"broken".getBytes(StandardCharsets.UTF_8);
            kafka.send(prefix + "poison", notJson);
            kafka.send(article(prefix + "good-1"));
            Article underAnotherKey = article(prefix + "elsewhere");
            kafka.send(prefix + "other-key", SinkKafka.bytes(underAnotherKey));
            kafka.send(TestArticles.withBody(article(prefix + "nul"), "NUL \u0000 in the body"));
            kafka.send(article(prefix + "good-2"));

            awaitArticles(2);
            List<DeadLetter> letters = kafka.deadLetters(letter -> letter.key() != null
                    && decode(letter.key()).startsWith(prefix), 3, TIMEOUT);

            assertThat(letters).extracting(letter -> decode(letter.key())).containsExactlyInAnyOrder(
                    prefix + "poison", prefix + "other-key", prefix + "nul");
            assertThat(letters).allSatisfy(letter -> {
                assertThat(letter.stage()).isEqualTo("sink");
                assertThat(letter.source().topic()).isEqualTo(Topics.ARTICLES.name());
                assertThat(letter.source().offset()).isNotNegative();
                assertThat(letter.value()).isNotNull();
            });
            DeadLetter poison = letterFor(letters, prefix + "poison");
            assertThat(Base64.getDecoder().decode(poison.value())).isEqualTo(notJson);
            assertThat(poison.errorClass()).isEqualTo("org.apache.kafka.common.errors.SerializationException");
            DeadLetter nul = letterFor(letters, prefix + "nul");
            assertThat(nul.errorClass()).isEqualTo("org.postgresql.util.PSQLException");
            assertThat(nul.errorMessage()).startsWith("ERROR: invalid byte sequence").contains("0x00");
            assertThat(metrics.counter("wirestream.sink.dead.letters", "reason", "invalid").count()).isEqualTo(2);
            assertThat(metrics.counter("wirestream.sink.dead.letters", "reason", "rejected").count()).isEqualTo(1);
            assertThat(db.query("SELECT id FROM articles WHERE id LIKE ? ORDER BY id", prefix + "%")).containsExactly(
                    Map.of("id", prefix + "good-1"), Map.of("id", prefix + "good-2"));
            assertThat(sink.health().check().up()).isTrue();
        }
    }

    @Test
    void aTombstoneDeletesTheArticle() throws Exception {
        try (SinkService sink = start(SinkKafka.newGroupId(), new SimpleMeterRegistry())) {
            kafka.send(article(prefix + "kept"));
            kafka.send(article(prefix + "deleted"));
            awaitArticles(2);

            kafka.send(prefix + "deleted", null);

            awaitArticles(1);
            assertThat(sink.health().check().up()).isTrue();
            assertThat(db.query("SELECT DISTINCT article_id FROM quotes WHERE article_id LIKE ?", prefix + "%"))
                    .containsExactly(Map.of("article_id", prefix + "kept"));
        }
    }

    @Test
    void healthIsDownOnceClosed() {
        SinkService sink = start(SinkKafka.newGroupId(), new SimpleMeterRegistry());

        sink.close();

        assertThat(sink.health().check()).satisfies(health -> {
            assertThat(health.up()).isFalse();
            assertThat(health.detail()).isEqualTo("stopped");
        });
    }

    /** Starts a sink of group {@code group} on the test's database. */
    private SinkService start(String group, MeterRegistry metrics) {
        return SinkService.start(SinkKafka.config(group, Map.of()), kafka.settings(),
                new PostgresStore(db.dataSource(), group, db.database().jdbcUrl()), metrics);
    }

    /** Waits until the database holds exactly {@code count} of this test's articles. */
    private void awaitArticles(int count) throws Exception {
        await(count + " articles are stored").atMost(TIMEOUT).until(() -> articles() == count);
    }

    private long articles() throws SQLException {
        return db.query("SELECT id FROM articles WHERE id LIKE ?", prefix + "%").size();
    }

    /** This test's rows of the articles table: other tests' records are on the shared topic too. */
    private List<Map<String, Object>> ownArticleRows() throws SQLException {
        return db.query("SELECT * FROM articles WHERE id LIKE ? ORDER BY id", prefix + "%");
    }

    /** Rows of this test's articles, their quotes and entity links. */
    private Map<String, Long> ownRowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("articles", articles());
        for (String table : List.of("quotes", "article_entities")) {
            counts.put(table, (long) db.query("SELECT 1 FROM " + table + " WHERE article_id LIKE ?", prefix + "%")
                    .size());
        }
        return counts;
    }

    private static DeadLetter letterFor(List<DeadLetter> letters, String key) {
        return letters.stream().filter(letter -> decode(letter.key()).equals(key)).findFirst().orElseThrow();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
