package io.wirestream.sink.store;

import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;

/**
 * A change with the place of its record in {@code news.articles.v1}, which stores use to skip a record they
 * have applied already.
 *
 * @param partition the record's partition
 * @param offset    the record's offset
 * @param timestamp the record's timestamp: when the enricher published this version of the article
 * @param change    what the record asks of the store
 */
public record ChangeRecord(TopicPartition partition, long offset, Instant timestamp, ArticleChange change) {

    public ChangeRecord {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(change, "change");
    }
}
