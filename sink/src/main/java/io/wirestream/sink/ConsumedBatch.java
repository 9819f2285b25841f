package io.wirestream.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one poll: the changes decoded from them, where each came from, and the offsets to commit
 * once the changes are in the database.
 */
final class ConsumedBatch {

    private final Map<TopicPartition, OffsetAndMetadata> offsets;
    private final List<ArticleChange> changes = new ArrayList<>();
    // By identity: two records may ask for equal changes, and each must be traced to its own record.
    private final Map<ArticleChange, ConsumerRecord<String, byte[]>> sources = new IdentityHashMap<>();

    /** A batch that moves the committed offsets past every record of {@code records}. */
    ConsumedBatch(ConsumerRecords<String, byte[]> records) {
        this.offsets = new HashMap<>(records.nextOffsets());
    }

    /** Adds {@code change}, decoded from {@code record}. */
    void add(ConsumerRecord<String, byte[]> record, ArticleChange change) {
        changes.add(change);
        sources.put(change, record);
    }

    /** The changes, in the order of their records within each partition. */
    List<ArticleChange> changes() {
        return List.copyOf(changes);
    }

    /** The record {@code change} was decoded from. */
    ConsumerRecord<String, byte[]> sourceOf(ArticleChange change) {
        return sources.get(change);
    }

    /** The offsets to commit when the batch is written. */
    Map<TopicPartition, OffsetAndMetadata> offsets() {
        return Map.copyOf(offsets);
    }

    /**
     * Forgets the records of {@code partitions}, which this consumer no longer owns: their new owner reads
     * them again from the last committed offset, and a late write of them here could overwrite its newer one.
     */
    void drop(Collection<TopicPartition> partitions) {
        offsets.keySet().removeAll(partitions);
        sources.values().removeIf(record ->
                partitions.contains(new TopicPartition(record.topic(), record.partition())));
        changes.removeIf(change -> !sources.containsKey(change));
    }

    /** Whether nothing is left to write or commit. */
    boolean isEmpty() {
        return offsets.isEmpty();
    }
}
