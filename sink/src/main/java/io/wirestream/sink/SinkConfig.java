package io.wirestream.sink;

import io.wirestream.core.config.ConfigField;
import io.wirestream.core.config.ConfigGroup;
import java.time.Duration;
import java.util.List;

/** Keys of the PostgreSQL sink: where the database is, how the consumer reads and how it retries. */
public final class SinkConfig {

    public static final ConfigField<String> JDBC_URL = ConfigField.string("sink.jdbc.url")
            .withValidator(url -> url.startsWith("jdbc:postgresql:"), "a PostgreSQL JDBC URL (jdbc:postgresql://...)")
            .withDoc("PostgreSQL to write articles to, e.g. `jdbc:postgresql://db:5432/wirestream`. Required by the "
                    + "sink service; when empty, `run` starts an embedded PostgreSQL under the data folder.");

    public static final ConfigField<String> JDBC_USER = ConfigField.string("sink.jdbc.user")
            .withDefault("postgres")
            .withDoc("User of `sink.jdbc.url`. It must be allowed to create tables: the sink migrates its schema "
                    + "at start.");

    public static final ConfigField<String> JDBC_PASSWORD = ConfigField.string("sink.jdbc.password")
            .withDoc("Password of `sink.jdbc.user`; empty for trust or peer authentication.");

    public static final ConfigField<Integer> JDBC_POOL_SIZE = ConfigField.integer("sink.jdbc.pool.size")
            .withDefault("4").atLeast(2)
            .withDoc("Connections in the pool, shared by the writer (one at a time) and the HTTP API's queries; "
                    + "at least 2, because a schema migration holds two.");

    public static final ConfigField<String> GROUP_ID = ConfigField.string("sink.group.id")
            .withDefault("wirestream-sink")
            .withDoc("Kafka consumer group of the sink. Instances in one group share the partitions of "
                    + "news.articles.v1; a new group id re-reads the topic from the start.");

    public static final ConfigField<Integer> BATCH_SIZE = ConfigField.integer("sink.batch.size")
            .withDefault("500").atLeast(1)
            .withDoc("Most records read in one poll (max.poll.records) and written in one database transaction. "
                    + "Larger batches write faster; smaller ones redeliver less after a crash.");

    public static final ConfigField<Duration> RETRY_BACKOFF_MAX = ConfigField.duration("sink.retry.backoff.max")
            .withDefault("30s").positiveDuration()
            .withDoc("Longest wait between two attempts to write a batch while the database is unavailable; "
                    + "waits start at 100ms and double up to this.");

    public static final ConfigField<Integer> EMBEDDED_POSTGRES_PORT = ConfigField.integer("embedded.postgres.port")
            .withDefault("5433").withValidator(v -> v >= 0 && v <= 65535, "a port number, or 0 for any free port")
            .withDoc("Port of the embedded PostgreSQL that `run` starts when `sink.jdbc.url` is empty, on localhost "
                    + "(user postgres, database wirestream, no password), so that psql can query it; "
                    + "5433 stays clear of a local server on 5432.");

    public static final ConfigGroup GROUP = new ConfigGroup("Sink",
            "Keys of the PostgreSQL sink and of the embedded PostgreSQL.",
            List.of(JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_POOL_SIZE, GROUP_ID, BATCH_SIZE, RETRY_BACKOFF_MAX,
                    EMBEDDED_POSTGRES_PORT));

    private SinkConfig() {
    }
}
