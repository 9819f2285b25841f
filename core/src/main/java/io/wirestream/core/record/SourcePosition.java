package io.wirestream.core.record;

/**
 * Where a record was read.
 *
 * @param topic     the topic, or null when the record did not come from Kafka (a feed item, say)
 * @param partition the partition, or -1
 * @param offset    the offset, or -1
 */
public record SourcePosition(String topic, int partition, long offset) {
}
