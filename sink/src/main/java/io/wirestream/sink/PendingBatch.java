package io.wirestream.sink;

import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.StoreBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records consumed since the last write, gathered over one or more polls: the changes decoded from them,
 * the record each came from (for dead letters), and the offset each partition moves to once they are stored.
 */
final class PendingBatch {

    private final List<ChangeRecord> changes = new ArrayList<>();
    private final Map<ChangeRecord, ConsumerRecord<String, byte[]>> sources = new HashMap<>();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private int records;
    private long firstAddedNanos;

    /** Moves the batch past every record of {@code polled}; their changes are {@link #add}ed one by one. */
    void consumed(ConsumerRecords<String, byte[]> polled) {
        if (polled.isEmpty()) {
            return;
        }
        if (records == 0) {
            firstAddedNanos = System.nanoTime();
        }
        records += polled.count();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> next : polled.nextOffsets().entrySet()) {
            nextOffsets.put(next.getKey(), next.getValue().offset());
        }
    }

    /** Adds {@code change}, decoded from {@code record}, one of the records passed to {@link #consumed}. */
    void add(ConsumerRecord<String, byte[]> record, ChangeRecord change) {
        changes.add(change);
        sources.put(change, record);
    }

    /** The record {@code change} was decoded from. */
    ConsumerRecord<String, byte[]> sourceOf(ChangeRecord change) {
        return sources.get(change);
    }

    /** The records consumed, dead-lettered ones included. */
    int records() {
        return records;
    }

    /** How long ago the first record was consumed, in nanoseconds; 0 when empty. */
    long ageNanos() {
        return records == 0 ? 0 : System.nanoTime() - firstAddedNanos;
    }

    /** What to write. */
    StoreBatch toStoreBatch() {
        return new StoreBatch(changes, nextOffsets);
    }

    /**
     * Forgets the records of {@code partitions}, which this consumer no longer owns: their new owner reads
     * them again from the store's position.
     */
    void drop(Collection<TopicPartition> partitions) {
        nextOffsets.keySet().removeAll(partitions);
        changes.removeIf(change -> partitions.contains(change.partition()));
        sources.keySet().removeIf(change -> partitions.contains(change.partition()));
        if (nextOffsets.isEmpty()) {
            records = 0;
        }
    }

    /** Whether nothing is left to write. */
    boolean isEmpty() {
        return nextOffsets.isEmpty();
    }
}
