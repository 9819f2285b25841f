package io.wirestream.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.DeadLetterPublisher;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.HealthCheck;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.sink.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: a member of the consumer group {@code sink.group.id} that writes the articles of
 * {@code news.articles.v1} to a {@link Store} effectively exactly once, the store keeping the offsets with
 * the rows. Records it cannot store go to {@code news.dlq.v1}. See {@link ArticleConsumerLoop}.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);
    private static final String CLIENT_ID = "wirestream-sink";
    /** How long close() waits for the batch in hand; a write is seconds at most unless the database hangs. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private final ArticleConsumerLoop loop;
    private final Thread thread;
    private final DeadLetterPublisher deadLetterPublisher;
    private final SinkMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SinkService(ArticleConsumerLoop loop, Thread thread, DeadLetterPublisher deadLetterPublisher,
                        SinkMetrics metrics) {
        this.loop = loop;
        this.thread = thread;
        this.deadLetterPublisher = deadLetterPublisher;
        this.metrics = metrics;
    }

    /**
     * How the consumer batches and retries.
     *
     * @param batchSize  records after which a batch is written
     * @param linger     how long a batch that is not full waits for more records
     * @param backoffMax the longest wait between two attempts while the store is unavailable
     */
    record Settings(int batchSize, Duration linger, Duration backoffMax) {

        static Settings from(WirestreamConfig config) {
            return new Settings(config.get(SinkConfig.BATCH_SIZE), config.get(SinkConfig.BATCH_LINGER),
                    config.get(SinkConfig.RETRY_BACKOFF_MAX));
        }
    }

    /**
     * Creates {@code news.articles.v1} and {@code news.dlq.v1} if they are missing and starts consuming in a
     * thread of its own.
     *
     * @param config  resolved with {@link CoreConfig#GROUP} and {@link SinkConfig#GROUP}
     * @param kafka   how to reach the brokers
     * @param store   where the articles go, keeping the positions of {@code sink.group.id}; the caller closes
     *                it after this
     * @param metrics where the {@code wirestream.sink.*} meters go
     */
    public static SinkService start(WirestreamConfig config, KafkaSettings kafka, Store store, MeterRegistry metrics) {
        TopicProvisioner.provision(config, kafka, List.of(Topics.ARTICLES, Topics.DLQ));

        Map<String, Object> props = kafka.consumer(config.get(SinkConfig.GROUP_ID), CLIENT_ID);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.get(SinkConfig.BATCH_SIZE));
        DeadLetterPublisher deadLetterPublisher = new DeadLetterPublisher(kafka, CLIENT_ID + "-dlq", metrics);
        KafkaConsumer<String, byte[]> consumer;
        try {
            // Values stay bytes until the loop decodes them, so that a bad one becomes a dead letter, not a crash.
            consumer = new KafkaConsumer<>(props, WirestreamSerdes.key().deserializer(), new ByteArrayDeserializer());
        } catch (RuntimeException e) {
            deadLetterPublisher.close();
            throw e;
        }
        SinkMetrics sinkMetrics = new SinkMetrics(metrics);
        ArticleConsumerLoop loop = new ArticleConsumerLoop(consumer, store,
                new SinkDeadLetters(deadLetterPublisher, sinkMetrics), sinkMetrics, Settings.from(config));
        Thread thread = new Thread(loop, "wirestream-sink");
        thread.start();
        log.info("Sink consuming {} in group {} into {}", Topics.ARTICLES, config.get(SinkConfig.GROUP_ID),
                store.location());
        return new SinkService(loop, thread, deadLetterPublisher, sinkMetrics);
    }

    /** UP while the sink consumes; DOWN, with the reason, while the store is unavailable or once stopped. */
    public HealthCheck health() {
        return loop::health;
    }

    /** Stops consuming, writing the batch in hand if the store takes it, then closes the clients. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        loop.stop();
        try {
            thread.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("The sink did not stop within {} s; closing its clients anyway", CLOSE_TIMEOUT.toSeconds());
        }
        deadLetterPublisher.close();
        metrics.close();
    }
}
