package io.wirestream.app;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream run}: the whole pipeline in one process. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline in one process: ingest, enrich and sink, with the HTTP endpoints "
                + "/health, /metrics, /api/feeds and the query API under /api (described at /api/openapi.yaml).",
                "Without kafka.bootstrap.servers it starts an embedded Kafka broker, and without --store an "
                        + "embedded PostgreSQL, both keeping their data under the data folder, so that running "
                        + "it again resumes where it stopped. Ctrl-C stops it cleanly."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Feed list, one URL per line, added to news.feeds.v1 at start (ingest.feeds.file; "
                    + "default config/feeds.txt). Manage feeds while it runs with `wirestream feeds`.")
    private Path feeds;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (data.dir; default data).")
    private Path data;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (http.port; default 8080).")
    private Integer port;

    @Option(names = "--store", paramLabel = StoreOption.LABEL,
            description = StoreOption.DESCRIPTION + " Default: the embedded PostgreSQL.")
    private String store;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(IngestConfig.FEEDS_FILE.name(), Objects.toString(feeds, null));
        options.put(CoreConfig.DATA_DIR.name(), Objects.toString(data, null));
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        StoreOption.apply(store, options);
        ShutdownSignal.awaitThenClose(Pipeline.start(AppConfig.resolve(options)));
        return 0;
    }
}
