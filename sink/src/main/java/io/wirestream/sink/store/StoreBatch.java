package io.wirestream.sink.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What one {@link Store#write} applies: changes in the order of their records, and the position each
 * partition moves to once they are applied. A partition may have a next offset and no change, when all of
 * its records were dead-lettered.
 *
 * @param changes     the changes, in record order within each partition
 * @param nextOffsets for each partition of the batch, the offset after its last record
 */
public record StoreBatch(List<ChangeRecord> changes, Map<TopicPartition, Long> nextOffsets) {

    public StoreBatch {
        changes = List.copyOf(changes);
        nextOffsets = Map.copyOf(nextOffsets);
        for (ChangeRecord change : changes) {
            Long next = nextOffsets.get(change.partition());
            if (next == null || next <= change.offset()) {
                throw new IllegalArgumentException("The batch moves " + change.partition() + " to " + next
                        + ", not past its record at offset " + change.offset());
            }
        }
    }

    /** A batch of the one change {@code record}, moving its partition just past it. */
    public static StoreBatch of(ChangeRecord record) {
        return new StoreBatch(List.of(record), Map.of(record.partition(), record.offset() + 1));
    }

    /** A batch without changes that only moves positions. */
    public static StoreBatch positionsOnly(Map<TopicPartition, Long> nextOffsets) {
        return new StoreBatch(List.of(), nextOffsets);
    }

    /** This batch as one batch per partition, each moving only its own partition. */
    public List<StoreBatch> byPartition() {
        if (nextOffsets.size() <= 1) {
            return List.of(this);
        }
        Map<TopicPartition, List<ChangeRecord>> parts = new HashMap<>();
        nextOffsets.keySet().forEach(partition -> parts.put(partition, new ArrayList<>()));
        changes.forEach(change -> parts.get(change.partition()).add(change));
        List<StoreBatch> batches = new ArrayList<>();
        parts.forEach((partition, list) -> batches.add(new StoreBatch(list,
                Map.of(partition, nextOffsets.get(partition)))));
        return batches;
    }

    /** The changes at or after their partition's position in {@code stored}: those not applied yet. */
    public List<ChangeRecord> changesFrom(Map<TopicPartition, Long> stored) {
        return changes.stream().filter(c -> c.offset() >= stored.getOrDefault(c.partition(), 0L)).toList();
    }

    /**
     * The last change of each article among {@code records}, in the order of those last changes: what the
     * store holds after applying them all in turn.
     */
    public static List<ArticleChange> latestPerArticle(List<ChangeRecord> records) {
        Map<String, ArticleChange> latest = new LinkedHashMap<>();
        for (ChangeRecord record : records) {
            latest.remove(record.change().id());
            latest.put(record.change().id(), record.change());
        }
        return List.copyOf(latest.values());
    }

    /** The positions after this batch: each partition's next offset, unless {@code stored} is further. */
    public Map<TopicPartition, Long> positionsAfter(Map<TopicPartition, Long> stored) {
        Map<TopicPartition, Long> after = new HashMap<>(stored);
        nextOffsets.forEach((partition, next) -> after.merge(partition, next, Math::max));
        return after;
    }
}
