package io.wirestream.core.kafka;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How to reach the Kafka cluster: its bootstrap servers and any extra client settings (security and the
 * like), shared by every client a service creates.
 *
 * @param bootstrapServers host:port list
 * @param extra            settings from {@code kafka.properties.file}
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> extra) {

    public KafkaSettings {
        extra = Map.copyOf(extra);
    }

    /** Settings for {@code bootstrapServers} with no extra client settings. */
    public static KafkaSettings of(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of());
    }

    /**
     * Settings from the configuration, with {@code bootstrapServers} when given (the embedded broker's),
     * else {@code kafka.bootstrap.servers}.
     */
    public static KafkaSettings from(WirestreamConfig config, String bootstrapServers) {
        String servers = bootstrapServers != null ? bootstrapServers
                : config.find(CoreConfig.KAFKA_BOOTSTRAP_SERVERS).orElseThrow(() -> new ConfigException(List.of(
                        CoreConfig.KAFKA_BOOTSTRAP_SERVERS.name() + " is not set: set "
                                + CoreConfig.KAFKA_BOOTSTRAP_SERVERS.envName() + " to the brokers' host:port list")));
        Map<String, String> extra = new HashMap<>();
        config.find(CoreConfig.KAFKA_PROPERTIES_FILE).ifPresent(file -> {
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                props.load(reader);
            } catch (IOException e) {
                throw new ConfigException(List.of(CoreConfig.KAFKA_PROPERTIES_FILE.name() + " = '" + file
                        + "': cannot read it: " + e.getMessage()));
            }
            props.forEach((k, v) -> extra.put(k.toString(), v.toString()));
        });
        return new KafkaSettings(servers, extra);
    }

    /** Settings common to every client. */
    public Map<String, Object> common() {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /**
     * An idempotent producer that waits for every in-sync replica and compresses with zstd: a record is
     * either written once or the send fails.
     */
    public Map<String, Object> producer(String clientId) {
        Map<String, Object> props = common();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return props;
    }

    /** A consumer in {@code groupId} that commits only when told to and reads only committed transactions. */
    public Map<String, Object> consumer(String groupId, String clientId) {
        Map<String, Object> props = common();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }
}
