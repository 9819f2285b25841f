package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.topic.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * Reads topics from their beginning to their end as of now, committed records only; a compacted topic
 * becomes a table, key to latest value, a tombstone removing its key and a value that cannot be read
 * logged and skipped.
 */
final class TopicReader {

    private static final Logger log = LoggerFactory.getLogger(TopicReader.class);
    /** How long reading may make no progress before the broker is declared unreachable. */
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);

    private TopicReader() {
    }

    /** Every partition of {@code topic} as a table. */
    static <T> Map<String, T> read(KafkaSettings kafka, Topic topic, Function<byte[], T> values) {
        return read(kafka, topic, null, values);
    }

    /**
     * The given partitions of {@code topic} (all when null) as a table, in the order the keys were first
     * written.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    static <T> Map<String, T> read(KafkaSettings kafka, Topic topic, Collection<Integer> partitions,
                                   Function<byte[], T> values) {
        Map<String, T> table = new LinkedHashMap<>();
        scan(kafka, topic, partitions, null, record -> apply(table, record, values));
        return table;
    }

    /**
     * Hands every committed record of the given partitions of {@code topic} (all when null) to
     * {@code consumer}, from the first written at or after {@code since} (from the beginning when null) to
     * the end offsets as of now.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    static void scan(KafkaSettings kafka, Topic topic, Collection<Integer> partitions, Instant since,
                     Consumer<ConsumerRecord<String, byte[]>> consumer) {
        Map<String, Object> props = kafka.common();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-ingest-read-" + topic.name());
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = reader.partitionsFor(topic.name()).stream()
                    .filter(p -> partitions == null || partitions.contains(p.partition()))
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(assigned);
            Map<TopicPartition, Long> end = reader.endOffsets(assigned);
            seek(reader, assigned, since, end);
            long lastProgress = System.nanoTime();
            while (end.entrySet().stream().anyMatch(e -> reader.position(e.getKey()) < e.getValue())) {
                var records = reader.poll(Duration.ofMillis(200));
                records.forEach(consumer);
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("Cannot read " + topic + ": no progress for " + STALL_TIMEOUT);
                }
            }
        } catch (KafkaException e) {
            throw new IllegalStateException("Cannot read " + topic + ": " + e.getMessage(), e);
        }
    }

    private static void seek(KafkaConsumer<?, ?> reader, List<TopicPartition> partitions, Instant since,
                             Map<TopicPartition, Long> end) {
        if (since == null) {
            reader.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
        reader.offsetsForTimes(times).forEach((partition, found) ->
                // None when nothing was written since: the partition is read from its end, which is to say not.
                reader.seek(partition, found == null ? end.get(partition) : found.offset()));
    }

    /** Applies one record of a compacted topic to {@code table}. */
    static <T> void apply(Map<String, T> table, ConsumerRecord<String, byte[]> record, Function<byte[], T> values) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            table.remove(record.key());
            return;
        }
        try {
            table.put(record.key(), values.apply(record.value()));
        } catch (RuntimeException e) {
            log.warn("Skipped the record for '{}' at {}-{}@{}: {}", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }
}
