package io.wirestream.sink;

import io.wirestream.core.kafka.DeadLetterPublisher;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.SourcePosition;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the records the sink cannot store to {@code news.dlq.v1}, with the reason and the original bytes. */
final class SinkDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(SinkDeadLetters.class);

    private static final String STAGE = "sink";

    private final DeadLetterPublisher publisher;
    private final SinkMetrics metrics;

    SinkDeadLetters(DeadLetterPublisher publisher, SinkMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Dead-letters a record that is not a valid article or tombstone. */
    void invalid(ConsumerRecord<String, byte[]> record, Throwable error) {
        publish(record, error, "invalid");
    }

    /** Dead-letters a record whose article the database refuses, on its own. */
    void rejected(ConsumerRecord<String, byte[]> record, Throwable error) {
        publish(record, error, "rejected");
    }

    private void publish(ConsumerRecord<String, byte[]> record, Throwable error, String reason) {
        log.warn("Record {}-{}@{} with key {} is {}; sending it to {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason, Topics.DLQ);
        byte[] key = WirestreamSerdes.key().serializer().serialize(record.topic(), record.key());
        DeadLetter letter = DeadLetter.of(STAGE, error,
                new SourcePosition(record.topic(), record.partition(), record.offset()), key, record.value(),
                Instant.now());
        publisher.publish(record.key(), letter);
        metrics.deadLetter(reason);
    }
}
