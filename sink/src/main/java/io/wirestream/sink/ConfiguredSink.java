package io.wirestream.sink;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.sink.api.QueryApi;
import io.wirestream.sink.file.JsonLinesFileStore;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.EmbeddedPostgresServer;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink as the launcher runs it: the store its configuration names ({@code sink.file.dir} for JSON Lines
 * files, else {@code sink.jdbc.url} for PostgreSQL, else, where allowed, an embedded PostgreSQL), the
 * {@link SinkService} writing to it, and, over PostgreSQL, the query API.
 */
public final class ConfiguredSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredSink.class);

    private final Deque<AutoCloseable> opened;
    private final SinkService service;
    private final Store store;
    private final DataSource dataSource;

    private ConfiguredSink(Deque<AutoCloseable> opened, SinkService service, Store store, DataSource dataSource) {
        this.opened = opened;
        this.service = service;
        this.store = store;
        this.dataSource = dataSource;
    }

    /**
     * Opens the store and starts the sink.
     *
     * @param embeddedPostgresDir where to keep an embedded PostgreSQL when no store is configured, or null when
     *                            a store must be configured
     * @throws ConfigException when both stores, or none, are configured
     */
    public static ConfiguredSink start(WirestreamConfig config, KafkaSettings kafka, MeterRegistry metrics,
                                       Path embeddedPostgresDir) {
        Optional<String> fileDir = config.find(SinkConfig.FILE_DIR);
        Optional<String> jdbcUrl = config.find(SinkConfig.JDBC_URL);
        if (fileDir.isPresent() && jdbcUrl.isPresent()) {
            throw new ConfigException(List.of(SinkConfig.FILE_DIR.name() + " and " + SinkConfig.JDBC_URL.name()
                    + " are both set: the sink writes to one store; unset " + SinkConfig.FILE_DIR.envName() + " or "
                    + SinkConfig.JDBC_URL.envName()));
        }
        if (config.get(SinkConfig.WRITE_PARALLELISM) >= config.get(SinkConfig.JDBC_POOL_SIZE)) {
            throw new ConfigException(List.of(SinkConfig.WRITE_PARALLELISM.name() + " = "
                    + config.get(SinkConfig.WRITE_PARALLELISM) + " must be below " + SinkConfig.JDBC_POOL_SIZE.name()
                    + " = " + config.get(SinkConfig.JDBC_POOL_SIZE) + ", which also serves the query API: set "
                    + SinkConfig.WRITE_PARALLELISM.envName() + " or " + SinkConfig.JDBC_POOL_SIZE.envName()));
        }
        if (fileDir.isEmpty() && jdbcUrl.isEmpty() && embeddedPostgresDir == null) {
            throw new ConfigException(List.of("No store: set " + SinkConfig.JDBC_URL.envName() + " (PostgreSQL) or "
                    + SinkConfig.FILE_DIR.envName() + " (JSON Lines files), or pass --store"));
        }
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            String groupId = config.get(SinkConfig.GROUP_ID);
            Store store;
            HikariDataSource dataSource = null;
            if (fileDir.isPresent()) {
                store = push(opened, JsonLinesFileStore.open(Path.of(fileDir.get()), groupId,
                        config.get(SinkConfig.FILE_ROLL_INTERVAL), config.get(SinkConfig.FILE_ROLL_SIZE),
                        Clock.systemUTC()));
            } else {
                String url = jdbcUrl.orElse(null);
                String user = config.get(SinkConfig.JDBC_USER);
                String password = config.find(SinkConfig.JDBC_PASSWORD).orElse("");
                if (url == null) {
                    EmbeddedPostgresServer postgres = push(opened, EmbeddedPostgresServer.start(embeddedPostgresDir,
                            config.get(SinkConfig.EMBEDDED_POSTGRES_PORT)));
                    url = postgres.jdbcUrl();
                    user = postgres.user();
                    password = postgres.password();
                }
                dataSource = push(opened, Database.connect(url, user, password, config));
                Database.migrate(dataSource);
                store = push(opened, new PostgresStore(dataSource, groupId, url,
                        config.get(SinkConfig.WRITE_PARALLELISM)));
            }
            SinkService service = push(opened, SinkService.start(config, kafka, store, metrics));
            return new ConfiguredSink(opened, service, store, dataSource);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> opened, T resource) {
        opened.push(resource);
        return resource;
    }

    /** Adds the sink's health check and, over PostgreSQL, the query API to {@code http}. */
    public OpsHttpServer.Builder serve(OpsHttpServer.Builder http) {
        http.health("sink", service.health());
        if (dataSource == null) {
            log.info("The query API needs PostgreSQL; with the file store in {} it is not served", store.location());
            return http;
        }
        return QueryApi.serve(http, dataSource, Clock.systemUTC());
    }

    /** Where the articles go: a JDBC URL or a folder. */
    public String location() {
        return store.location();
    }

    /** Stops the sink, then closes the store and what it runs on, in the reverse order of opening. */
    @Override
    public void close() {
        closeAll(opened);
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Could not close {} cleanly: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
