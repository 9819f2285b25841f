package io.wirestream.app;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream ingest}: the fetcher service alone. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Polls the feeds, fetches each new article page and publishes it to news.raw.v1, against "
                + "the Kafka in kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS).")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", description = "Feed list (ingest.feeds.file).")
    private Path feeds;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of /health and /metrics (http.port).")
    private Integer port;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(IngestConfig.FEEDS_FILE.name(), Objects.toString(feeds, null));
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        var config = AppConfig.resolve(options);
        return StandaloneService.run("ingest", config, (kafka, metrics, http, closer) -> {
            IngestService service = IngestService.start(config, kafka, metrics);
            http.health("ingest", service.health());
            return service;
        });
    }
}
