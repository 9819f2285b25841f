package io.wirestream.app;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.sink.ConfiguredSink;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream sink}: the sink alone, with the query API over PostgreSQL. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Writes news.articles.v1 to PostgreSQL (sink.jdbc.url) and serves the query API under /api "
                + "(described at /api/openapi.yaml), or writes JSON Lines files (sink.file.dir), against the Kafka "
                + "in kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS).")
final class SinkCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = StoreOption.LABEL, description = StoreOption.DESCRIPTION)
    private String store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of /health, /metrics, /api (http.port).")
    private Integer port;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        StoreOption.apply(store, options);
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        var config = AppConfig.resolve(options);
        return StandaloneService.run("sink", config, (kafka, metrics, http, closer) -> {
            ConfiguredSink sink = ConfiguredSink.start(config, kafka, metrics, null);
            sink.serve(http);
            return sink;
        });
    }
}
