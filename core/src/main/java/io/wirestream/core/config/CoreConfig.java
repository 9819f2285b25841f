package io.wirestream.core.config;

import java.util.List;

/** Keys shared by every service: where Kafka is, how topics are created, where data and ops endpoints live. */
public final class CoreConfig {

    public static final ConfigField<String> KAFKA_BOOTSTRAP_SERVERS = ConfigField.string("kafka.bootstrap.servers")
            .withDoc("Kafka brokers, host:port[,host:port...]. Required by the ingest, enrich and sink services; "
                    + "when empty, `run` starts an embedded single-node broker under the data folder.");

    public static final ConfigField<String> KAFKA_PROPERTIES_FILE = ConfigField.string("kafka.properties.file")
            .withDoc("A Java properties file of extra Kafka client settings (security.protocol, sasl.*, ssl.*, ...) "
                    + "given to every producer, consumer, admin client and Streams app.");

    public static final ConfigField<Integer> KAFKA_TOPIC_PARTITIONS = ConfigField.integer("kafka.topic.partitions")
            .withDefault("3").atLeast(1)
            .withDoc("Partitions of each topic wirestream creates when it is missing; existing topics are left alone.");

    public static final ConfigField<Integer> KAFKA_TOPIC_REPLICATION_FACTOR =
            ConfigField.integer("kafka.topic.replication.factor")
                    .withDefault("-1").withValidator(v -> v == -1 || v >= 1, "-1 or at least 1")
                    .withDoc("Replication factor of each topic wirestream creates; -1 takes the broker's default.");

    public static final ConfigField<String> DATA_DIR = ConfigField.string("data.dir")
            .withDefault("data")
            .withDoc("Folder of the embedded broker's log, the embedded PostgreSQL and Kafka Streams state.");

    public static final ConfigField<Integer> HTTP_PORT = ConfigField.integer("http.port")
            .withDefault("8080").withValidator(v -> v >= 0 && v <= 65535, "a port number, or 0 for any free port")
            .withDoc("Port of the HTTP endpoints: /health, /metrics and, where a store is attached, /api.");

    public static final ConfigField<Integer> EMBEDDED_KAFKA_PORT = ConfigField.integer("embedded.kafka.port")
            .withDefault("9092").withValidator(v -> v >= 0 && v <= 65535, "a port number, or 0 for any free port")
            .withDoc("Client port of the embedded broker on 127.0.0.1, so that Kafka tools can watch the topics.");

    public static final ConfigGroup GROUP = new ConfigGroup("Kafka, data and HTTP",
            "Keys every command reads.",
            List.of(KAFKA_BOOTSTRAP_SERVERS, KAFKA_PROPERTIES_FILE, KAFKA_TOPIC_PARTITIONS,
                    KAFKA_TOPIC_REPLICATION_FACTOR, DATA_DIR, HTTP_PORT, EMBEDDED_KAFKA_PORT));

    private CoreConfig() {
    }
}
