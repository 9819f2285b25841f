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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: a member of the consumer group {@code sink.group.id} that writes the articles of
 * {@code news.articles.v1} to PostgreSQL, idempotently, committing offsets only after the rows are
 * committed. Records it cannot store go to {@code news.dlq.v1}. See {@link ArticleConsumerLoop}.
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
     * Creates {@code news.articles.v1} and {@code news.dlq.v1} if they are missing, migrates the schema and
     * starts consuming in a thread of its own.
     *
     * @param config     resolved with {@link CoreConfig#GROUP} and {@link SinkConfig#GROUP}
     * @param kafka      how to reach the brokers
     * @param dataSource the database, e.g. from {@link Database#connect}; the caller closes it after this
     * @param metrics    where the {@code wirestream.sink.*} meters go
     */
    public static SinkService start(WirestreamConfig config, KafkaSettings kafka, DataSource dataSource,
                                    MeterRegistry metrics) {
        TopicProvisioner.provision(config, kafka, List.of(Topics.ARTICLES, Topics.DLQ));
        Database.migrate(dataSource);

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
        ArticleConsumerLoop loop = new ArticleConsumerLoop(consumer,
                new ArticleBatchWriter(new PostgresArticleSink(dataSource)),
                new SinkDeadLetters(deadLetterPublisher, sinkMetrics), sinkMetrics,
                config.get(SinkConfig.RETRY_BACKOFF_MAX));
        Thread thread = new Thread(loop, "wirestream-sink");
        thread.start();
        log.info("Sink consuming {} in group {}", Topics.ARTICLES, config.get(SinkConfig.GROUP_ID));
        return new SinkService(loop, thread, deadLetterPublisher, sinkMetrics);
    }

    /** UP while the sink consumes; DOWN, with the reason, while the database is unavailable or once stopped. */
    public HealthCheck health() {
        return loop::health;
    }

    /** Stops consuming once the batch in hand is written and committed, then closes the clients. */
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
