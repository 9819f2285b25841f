package io.wirestream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.serde.Json;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.sink.SinkConfig;
import io.wirestream.testkit.TestDatabase;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * News flows from a feed on a local web site through the real pipeline (broker, Streams topology,
 * sink) into PostgreSQL: the configured server, and the embedded default.
 */
class PipelineEndToEndTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalNewsSite site;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startSite() {
        site = new LocalNewsSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void articlesFromTheFeedArriveInTheConfiguredPostgresWithTheSeedSpeakers() throws Exception {
        try (TestKafka kafka = TestInfrastructure.newKafka(); TestDatabase db = TestInfrastructure.newDatabase()) {
            Map<String, String> options = options();
            options.put(CoreConfig.KAFKA_BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers());
            options.put(SinkConfig.JDBC_URL.name(), db.jdbcUrl());
            options.put(SinkConfig.JDBC_USER.name(), db.user());
            options.put(SinkConfig.JDBC_PASSWORD.name(), db.password());
            try (Pipeline pipeline = Pipeline.start(resolve(options))) {
                awaitArticles(db.jdbcUrl(), db.user(), db.password(), site.articleCount());

                assertStored(db.jdbcUrl(), db.user(), db.password());
                assertServed(pipeline.httpPort());
            }
        }
    }

    @Test
    void theEmbeddedDefaultKeepsItsDataAndResumesWithoutDuplicates() throws Exception {
        String jdbcUrl;
        try (Pipeline pipeline = Pipeline.start(resolve(options()))) {
            jdbcUrl = pipeline.storeLocation();
            awaitArticles(jdbcUrl, "postgres", "", site.articleCount());
            assertStored(jdbcUrl, "postgres", "");
            assertServed(pipeline.httpPort());
        }

        try (Pipeline pipeline = Pipeline.start(resolve(options()))) {
            assertThat(count(pipeline.storeLocation(), "postgres", "", "SELECT count(*) FROM articles"))
                    .as("articles found again after the restart").isEqualTo(site.articleCount());
            await().atMost(PATIENCE).until(() -> health(pipeline.httpPort()).statusCode() == 200);
            assertThat(count(pipeline.storeLocation(), "postgres", "", "SELECT count(*) FROM articles"))
                    .as("no article published twice after the restart").isEqualTo(site.articleCount());
        }
    }

    private Map<String, String> options() throws IOException {
        Path feeds = Files.writeString(dataDir.resolve("feeds.txt"), "# local test site\n" + site.feedUrl() + "\n");
        Map<String, String> options = new HashMap<>();
        options.put(CoreConfig.DATA_DIR.name(), dataDir.resolve("data").toString());
        options.put(CoreConfig.HTTP_PORT.name(), "0");
        options.put(CoreConfig.EMBEDDED_KAFKA_PORT.name(), "0");
        options.put(CoreConfig.KAFKA_TOPIC_PARTITIONS.name(), "2");
        options.put(SinkConfig.EMBEDDED_POSTGRES_PORT.name(), "0");
        options.put(IngestConfig.FEEDS_FILE.name(), feeds.toString());
        // The site runs on this machine, which the SSRF guard refuses unless told otherwise.
        options.put(IngestConfig.HTTP_ALLOWED_ADDRESSES.name(), "127.0.0.0/8");
        return options;
    }

    private static WirestreamConfig resolve(Map<String, String> options) {
        return WirestreamConfig.resolve(AppConfig.GROUPS, Map.of(), options);
    }

    private static void awaitArticles(String url, String user, String password, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> count(url, user, password, "SELECT count(*) FROM articles"), n -> n >= expected);
    }

    private static void assertStored(String url, String user, String password) throws SQLException {
        assertThat(count(url, user, password, "SELECT count(*) FROM articles")).isEqualTo(site.articleCount());
        assertThat(strings(url, user, password, "SELECT body FROM articles WHERE title LIKE 'NATO eyes%'"))
                .singleElement().asString()
                .contains("It is smarter not to sit and wait until we are attacked")
                .doesNotContain("All rights reserved");
        assertThat(strings(url, user, password, "SELECT DISTINCT q.speaker_name FROM quotes q "
                + "JOIN articles a ON a.id = q.article_id WHERE a.title LIKE 'NATO eyes%' "
                + "AND q.speaker_name IS NOT NULL"))
                .contains("Rob Bauer", "Bruno Kahl", "Vladimir Putin");
    }

    private static void assertServed(int port) throws Exception {
        HttpResponse<String> response = get(port, "/api/articles?limit=10");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = Json.mapper().readTree(response.body());
        JsonNode articles = json.isArray() ? json : json.path("articles");
        assertThat(articles).hasSize(site.articleCount());
        assertThat(response.body()).contains("\"speaker\"").contains("Rob Bauer");
        assertThat(health(port).statusCode()).isEqualTo(200);
        JsonNode feeds = Json.mapper().readTree(get(port, "/api/feeds").body());
        assertThat(feeds.path("feeds")).singleElement().satisfies(feed -> {
            assertThat(feed.path("url").asText()).isEqualTo(site.feedUrl());
            assertThat(feed.path("itemsPublished").asInt()).isEqualTo(site.articleCount());
            assertThat(feed.path("lastStatus").asInt()).isEqualTo(200);
        });
        HttpResponse<String> speakers = get(port, "/api/speakers");
        assertThat(speakers.statusCode()).isEqualTo(200);
        assertThat(speakers.body()).contains("Rob Bauer");
        HttpResponse<String> openApi = get(port, "/api/openapi.yaml");
        assertThat(openApi.body()).startsWith("openapi: 3.0.3");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> health(int port) throws Exception {
        return get(port, "/health");
    }

    private static int count(String url, String user, String password, String sql) throws SQLException {
        return Integer.parseInt(strings(url, user, password, sql).get(0));
    }

    private static List<String> strings(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
