package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the articles on {@code news.raw.v1}, so that a restart does not publish them again. Loaded
 * once at start by reading the topic's keys; the ingest service adds each id it publishes. Thread-safe.
 */
final class PublishedIds {

    private static final Logger log = LoggerFactory.getLogger(PublishedIds.class);
    /** How long reading may make no progress before the broker is declared unreachable. */
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    private PublishedIds() {
    }

    /**
     * Reads every key of {@code news.raw.v1}, from the beginning to the end offsets as of now.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    static PublishedIds load(KafkaSettings kafka) {
        long began = System.nanoTime();
        PublishedIds published = new PublishedIds();
        Map<String, Object> props = kafka.common();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-ingest-published-ids");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Values are whole pages: never parsed here, only skipped over.
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long lastProgress = System.nanoTime();
            while (!reached(consumer, end)) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.key() != null) {
                        published.ids.add(record.key());
                    }
                }
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("Cannot read " + Topics.RAW + ": no progress for " + STALL_TIMEOUT);
                }
            }
        } catch (KafkaException e) {
            throw new IllegalStateException("Cannot read the published article ids from " + Topics.RAW + ": "
                    + e.getMessage(), e);
        }
        log.info("Loaded {} published article ids from {} in {} ms", published.ids.size(), Topics.RAW,
                (System.nanoTime() - began) / 1_000_000);
        return published;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    void add(String id) {
        ids.add(id);
    }
}
