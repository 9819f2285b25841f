package io.wirestream.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.Health;
import io.wirestream.core.ops.HealthCheck;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the {@link EnrichTopology} running as a Kafka Streams application with exactly-once
 * processing, its meters in the launcher's registry and its state under {@code <data.dir>/streams}.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final Duration shutdownTimeout;

    private EnrichService(KafkaStreams streams, KafkaStreamsMetrics streamsMetrics, Duration shutdownTimeout) {
        this.streams = streams;
        this.streamsMetrics = streamsMetrics;
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * Provisions the topics it reads and writes if missing (with {@code kafka.topic.partitions} and
     * {@code kafka.topic.replication.factor}), then starts the Streams application. It returns at once;
     * {@link #health()} reports when it is running.
     *
     * @param config  the resolved configuration, with {@link CoreConfig#GROUP} and {@link EnrichConfig#GROUP}
     * @param kafka   how to reach the cluster
     * @param metrics where the service's meters go
     */
    public static EnrichService start(WirestreamConfig config, KafkaSettings kafka, MeterRegistry metrics) {
        TopicProvisioner.provision(config, kafka,
                List.of(Topics.RAW, Topics.ARTICLES, Topics.QUOTES, Topics.DLQ));
        ArticlePipeline pipeline = ArticlePipeline.from(config);
        Topology topology = EnrichTopology.build(pipeline, new EnrichMetrics(metrics),
                config.get(EnrichConfig.MAX_RECORD_BYTES));
        KafkaStreams streams = new KafkaStreams(topology, streamsProperties(config, kafka));
        streams.setUncaughtExceptionHandler(error -> {
            // Records are dead-lettered by the processor; what gets here is a broker or bug-level failure.
            // A fresh thread resumes from the last committed transaction, so nothing is lost or doubled.
            log.error("Enrich stream thread failed; replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("Enrich service {} -> {}", before, now));
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics);
        streams.start();
        log.info("Enrich service started as {} with {} thread(s)", config.get(EnrichConfig.APPLICATION_ID),
                config.get(EnrichConfig.THREADS));
        return new EnrichService(streams, streamsMetrics, config.get(EnrichConfig.SHUTDOWN_TIMEOUT));
    }

    /** Up while the application is running or rebalancing; down otherwise, with its state in the detail. */
    public HealthCheck health() {
        return () -> {
            KafkaStreams.State state = streams.state();
            boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
            return up ? Health.up("kafka streams " + state) : Health.down("kafka streams " + state);
        };
    }

    /**
     * Stops the stream threads, committing what they processed, waiting up to {@code enrich.shutdown.timeout}.
     * It leaves the consumer group, so that the partitions move to the other instances (or to this one
     * when it restarts) at once instead of after the session timeout.
     */
    @Override
    public void close() {
        boolean stopped = streams.close(CloseOptions.groupMembershipOperation(
                CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(shutdownTimeout));
        streamsMetrics.close();
        if (stopped) {
            log.info("Enrich service stopped");
        } else {
            log.warn("Enrich service did not stop within {}", shutdownTimeout);
        }
    }

    static Properties streamsProperties(WirestreamConfig config, KafkaSettings kafka) {
        Properties props = new Properties();
        props.putAll(kafka.common());
        String applicationId = config.get(EnrichConfig.APPLICATION_ID);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.CLIENT_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(EnrichConfig.THREADS));
        props.put(StreamsConfig.STATE_DIR_CONFIG,
                Path.of(config.get(CoreConfig.DATA_DIR)).resolve("streams").toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CoreConfig.KAFKA_TOPIC_REPLICATION_FACTOR));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        return props;
    }
}
