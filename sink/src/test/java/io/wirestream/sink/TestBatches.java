package io.wirestream.sink;

import io.wirestream.core.topic.Topics;
import io.wirestream.sink.store.ArticleChange;
import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.StoreBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Store batches as the consumer builds them, for tests. */
public final class TestBatches {

    public static final TopicPartition P0 = new TopicPartition(Topics.ARTICLES.name(), 0);
    public static final TopicPartition P1 = new TopicPartition(Topics.ARTICLES.name(), 1);
    /** The timestamp of the records, in the day {@code 2026-01-02} (UTC). */
    public static final Instant TIMESTAMP = Instant.parse("2026-01-02T03:04:05Z");

    private TestBatches() {
    }

    /** A batch of {@code changes} at consecutive offsets of {@code partition}, the first at {@code offset}. */
    public static StoreBatch batch(TopicPartition partition, long offset, ArticleChange... changes) {
        return batch(partition, offset, TIMESTAMP, changes);
    }

    /** {@link #batch(TopicPartition, long, ArticleChange...)} with records of {@code timestamp}. */
    public static StoreBatch batch(TopicPartition partition, long offset, Instant timestamp,
                                   ArticleChange... changes) {
        List<ChangeRecord> records = new ArrayList<>();
        for (int i = 0; i < changes.length; i++) {
            records.add(new ChangeRecord(partition, offset + i, timestamp, changes[i]));
        }
        return new StoreBatch(records, Map.of(partition, offset + changes.length));
    }
}
