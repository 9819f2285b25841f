package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.asStored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.core.record.Article;
import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticlesEndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MigratedDatabase db;
    private static OpsHttpServer server;

    @BeforeAll
    static void start() {
        db = new MigratedDatabase();
        server = OpsHttpServer.builder(0).endpoint("/api/articles", new ArticlesEndpoint(db.dataSource())).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        db.truncate();
    }

    @Test
    void listsTheNewestFirstWithEntitiesMentionsAndQuotesInTheContractsJson() throws Exception {
        Article older = article("older", OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        Article newer = article("newer", OffsetDateTime.of(2026, 1, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
        Article undated = article("undated", null);
        Article plain = new Article("plain", "https://news.example.com/plain", null, null, null, null,
                OffsetDateTime.of(2025, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC), null, "", null, null, null, null);
        new PostgresArticleSink(db.dataSource()).apply(List.of(ArticleChange.upsert(undated),
                ArticleChange.upsert(older), ArticleChange.upsert(plain), ArticleChange.upsert(newer)));

        HttpResponse<String> response = get("/api/articles");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Article> articles = Json.mapper().convertValue(Json.mapper().readTree(response.body()).get("articles"),
                new TypeReference<List<Article>>() { });
        assertThat(articles).containsExactly(asStored(newer), asStored(older), asStored(plain), asStored(undated));
        JsonNode first = Json.mapper().readTree(response.body()).get("articles").get(0);
        assertThat(first.get("publishedAt").asText()).isEqualTo("2026-01-01T08:30:00Z");
        assertThat(first.get("entities").get(0).get("mentions").get(1).get("text").asText()).isEqualTo("Doe");
        assertThat(first.get("quotes").get(0).get("kind").asText()).isEqualTo("direct");
        assertThat(first.get("quotes").get(1).get("speaker").isNull()).isTrue();
    }

    @Test
    void givesTwentyByDefaultAndAsManyAsTheLimitAsks() throws Exception {
        List<ArticleChange> changes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            OffsetDateTime publishedAt = OffsetDateTime.of(2026, 1, 1, 0, i, 0, 0, ZoneOffset.UTC);
            changes.add(ArticleChange.upsert(article("a" + i, publishedAt)));
        }
        new PostgresArticleSink(db.dataSource()).apply(changes);

        assertThat(ids(get("/api/articles"))).hasSize(20).startsWith("a24", "a23");
        assertThat(ids(get("/api/articles?limit=3"))).containsExactly("a24", "a23", "a22");
        assertThat(ids(get("/api/articles?limit=200"))).hasSize(25).endsWith("a0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5"})
    void answersABadLimitWithABadRequest(String limit) throws Exception {
        HttpResponse<String> response = get("/api/articles?limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(response.body()).get("error").asText()).startsWith("limit must be");
    }

    @Test
    void anEmptyStoreGivesAnEmptyList() throws Exception {
        assertThat(Json.mapper().readTree(get("/api/articles").body()))
                .isEqualTo(Json.mapper().readTree("{\"articles\": []}"));
    }

    @Test
    void aPathBelowTheEndpointIsNotFound() throws Exception {
        assertThat(get("/api/articles/some-id").statusCode()).isEqualTo(404);
    }

    private static List<String> ids(HttpResponse<String> response) throws IOException {
        List<String> ids = new ArrayList<>();
        Json.mapper().readTree(response.body()).get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
