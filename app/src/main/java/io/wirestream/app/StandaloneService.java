package io.wirestream.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.Metrics;
import io.wirestream.core.ops.OpsHttpServer;

/**
 * Runs one service of the pipeline on its own against an external Kafka, as deployed: the service, its
 * {@code /health} and {@code /metrics}, until the process is asked to stop.
 */
final class StandaloneService {

    /** Starts a service, adding its health checks and endpoints to the HTTP server about to start. */
    @FunctionalInterface
    interface Starter {
        AutoCloseable start(KafkaSettings kafka, PrometheusMeterRegistry metrics, OpsHttpServer.Builder http,
                            Closer closer);
    }

    private StandaloneService() {
    }

    static int run(String name, WirestreamConfig config, Starter starter) throws Exception {
        KafkaSettings kafka = KafkaSettings.from(config, null);
        Closer closer = new Closer();
        try {
            PrometheusMeterRegistry metrics = Metrics.prometheus(name);
            closer.register(metrics::close);
            OpsHttpServer.Builder http = OpsHttpServer.builder(config.get(CoreConfig.HTTP_PORT)).metrics(metrics);
            closer.register(starter.start(kafka, metrics, http, closer));
            closer.register(http.start());
        } catch (RuntimeException e) {
            closer.close();
            throw e;
        }
        ShutdownSignal.awaitThenClose(closer);
        return 0;
    }
}
