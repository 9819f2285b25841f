package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Publishes fetched pages to {@code news.raw.v1}, keyed by article id, with the idempotent producer of
 * {@link KafkaSettings#producer}. Thread-safe.
 */
final class RawPagePublisher implements AutoCloseable {

    static final String CLIENT_ID = "wirestream-ingest";

    private final KafkaProducer<String, RawPage> producer;

    /** @param maxBodyBytes the largest page body that may be fetched ({@code ingest.http.max.bytes}) */
    RawPagePublisher(KafkaSettings kafka, long maxBodyBytes) {
        Map<String, Object> props = kafka.producer(CLIENT_ID);
        // A page of max.bytes may double in size as JSON (escapes, Latin-1 to UTF-8), and Kafka's default
        // limit of 1 MiB would refuse ordinary large pages.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Math.toIntExact(2 * maxBodyBytes + (1 << 20)));
        this.producer = new KafkaProducer<>(props, WirestreamSerdes.key().serializer(),
                WirestreamSerdes.rawPage().serializer());
    }

    /**
     * Publishes {@code page} and waits until the broker has it.
     *
     * @throws PageRejectedException when Kafka will never accept this record
     * @throws KafkaWriteException   when Kafka cannot take records now
     * @throws InterruptedException  when the calling thread is interrupted
     */
    void publish(RawPage page) throws PageRejectedException, KafkaWriteException, InterruptedException {
        try {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), page.id(), page)).get();
        } catch (ExecutionException e) {
            fail(page, e.getCause());
        } catch (InterruptException e) {
            Thread.interrupted(); // Kafka's unchecked twin sets the flag again; report it the standard way
            throw new InterruptedException("Interrupted while publishing " + page.url());
        } catch (KafkaException e) {
            fail(page, e);
        }
    }

    private static void fail(RawPage page, Throwable error) throws PageRejectedException, KafkaWriteException {
        String message = "Cannot publish " + page.url() + " to " + Topics.RAW + ": " + error.getMessage();
        if (error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof SerializationException) {
            throw new PageRejectedException(message, error);
        }
        throw new KafkaWriteException(message, error);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
