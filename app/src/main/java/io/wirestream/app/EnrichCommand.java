package io.wirestream.app;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.enrich.EnrichService;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream enrich}: the Kafka Streams application alone. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich topology from news.raw.v1 to news.articles.v1 and news.quotes.v1, against "
                + "the Kafka in kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS). Scale it out by "
                + "running more instances.")
final class EnrichCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of /health and /metrics (http.port).")
    private Integer port;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        var config = AppConfig.resolve(options);
        return StandaloneService.run("enrich", config, (kafka, metrics, http, closer) -> {
            EnrichService service = EnrichService.start(config, kafka, metrics);
            http.health("enrich", service.health());
            return service;
        });
    }
}
