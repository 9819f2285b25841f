package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service on a real broker. */
class EnrichServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static TestKafka kafka;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startKafka() {
        kafka = TestInfrastructure.newKafka();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void enrichesPagesFromTheRawTopicAndDeadLettersPoison() throws Exception {
        WirestreamConfig config = WirestreamConfig.resolve(List.of(CoreConfig.GROUP, EnrichConfig.GROUP), Map.of(),
                Map.of(CoreConfig.DATA_DIR.name(), dataDir.toString(),
                        CoreConfig.KAFKA_TOPIC_PARTITIONS.name(), "1",
                        EnrichConfig.APPLICATION_ID.name(), "enrich-test-" + UUID.randomUUID()));
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        EnrichService service = EnrichService.start(config, kafka.settings(), metrics);
        try {
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.settings().producer("test"),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW.name(), bytes("poison"), bytes("<not a page>"))).get();
                producer.send(new ProducerRecord<>(Topics.RAW.name(), bytes("a1"), WirestreamSerdes.rawPage()
                        .serializer().serialize(Topics.RAW.name(), TestPages.rawPage("a1", TestPages.ARTICLE_HTML))))
                        .get();
            }

            List<ConsumerRecord<String, Article>> articles = readUntil(Topics.ARTICLES.name(),
                    WirestreamSerdes.article().deserializer(), 1);
            assertThat(articles).extracting(ConsumerRecord::key).containsExactly("a1");
            assertThat(articles.get(0).value().title()).isEqualTo("Summit ends without a deal");
            assertThat(articles.get(0).value().quotes()).isNotEmpty();

            List<ConsumerRecord<String, DeadLetter>> letters = readUntil(Topics.DLQ.name(),
                    WirestreamSerdes.deadLetter().deserializer(), 1);
            assertThat(letters.get(0).value().source().topic()).isEqualTo(Topics.RAW.name());
            assertThat(letters.get(0).value().source().offset()).isZero();

            assertThat(service.health().check().up()).isTrue();
            assertThat(metrics.get("wirestream.enrich.articles").counter().count()).isEqualTo(1);
            assertThat(metrics.find("kafka.stream.thread.process.total").meters()).isNotEmpty();
            // A stateless topology writes no state, but the folder it would use is under data.dir.
            assertThat(EnrichService.streamsProperties(config, kafka.settings()))
                    .containsEntry(StreamsConfig.STATE_DIR_CONFIG, dataDir.resolve("streams").toAbsolutePath().toString())
                    .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        } finally {
            service.close();
        }
        assertThat(service.health().check().up()).isFalse();
        assertThat(service.health().check().detail()).contains("NOT_RUNNING");
    }

    /** Reads {@code topic} from the start, as a read-committed consumer, until {@code count} records came. */
    private static <V> List<ConsumerRecord<String, V>> readUntil(String topic, Deserializer<V> values, int count) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                kafka.settings().consumer("reader-" + UUID.randomUUID(), "reader"),
                WirestreamSerdes.key().deserializer(), values)) {
            consumer.subscribe(List.of(topic));
            await().atMost(WAIT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
