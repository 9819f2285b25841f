package io.wirestream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.WirestreamConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void defaultsLeaveTheJdbcUrlUnsetForTheEmbeddedServer() {
        WirestreamConfig config = WirestreamConfig.resolve(List.of(SinkConfig.GROUP), Map.of(), Map.of());

        assertThat(config.find(SinkConfig.JDBC_URL)).isEmpty();
        assertThat(config.get(SinkConfig.JDBC_USER)).isEqualTo("postgres");
        assertThat(config.find(SinkConfig.JDBC_PASSWORD)).isEmpty();
        assertThat(config.get(SinkConfig.JDBC_POOL_SIZE)).isEqualTo(5);
        assertThat(config.get(SinkConfig.GROUP_ID)).isEqualTo("wirestream-sink");
        assertThat(config.get(SinkConfig.BATCH_SIZE)).isEqualTo(500);
        assertThat(config.get(SinkConfig.BATCH_LINGER)).isEqualTo(Duration.ofMillis(100));
        assertThat(config.get(SinkConfig.WRITE_PARALLELISM)).isEqualTo(3);
        assertThat(config.get(SinkConfig.JDBC_STATEMENT_TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.get(SinkConfig.JDBC_SOCKET_TIMEOUT)).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.find(SinkConfig.FILE_DIR)).isEmpty();
        assertThat(config.get(SinkConfig.FILE_ROLL_INTERVAL)).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.get(SinkConfig.FILE_ROLL_SIZE)).isEqualTo(128L << 20);
        assertThat(config.get(SinkConfig.RETRY_BACKOFF_MAX)).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.get(SinkConfig.EMBEDDED_POSTGRES_PORT)).isEqualTo(5433);
    }

    @Test
    void theEnvironmentSetsEveryKey() {
        WirestreamConfig config = WirestreamConfig.resolve(List.of(SinkConfig.GROUP),
                Map.of("WIRESTREAM_SINK_JDBC_URL", "jdbc:postgresql://db:5432/news",
                        "WIRESTREAM_SINK_RETRY_BACKOFF_MAX", "2m"), Map.of());

        assertThat(config.get(SinkConfig.JDBC_URL)).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(config.get(SinkConfig.RETRY_BACKOFF_MAX)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void invalidValuesAreReportedWithTheirKeys() {
        Map<String, String> bad = Map.of("sink.jdbc.url", "jdbc:mysql://db/news", "sink.jdbc.pool.size", "1",
                "sink.batch.size", "0", "sink.retry.backoff.max", "0s", "embedded.postgres.port", "70000");

        assertThatThrownBy(() -> WirestreamConfig.resolve(List.of(SinkConfig.GROUP), Map.of(), bad))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .hasSize(5)
                        .anySatisfy(p -> assertThat(p).startsWith("sink.jdbc.url").contains("PostgreSQL JDBC URL"))
                        .anySatisfy(p -> assertThat(p).startsWith("sink.jdbc.pool.size").contains("at least 2"))
                        .anySatisfy(p -> assertThat(p).startsWith("sink.batch.size").contains("at least 1"))
                        .anySatisfy(p -> assertThat(p).startsWith("sink.retry.backoff.max")
                                .contains("longer than zero"))
                        .anySatisfy(p -> assertThat(p).startsWith("embedded.postgres.port").contains("port number")));
    }
}
