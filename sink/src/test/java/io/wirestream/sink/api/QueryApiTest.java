package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.asStored;
import static io.wirestream.sink.TestBatches.P0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.ops.OpsHttpServer;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import io.wirestream.core.serde.Json;
import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.TestBatches;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.ArticleChange;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The query API on the real PostgreSQL server, over HTTP. Every answer is also checked against
 * docs/openapi.yaml ({@link OpenApiCheck}).
 */
class QueryApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The API's "now": a fixed clock, so that relative times such as 24h select known articles. */
    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();
    private static OpsHttpServer server;
    private static PostgresStore store;
    private static OpenApiCheck openApi;
    private final AtomicLong offset = new AtomicLong();

    @BeforeAll
    static void start() {
        store = new PostgresStore(db.dataSource(), "api-test", db.database().jdbcUrl());
        server = QueryApi.serve(OpsHttpServer.builder(0), db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC)).start();
        openApi = new OpenApiCheck();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsTheNewestFirstWithEntitiesMentionsAndQuotesInTheContractsJson() throws Exception {
        Article older = article("older", OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        Article newer = article("newer", OffsetDateTime.of(2026, 1, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
        // Listed at its enrichment time, 2026-01-02T03:04:05.123Z: the newest.
        Article undated = article("undated", null);
        Article plain = new Article("plain", "https://news.example.com/plain", null, null, null, null,
                OffsetDateTime.of(2025, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC), null, "", null, null, null, null);
        write(undated, older, plain, newer);

        JsonNode body = json(get("/api/articles"), 200);

        List<Article> articles = Json.mapper().convertValue(body.get("articles"), new TypeReference<>() { });
        assertThat(articles).containsExactly(asStored(undated), asStored(newer), asStored(older), asStored(plain));
        assertThat(body.get("nextCursor").isNull()).isTrue();
        JsonNode second = body.get("articles").get(1);
        assertThat(second.get("publishedAt").asText()).isEqualTo("2026-01-01T08:30:00Z");
        assertThat(second.get("entities").get(0).get("mentions").get(1).get("text").asText()).isEqualTo("Doe");
        assertThat(second.get("quotes").get(0).get("kind").asText()).isEqualTo("direct");
        assertThat(second.get("quotes").get(1).get("speaker").isNull()).isTrue();
    }

    @Test
    void pagesWithACursorNeitherSkipNorRepeatWhileNewArticlesArrive() throws Exception {
        for (int i = 0; i < 25; i++) {
            write(dated("a" + i, i));
        }
        List<String> seen = new ArrayList<>();

        JsonNode page = json(get("/api/articles?limit=10"), 200);
        seen.addAll(ids(page));
        write(dated("newest", 100));
        while (!page.get("nextCursor").isNull()) {
            page = json(get("/api/articles?limit=10&cursor=" + page.get("nextCursor").asText()), 200);
            seen.addAll(ids(page));
        }

        List<String> expected = new ArrayList<>();
        for (int i = 24; i >= 0; i--) {
            expected.add("a" + i);
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(ids(json(get("/api/articles"), 200))).hasSize(20).startsWith("newest", "a24");
    }

    @Test
    void filtersByFullTextEntitySpeakerSourceAndPeriod() throws Exception {
        write(dated("jan-5", 5 * 24 * 60), withSource(withoutEntities(dated("jan-8", 8 * 24 * 60)), "other.org"),
                quoting(dated("jan-10", 10 * 24 * 60 + 60), "Rob Bauer", "person:rob-bauer"),
                quoting(dated("jan-9", 9 * 24 * 60), "Bruno Kahl", null));

        assertThat(ids("q=acme")).containsExactly("jan-10", "jan-9", "jan-5");
        assertThat(ids("q=" + encode("\"jane doe\" -kahl"))).containsExactly("jan-10", "jan-5");
        assertThat(ids("q=" + encode("bauer or kahl"))).containsExactly("jan-10", "jan-9");
        assertThat(ids("q=nowhere")).isEmpty();
        assertThat(ids("entity=" + encode("organization:acme corp"))).containsExactly("jan-10", "jan-9", "jan-5");
        assertThat(ids("speaker=" + encode("person:rob-bauer"))).containsExactly("jan-10");
        assertThat(ids("speaker=" + encode("bruno KAHL"))).containsExactly("jan-9");
        assertThat(ids("source=other.org")).containsExactly("jan-8");
        assertThat(ids("since=2026-01-08&until=2026-01-10")).containsExactly("jan-9", "jan-8");
        assertThat(ids("since=24h")).containsExactly("jan-10");
        assertThat(ids("since=" + encode("2026-01-09T00:00:00+01:00"))).containsExactly("jan-10", "jan-9");
        assertThat(ids("q=acme&since=3d&limit=1")).containsExactly("jan-10");
    }

    @Test
    void oneArticleByItsId() throws Exception {
        Article a1 = article("a1");
        write(a1);

        assertThat(Json.mapper().convertValue(json(get("/api/articles/a1"), 200), Article.class))
                .isEqualTo(asStored(a1));
        assertThat(json(get("/api/articles/missing"), 404).get("error").asText()).isEqualTo("not found");
        assertThat(get("/api/articles/a1/more").statusCode()).isEqualTo(404);
    }

    @Test
    void quotesNewestFirstBySpeakerAndPeriod() throws Exception {
        write(dated("jan-5", 5 * 24 * 60), quoting(dated("jan-9", 9 * 24 * 60), "Rob Bauer", "person:rob-bauer"));

        JsonNode all = json(get("/api/quotes"), 200).get("quotes");
        assertThat(all).hasSize(4);
        assertThat(all.get(0).get("articleId").asText()).isEqualTo("jan-9");
        assertThat(all.get(0).get("title").asText()).isEqualTo("Title of jan-9");
        assertThat(all.get(0).get("speaker").get("entityId").asText()).isEqualTo("person:rob-bauer");
        JsonNode bauer = json(get("/api/quotes?speaker=rob%20bauer"), 200).get("quotes");
        assertThat(bauer).hasSize(1);
        assertThat(bauer.get(0).get("text").asText()).isEqualTo("We will build it,");
        assertThat(json(get("/api/quotes?speaker=" + encode("person:jane doe")), 200).get("quotes")).hasSize(1);
        assertThat(json(get("/api/quotes?since=2026-01-06"), 200).get("quotes")).hasSize(2);
        assertThat(json(get("/api/quotes?limit=1"), 200).get("quotes")).hasSize(1);
    }

    @Test
    void entitiesRankedByMentionsInThePeriod() throws Exception {
        write(dated("jan-5", 5 * 24 * 60), dated("jan-9", 9 * 24 * 60),
                withoutEntities(dated("jan-10", 10 * 24 * 60)));

        JsonNode all = json(get("/api/entities"), 200).get("entities");
        assertThat(all.get(0).get("id").asText()).isEqualTo("person:jane doe");
        assertThat(all.get(0).get("mentions").asLong()).isEqualTo(4);
        assertThat(all.get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(all.get(1).get("id").asText()).isEqualTo("organization:acme corp");
        assertThat(all.get(1).get("mentions").asLong()).isEqualTo(2);
        JsonNode organizations = json(get("/api/entities?type=ORGANIZATION&since=2026-01-06"), 200).get("entities");
        assertThat(organizations).hasSize(1);
        assertThat(organizations.get(0).get("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(organizations.get(0).get("mentions").asLong()).isEqualTo(1);
        assertThat(json(get("/api/entities?since=1h"), 200).get("entities")).isEmpty();
    }

    @Test
    void speakersRankedByQuotesInThePeriod() throws Exception {
        write(quoting(dated("jan-5", 5 * 24 * 60), "Rob Bauer", "person:rob-bauer"),
                quoting(dated("jan-8", 8 * 24 * 60), "Rob Bauer", "person:rob-bauer"),
                quoting(dated("jan-9", 9 * 24 * 60), "Bruno Kahl", null),
                quoting(dated("jan-10", 10 * 24 * 60), "bruno kahl", null));

        JsonNode speakers = json(get("/api/speakers"), 200).get("speakers");
        assertThat(speakers).hasSize(2);
        assertThat(speakers.get(0).get("quotes").asLong()).isEqualTo(2);
        assertThat(speakers.get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(List.of(speakers.get(0).get("name").asText(), speakers.get(1).get("name").asText()))
                .containsExactlyInAnyOrder("Rob Bauer", "Bruno Kahl");
        JsonNode recent = json(get("/api/speakers?since=2026-01-07&limit=1"), 200).get("speakers");
        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).get("name").asText()).isEqualToIgnoringCase("Bruno Kahl");
        assertThat(recent.get(0).get("entityId").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles?limit=0|limit must be between 1 and 200",
            "/api/articles?limit=201|limit must be between 1 and 200",
            "/api/articles?limit=ten|limit must be an integer",
            "/api/articles?limt=5|unknown parameter limt",
            "/api/articles?since=yesterday|since must be a date-time",
            "/api/articles?since=2026-01-02&until=2026-01-01|since must be before until",
            "/api/articles?cursor=bm9wZQ|cursor must be a nextCursor",
            "/api/articles/a1?limit=1|unknown parameter limit; expected none",
            "/api/quotes?speaker=&until=soon|until must be a date-time",
            "/api/entities?type=ANIMAL|type must be one of [PERSON, ORGANIZATION, LOCATION, MISC]",
            "/api/entities?type=person|type must be one of",
            "/api/speakers?q=x|unknown parameter q"})
    void answersABadParameterWithABadRequestSayingWhy(String pathAndError) throws Exception {
        String[] parts = pathAndError.split("\\|");

        assertThat(json(get(parts[0]), 400).get("error").asText()).startsWith(parts[1]);
    }

    @Test
    void refusesOverlongTextParameters() throws Exception {
        assertThat(json(get("/api/articles?q=" + "x".repeat(501)), 400).get("error").asText())
                .isEqualTo("q must be at most 500 characters");
    }

    @Test
    void aSearchThatLooksLikeSqlIsOnlyText() throws Exception {
        write(article("a1"));

        assertThat(ids("q=" + encode("x'); DROP TABLE articles; --"))).isEmpty();
        assertThat(ids("source=" + encode("' OR '1'='1"))).isEmpty();
        assertThat(db.count("articles")).isEqualTo(1);
    }

    @Test
    void servesItsOpenApiDescription() throws Exception {
        HttpResponse<String> response = get(QueryApi.OPENAPI_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        assertThat(response.body()).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.yaml")));
    }

    private void write(Article... articles) throws Exception {
        ArticleChange[] changes = new ArticleChange[articles.length];
        for (int i = 0; i < articles.length; i++) {
            changes[i] = ArticleChange.upsert(articles[i]);
        }
        store.write(TestBatches.batch(P0, offset.getAndAdd(articles.length), changes));
    }

    /** {@code article(id)} published {@code minutes} after the start of 2025-12-31, so that 1 day is January 1. */
    private static Article dated(String id, int minutes) {
        return article(id, OffsetDateTime.of(2025, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(minutes));
    }

    private static Article withSource(Article a, String source) {
        return new Article(a.id(), a.url(), a.canonicalUrl(), source, a.title(), a.authors(), a.publishedAt(),
                a.language(), a.body(), a.entities(), a.quotes(), a.enrichedAt(), a.extractorVersion());
    }

    private static Article withoutEntities(Article a) {
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.authors(), a.publishedAt(),
                a.language(), "Nothing to see here.", List.of(), List.of(), a.enrichedAt(), a.extractorVersion());
    }

    /** {@code a} whose first quote is by {@code speaker}, who is also named in its body. */
    private static Article quoting(Article a, String speaker, String entityId) {
        List<Entity> entities = new ArrayList<>(a.entities());
        if (entityId != null) {
            entities.add(new Entity(entityId, speaker, EntityType.PERSON, List.of(), List.of(new Mention(0, 1, "x"))));
        }
        Quote first = a.quotes().get(0);
        Quote byThem = new Quote(first.text(), first.start(), first.end(), QuoteKind.DIRECT, "said",
                new Speaker(speaker, entityId));
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.authors(), a.publishedAt(),
                a.language(), a.body() + " " + speaker, entities, List.of(byThem, a.quotes().get(1)), a.enrichedAt(),
                a.extractorVersion());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503ToRetry() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"127.0.0.1"});
        nowhere.setPortNumbers(new int[] {closedPort()});
        nowhere.setConnectTimeout(2);
        try (OpsHttpServer down = QueryApi.serve(OpsHttpServer.builder(0), nowhere, Clock.systemUTC()).start()) {
            for (String path : List.of("/api/articles", "/api/articles/x", "/api/quotes", "/api/entities",
                    "/api/speakers")) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + down.port() + path)).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(json(response, 503).get("error").asText())
                        .isEqualTo("The database is unavailable; retry later");
                openApi.check(URI.create(path), response);
            }
        }
    }

    /** A local port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private List<String> ids(String query) throws Exception {
        return ids(json(get("/api/articles?" + query), 200));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    /** GETs {@code pathAndQuery} and checks the answer against the OpenAPI description. */
    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        openApi.check(uri, response);
        return response;
    }
}
