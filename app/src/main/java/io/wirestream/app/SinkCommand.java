package io.wirestream.app;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.sink.ArticlesEndpoint;
import io.wirestream.sink.Database;
import io.wirestream.sink.SinkConfig;
import io.wirestream.sink.SinkService;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream sink}: the PostgreSQL sink alone, with the query API. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Writes news.articles.v1 to PostgreSQL (sink.jdbc.url) and serves /api/articles, against "
                + "the Kafka in kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS).")
final class SinkCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "JDBC_URL", description = "The PostgreSQL to write to (sink.jdbc.url).")
    private String store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of /health, /metrics, /api (http.port).")
    private Integer port;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put(SinkConfig.JDBC_URL.name(), store);
        options.put(CoreConfig.HTTP_PORT.name(), Objects.toString(port, null));
        var config = AppConfig.resolve(options);
        return StandaloneService.run("sink", config, (kafka, metrics, http, closer) -> {
            HikariDataSource dataSource = closer.register(Database.connect(config.get(SinkConfig.JDBC_URL),
                    config.get(SinkConfig.JDBC_USER), config.find(SinkConfig.JDBC_PASSWORD).orElse(""),
                    config.get(SinkConfig.JDBC_POOL_SIZE)));
            SinkService service = SinkService.start(config, kafka, dataSource, metrics);
            http.health("sink", service.health()).endpoint("/api/articles", new ArticlesEndpoint(dataSource));
            return service;
        });
    }
}
