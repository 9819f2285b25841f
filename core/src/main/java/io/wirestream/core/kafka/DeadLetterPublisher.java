package io.wirestream.core.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes records a stage could not process to {@code news.dlq.v1}, logs them and counts them in
 * {@code wirestream.dead.letters{stage}}. Used by the stages that are plain clients; the enrich topology
 * routes its failures to the same topic inside its own transactions.
 */
public final class DeadLetterPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final KafkaProducer<String, DeadLetter> producer;
    private final MeterRegistry metrics;

    public DeadLetterPublisher(KafkaSettings kafka, String clientId, MeterRegistry metrics) {
        this.producer = new KafkaProducer<>(kafka.producer(clientId), WirestreamSerdes.key().serializer(),
                WirestreamSerdes.deadLetter().serializer());
        this.metrics = metrics;
    }

    /**
     * Publishes {@code letter} under {@code key} and waits until the broker has it, so that a caller
     * that goes on past the bad record knows that it is kept.
     *
     * @throws IllegalStateException when the dead letter itself cannot be written
     */
    public void publish(String key, DeadLetter letter) {
        log.warn("Dead letter from {}: {}: {}", letter.stage(), letter.errorClass(), letter.errorMessage());
        try {
            producer.send(new ProducerRecord<>(Topics.DLQ.name(), key, letter)).get(60, TimeUnit.SECONDS);
            metrics.counter("wirestream.dead.letters", "stage", letter.stage()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot write a dead letter to " + Topics.DLQ + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
