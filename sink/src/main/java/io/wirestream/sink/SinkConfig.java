package io.wirestream.sink;

import io.wirestream.core.config.ConfigField;
import io.wirestream.core.config.ConfigGroup;
import java.time.Duration;
import java.util.List;

/** Keys of the sink: which store it writes to, how the consumer reads and batches, how it retries. */
public final class SinkConfig {

    public static final ConfigField<String> JDBC_URL = ConfigField.string("sink.jdbc.url")
            .withValidator(url -> url.startsWith("jdbc:postgresql:"), "a PostgreSQL JDBC URL (jdbc:postgresql://...)")
            .withDoc("PostgreSQL to write articles to, e.g. `jdbc:postgresql://db:5432/wirestream`. The sink service "
                    + "needs it or `sink.file.dir`; when both are empty, `run` starts an embedded PostgreSQL under "
                    + "the data folder.");

    public static final ConfigField<String> JDBC_USER = ConfigField.string("sink.jdbc.user")
            .withDefault("postgres")
            .withDoc("User of `sink.jdbc.url`. It must be allowed to create tables: the sink migrates its schema "
                    + "at start.");

    public static final ConfigField<String> JDBC_PASSWORD = ConfigField.string("sink.jdbc.password")
            .withDoc("Password of `sink.jdbc.user`; empty for trust or peer authentication.");

    public static final ConfigField<Integer> JDBC_POOL_SIZE = ConfigField.integer("sink.jdbc.pool.size")
            .withDefault("5").atLeast(2)
            .withDoc("Connections in the pool, shared by the writers (`sink.write.parallelism` of them) and the HTTP "
                    + "API's queries; at least 2, because a schema migration holds two.");

    public static final ConfigField<Duration> JDBC_STATEMENT_TIMEOUT =
            ConfigField.duration("sink.jdbc.statement.timeout")
                    .withDefault("60s").positiveDuration()
                    .withDoc("Longest a statement may run on the server (PostgreSQL's statement_timeout), e.g. "
                            + "a write stuck behind a lock or an API query over years of articles; the sink "
                            + "retries a timed-out batch like any other failed one.");

    public static final ConfigField<Duration> JDBC_SOCKET_TIMEOUT = ConfigField.duration("sink.jdbc.socket.timeout")
            .withDefault("90s").positiveDuration()
            .withDoc("Longest the driver waits for the server to answer before it gives up on the connection, so "
                    + "that a server that hangs or a network that drops packets fails the write instead of "
                    + "blocking the sink; keep it above `sink.jdbc.statement.timeout`.");

    public static final ConfigField<Integer> WRITE_PARALLELISM = ConfigField.integer("sink.write.parallelism")
            .withDefault("3").atLeast(1)
            .withDoc("Partitions of a batch written to PostgreSQL at the same time, each in its own transaction on a "
                    + "connection of its own: PostgreSQL stores each article and updates its indexes on one core per "
                    + "connection. The default matches `kafka.topic.partitions`. Must be below "
                    + "`sink.jdbc.pool.size`, which also serves the API.");

    public static final ConfigField<String> FILE_DIR = ConfigField.string("sink.file.dir")
            .withDoc("Write gzip JSON Lines files, one folder per day (`dt=YYYY-MM-DD`), under this folder instead "
                    + "of PostgreSQL, for data-lake loaders. One sink process per folder; the query API needs "
                    + "PostgreSQL and is not served.");

    public static final ConfigField<Duration> FILE_ROLL_INTERVAL = ConfigField.duration("sink.file.roll.interval")
            .withDefault("15m").positiveDuration()
            .withDoc("Longest a file stays open; closed files appear under their final name, ready to load. "
                    + "Shorter gives loaders fresher data in more, smaller files.");

    public static final ConfigField<Long> FILE_ROLL_SIZE = ConfigField.bytes("sink.file.roll.size")
            .withDefault("128MiB").atLeast(1)
            .withDoc("Compressed size at which a file is closed and the next one opened.");

    public static final ConfigField<String> GROUP_ID = ConfigField.string("sink.group.id")
            .withDefault("wirestream-sink")
            .withDoc("Kafka consumer group of the sink, and the name under which the store keeps its positions. "
                    + "Instances in one group share the partitions of news.articles.v1; a new group id re-reads "
                    + "the topic from the start.");

    public static final ConfigField<Integer> BATCH_SIZE = ConfigField.integer("sink.batch.size")
            .withDefault("500").atLeast(1)
            .withDoc("Most records written in one transaction (and read in one poll, max.poll.records). Larger "
                    + "batches write faster; smaller ones hold less in memory.");

    public static final ConfigField<Duration> BATCH_LINGER = ConfigField.duration("sink.batch.linger")
            .withDefault("100ms")
            .withDoc("How long the sink waits for more records before it writes a batch that is not full: fewer, "
                    + "larger transactions when articles trickle in, for that much more latency. 0s writes "
                    + "whatever each poll returns.");

    public static final ConfigField<Duration> RETRY_BACKOFF_MAX = ConfigField.duration("sink.retry.backoff.max")
            .withDefault("30s").positiveDuration()
            .withDoc("Longest wait between two attempts to write a batch while the store is unavailable; "
                    + "waits start at 100ms and double up to this.");

    public static final ConfigField<Integer> EMBEDDED_POSTGRES_PORT = ConfigField.integer("embedded.postgres.port")
            .withDefault("5433").withValidator(v -> v >= 0 && v <= 65535, "a port number, or 0 for any free port")
            .withDoc("Port of the embedded PostgreSQL that `run` starts when `sink.jdbc.url` is empty, on localhost "
                    + "(user postgres, database wirestream, no password), so that psql can query it; "
                    + "5433 stays clear of a local server on 5432.");

    public static final ConfigGroup GROUP = new ConfigGroup("Sink",
            "Keys of the sink, its stores (PostgreSQL, JSON Lines files) and the embedded PostgreSQL.",
            List.of(JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_POOL_SIZE, JDBC_STATEMENT_TIMEOUT, JDBC_SOCKET_TIMEOUT,
                    WRITE_PARALLELISM, FILE_DIR, FILE_ROLL_INTERVAL, FILE_ROLL_SIZE, GROUP_ID, BATCH_SIZE, BATCH_LINGER,
                    RETRY_BACKOFF_MAX, EMBEDDED_POSTGRES_PORT));

    private SinkConfig() {
    }
}
