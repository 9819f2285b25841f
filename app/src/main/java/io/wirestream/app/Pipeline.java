package io.wirestream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.EmbeddedKafkaBroker;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.Health;
import io.wirestream.core.ops.Metrics;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.enrich.EnrichService;
import io.wirestream.ingest.IngestService;
import io.wirestream.sink.ConfiguredSink;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process: ingest, enrich and sink, on the configured Kafka and PostgreSQL or,
 * when none is configured, on an embedded broker and an embedded PostgreSQL under the data folder, with
 * the HTTP endpoints in front. Everything is real; a second start on the same data folder resumes.
 */
final class Pipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Closer closer;
    private final OpsHttpServer http;
    private final String storeLocation;

    private Pipeline(Closer closer, OpsHttpServer http, String storeLocation) {
        this.closer = closer;
        this.http = http;
        this.storeLocation = storeLocation;
    }

    /** Starts every part; if one fails to start, those already started are stopped again. */
    static Pipeline start(WirestreamConfig config) {
        long began = System.nanoTime();
        Path dataDir = Path.of(config.get(CoreConfig.DATA_DIR));
        Closer closer = new Closer();
        try {
            PrometheusMeterRegistry metrics = Metrics.prometheus("wirestream");
            closer.register(metrics::close);
            String bootstrap = config.find(CoreConfig.KAFKA_BOOTSTRAP_SERVERS).orElse(null);
            if (bootstrap == null) {
                bootstrap = closer.register(EmbeddedKafkaBroker.start(dataDir.resolve("kafka"),
                        config.get(CoreConfig.EMBEDDED_KAFKA_PORT))).bootstrapServers();
            }
            KafkaSettings kafka = KafkaSettings.from(config, bootstrap);
            ConfiguredSink sink = closer.register(
                    ConfiguredSink.start(config, kafka, metrics, dataDir.resolve("postgres")));
            EnrichService enrich = closer.register(EnrichService.start(config, kafka, metrics));
            IngestService ingest = closer.register(IngestService.start(config, kafka, metrics));
            OpsHttpServer http = closer.register(sink.serve(OpsHttpServer.builder(config.get(CoreConfig.HTTP_PORT))
                    .metrics(metrics)
                    .health("kafka", () -> Health.up(kafka.bootstrapServers()))
                    .health("ingest", ingest.health())
                    .health("enrich", enrich.health())
                    .endpoint("/api/feeds", ingest.feedsEndpoint()))
                    .start());
            log.info("wirestream is running (started in {} ms): Kafka on {}, articles to {}, "
                            + "API at http://localhost:{}/api/articles",
                    (System.nanoTime() - began) / 1_000_000, bootstrap, sink.location(), http.port());
            return new Pipeline(closer, http, sink.location());
        } catch (RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    /** The port of the HTTP endpoints. */
    int httpPort() {
        return http.port();
    }

    /** Where the sink writes: the database's JDBC URL or the file store's folder. */
    String storeLocation() {
        return storeLocation;
    }

    @Override
    public void close() {
        closer.close();
    }
}
