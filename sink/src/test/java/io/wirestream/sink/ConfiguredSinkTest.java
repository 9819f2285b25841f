package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.ConfigException;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.sink.file.FileStoreFiles;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredSinkTest {

    private static final KafkaSettings NO_KAFKA = KafkaSettings.of("127.0.0.1:1");

    @TempDir
    Path dir;

    @Test
    void writesToTheFileStoreItsFolderNamesAndServesNoQueryApi() throws Exception {
        String group = SinkKafka.newGroupId();
        Path store = dir.resolve("lake");
        try (TestKafka broker = TestInfrastructure.newKafka(); SinkKafka kafka = new SinkKafka(broker.settings())) {
            try (ConfiguredSink sink = ConfiguredSink.start(SinkKafka.config(group, Map.of("sink.file.dir",
                    store.toString())), kafka.settings(), new SimpleMeterRegistry(), null);
                 OpsHttpServer http = sink.serve(OpsHttpServer.builder(0)).start()) {
                kafka.send(article("a1"));
                kafka.send(article("a2"));

                await().atMost(Duration.ofMinutes(1)).until(() -> new FileStoreFiles(store).ids().size() == 2);
                assertThat(sink.location()).isEqualTo(store.toAbsolutePath().toString());
                HttpResponse<String> health = get(http, "/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"sink\"");
                assertThat(get(http, "/api/articles").statusCode()).isEqualTo(404);
            }
            assertThat(new FileStoreFiles(store).closed()).hasSize(1);
        }
    }

    @Test
    void refusesTwoStoresNoStoreAndMoreWritersThanConnections() {
        assertThatThrownBy(() -> ConfiguredSink.start(SinkKafka.config("g", Map.of("sink.file.dir", dir.toString(),
                "sink.jdbc.url", "jdbc:postgresql://db/news")), NO_KAFKA, new SimpleMeterRegistry(), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("are both set");
        assertThatThrownBy(() -> ConfiguredSink.start(SinkKafka.config("g", Map.of()), NO_KAFKA,
                new SimpleMeterRegistry(), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("No store: set WIRESTREAM_SINK_JDBC_URL");
        assertThatThrownBy(() -> ConfiguredSink.start(SinkKafka.config("g", Map.of("sink.write.parallelism", "5")),
                NO_KAFKA, new SimpleMeterRegistry(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sink.write.parallelism = 5 must be below sink.jdbc.pool.size = 5");
    }

    private static HttpResponse<String> get(OpsHttpServer http, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + http.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
