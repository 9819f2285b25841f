package io.wirestream.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.ingest.AdHocIngest;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream ingest}: the fetcher service alone, or an ad-hoc fetch of single articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Runs one instance of the fetcher group: polls its share of the feeds of news.feeds.v1, fetches "
                + "each new article page and publishes it to news.raw.v1, against the Kafka in "
                + "kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS). Serves /health, /metrics and "
                + "/api/feeds. Start more instances to share the feeds.",
                "With --url or --urls it fetches those article pages once, publishes them and exits (ad-hoc and "
                        + "backfill)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Feed list to add to news.feeds.v1 at start (ingest.feeds.file).")
    private Path feeds;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of /health and /metrics (http.port).")
    private Integer port;

    @Option(names = "--url", paramLabel = "URL", description = "An article page to fetch and publish, then exit; "
            + "may be repeated.")
    private List<String> urls = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE",
            description = "A file of article URLs to fetch and publish, one per line (blank lines and # comments "
                    + "ignored), then exit.")
    private Path urlFile;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(IngestConfig.FEEDS_FILE.name(), Objects.toString(feeds, null));
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        WirestreamConfig config = AppConfig.resolve(options);
        if (!urls.isEmpty() || urlFile != null) {
            return adHoc(config);
        }
        return StandaloneService.run("ingest", config, (kafka, metrics, http, closer) -> {
            IngestService service = IngestService.start(config, kafka, metrics);
            http.health("ingest", service.health()).endpoint("/api/feeds", service.feedsEndpoint());
            return service;
        });
    }

    private int adHoc(WirestreamConfig config) throws Exception {
        List<String> all = new ArrayList<>(urls);
        if (urlFile != null) {
            Files.readAllLines(urlFile).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(all::add);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<AdHocIngest.Outcome> outcomes = AdHocIngest.ingest(config, KafkaSettings.from(config, null),
                new SimpleMeterRegistry(), all);
        for (AdHocIngest.Outcome outcome : outcomes) {
            out.println((outcome.error() == null ? "published    " : "dead-lettered") + "  " + outcome.id() + "  "
                    + outcome.url() + (outcome.error() == null ? "" : "  (" + outcome.error() + ")"));
        }
        out.flush();
        return outcomes.stream().allMatch(outcome -> outcome.error() == null) ? 0 : 1;
    }
}
