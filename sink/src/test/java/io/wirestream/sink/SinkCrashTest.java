package io.wirestream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.Article;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.sink.CrashingSink.CrashPoint;
import io.wirestream.sink.file.JsonLinesFileStore;
import io.wirestream.sink.file.FileStoreFiles;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.Store;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sink process killed at each point of a write, then started again: the store ends with every record
 * produced exactly once. The sink runs in a child JVM ({@link CrashingSink}) that halts itself, as
 * {@code kill -9} would, between two batches, inside the database transaction before its commit, or after the
 * store committed but before Kafka heard of it.
 */
class SinkCrashTest {

    private static final int ARTICLES = 1_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final List<TopicPartition> PARTITIONS = IntStream.range(0, 3)
            .mapToObj(p -> new TopicPartition(Topics.ARTICLES.name(), p)).toList();

    private static TestKafka broker;
    private static SinkKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void produce() {
        broker = TestInfrastructure.newKafka();
        kafka = new SinkKafka(broker.settings());
        // Three partitions, as the sink creates them; the articles are produced once for every test.
        TopicProvisioner.provision(SinkKafka.config(SinkKafka.newGroupId(), Map.of()), kafka.settings(),
                List.of(Topics.ARTICLES));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(TestArticles.article("crash-" + i));
        }
        kafka.sendAll(articles);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
        broker.close();
    }

    @ParameterizedTest(name = "{0} store, killed {1}")
    @CsvSource({"postgres, BEFORE_WRITE", "postgres, BEFORE_COMMIT", "postgres, AFTER_WRITE",
            "file, BEFORE_WRITE", "file, AFTER_WRITE"})
    void aSinkKilledAtAnyPointOfAWriteLosesAndDoublesNothing(String kind, CrashPoint point) throws Exception {
        String group = SinkKafka.newGroupId();
        try (MigratedDatabase db = new MigratedDatabase()) {
            String store = kind.equals("file") ? "file:" + dir.resolve("store") : db.database().jdbcUrl();

            Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashingSink.class.getName(),
                    broker.bootstrapServers(), store, group, point.name(), "6")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                    .start();
            assertThat(child.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the child died").isTrue();
            assertThat(child.exitValue()).as("the child halted itself at its crash point")
                    .isEqualTo(CrashingSink.HALTED);
            long before = kind.equals("file") ? new FileStoreFiles(dir.resolve("store")).ids().size() : db.count("articles");
            assertThat(before).as("some batches were written before the crash").isPositive().isLessThan(ARTICLES);

            MeterRegistry metrics = new SimpleMeterRegistry();
            try (Store restarted = open(kind, db, group);
                 SinkService sink = SinkService.start(SinkKafka.config(group, Map.of()),
                         restartable(broker.bootstrapServers()), restarted, metrics)) {
                await().atMost(TIMEOUT).until(() -> restarted.positions(PARTITIONS).values().stream()
                        .mapToLong(Long::longValue).sum() == ARTICLES);
                assertThat(sink.health().check().up()).isTrue();
            }

            assertThat(metrics.counter("wirestream.sink.articles.written").count())
                    .as("the restart wrote only what the store did not hold").isEqualTo(ARTICLES - before);
            if (kind.equals("file")) {
                assertThat(new FileStoreFiles(dir.resolve("store")).ids()).hasSize(ARTICLES).doesNotHaveDuplicates();
            } else {
                assertThat(db.count("articles")).isEqualTo(ARTICLES);
                assertThat(db.count("quotes")).isEqualTo(2L * ARTICLES);
            }
        }
    }

    /**
     * Settings for a sink that a restart replaces at once: a static member of its group, whose partitions go to
     * the member that joins under its instance id without waiting for the dead one's session to time out.
     */
    static KafkaSettings restartable(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of("group.instance.id", "crash-test-sink"));
    }

    private Store open(String kind, MigratedDatabase db, String group) {
        return kind.equals("file")
                ? JsonLinesFileStore.open(dir.resolve("store"), group, Duration.ofMinutes(15), 128L << 20, Clock.systemUTC())
                : new PostgresStore(db.dataSource(), group, db.database().jdbcUrl());
    }
}
