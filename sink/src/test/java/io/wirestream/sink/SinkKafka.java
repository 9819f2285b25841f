package io.wirestream.sink;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the sink's integration tests do with Kafka: configure a sink, produce articles, read dead letters, offsets. */
public final class SinkKafka implements AutoCloseable {

    private final KafkaSettings settings;
    private final KafkaProducer<String, byte[]> producer;

    public SinkKafka(KafkaSettings settings) {
        this.settings = settings;
        Map<String, Object> props = settings.producer("test-producer");
        // One request in flight: a burst sent to a topic whose partitions just got their leader is retried in
        // order, instead of failing for ever with OUT_OF_ORDER_SEQUENCE_NUMBER.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        this.producer = new KafkaProducer<>(props, WirestreamSerdes.key().serializer(), new ByteArraySerializer());
    }

    public KafkaSettings settings() {
        return settings;
    }

    /** A sink configuration with a group of its own, so that it reads the topic from the start. */
    public static WirestreamConfig config(String groupId, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(more);
        overrides.put(SinkConfig.GROUP_ID.name(), groupId);
        overrides.put(CoreConfig.KAFKA_TOPIC_PARTITIONS.name(), "3");
        return WirestreamConfig.resolve(List.of(CoreConfig.GROUP, SinkConfig.GROUP), Map.of(), overrides);
    }

    public static String newGroupId() {
        return "sink-test-" + UUID.randomUUID();
    }

    /** Publishes {@code article} under its id, and waits until the broker has it. */
    public void send(Article article) throws ExecutionException, InterruptedException {
        send(article.id(), bytes(article));
    }

    /** Publishes {@code articles} under their ids without waiting for each, then waits until the broker has all. */
    public void sendAll(List<Article> articles) {
        for (Article article : articles) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), article.id(), bytes(article)));
        }
        producer.flush();
    }

    /** {@code article} as the enricher publishes it. */
    public static byte[] bytes(Article article) {
        return WirestreamSerdes.article().serializer().serialize(Topics.ARTICLES.name(), article);
    }

    /** Publishes raw bytes (null for a tombstone) under {@code key}, and waits until the broker has them. */
    public void send(String key, byte[] value) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), key, value)).get();
    }

    /** The dead letters on news.dlq.v1 that match {@code filter}, waiting up to {@code timeout} for {@code count}. */
    public List<DeadLetter> deadLetters(Predicate<DeadLetter> filter, int count, Duration timeout) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(
                settings.consumer("dlq-reader-" + UUID.randomUUID(), "dlq-reader"),
                WirestreamSerdes.key().deserializer(), WirestreamSerdes.deadLetter().deserializer())) {
            consumer.subscribe(List.of(Topics.DLQ.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (letters.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r.value())) {
                        letters.add(r.value());
                    }
                });
            }
        }
        return letters;
    }

    /** The offsets {@code groupId} has committed on news.articles.v1, summed over its partitions. */
    public long committed(String groupId) throws Exception {
        try (Admin admin = Admin.create(settings.common())) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(Topics.ARTICLES.name()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    /** The end offsets of news.articles.v1, summed over its partitions. */
    public long endOffsets() throws Exception {
        try (Admin admin = Admin.create(settings.common())) {
            var partitions = admin.describeTopics(List.of(Topics.ARTICLES.name())).allTopicNames().get()
                    .get(Topics.ARTICLES.name()).partitions();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            partitions.forEach(p -> request.put(new TopicPartition(Topics.ARTICLES.name(), p.partition()),
                    OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
