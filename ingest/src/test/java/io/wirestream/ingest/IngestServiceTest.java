package io.wirestream.ingest;

import static io.wirestream.ingest.TestHttpServer.html;
import static io.wirestream.ingest.TestHttpServer.redirect;
import static io.wirestream.ingest.TestHttpServer.respond;
import static io.wirestream.ingest.TopicContents.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.ops.Health;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.Json;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service on a real broker, fetching from a local HTTP server. */
class IngestServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static TestKafka kafka;

    private final TestHttpServer server = new TestHttpServer();

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = TestInfrastructure.newKafka();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void publishesEachArticleOnceAcrossRestartsAndDeadLettersPagesThatFail() throws Exception {
        server.route("/world.rss", respond(200, "application/rss+xml; charset=UTF-8", rss(
                item("a-1", "Summit ends", "/news/a.html?utm_source=rss&utm_medium=feed"),
                item("b-1", "Rates held", "/news/b.html"),
                item("gone-1", "Deleted story", "/news/gone.html"),
                item("mail-1", "Write to us", "mailto:desk@example.com"),
                "<item><title>Live: the summit, minute by minute</title></item>")))
                .route("/broken.rss", respond(500, "text/plain", "database down"))
                .route("/news/a.html", html("<html><head><title>Summit</title></head><body>No deal.</body></html>"))
                .route("/news/b.html", redirect(301, "/articles/b.html"))
                .route("/articles/b.html", html("<html><body>Rates stay.</body></html>"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# test feeds\n" + server.url("/world.rss") + "\n\n"
                + server.url("/broken.rss") + "\n");
        String idA = ArticleId.of(server.url("/news/a.html").toString());
        String idB = ArticleId.of(server.url("/news/b.html").toString());
        String idGone = ArticleId.of(server.url("/news/gone.html").toString());
        String idMail = ArticleId.of("mailto:desk@example.com"); // no canonical form: the hash of the link
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        try (IngestService ingest = IngestService.start(config(feeds, "300ms"), kafka.settings(), metrics)) {
            await("both pages are published", WAIT, () -> rawPages().keySet().containsAll(List.of(idA, idB)));
            await("the missing page and the mail link are dead-lettered", WAIT,
                    () -> deadLetters().keySet().containsAll(List.of(idGone, idMail)));
            // A third cycle has begun only after the second ended: that one must have skipped everything.
            await("a third poll cycle", WAIT, () -> server.hits("/world.rss") >= 3);
            assertThat(ingest.health().check()).satisfies(health -> {
                assertThat(health.up()).isTrue();
                assertThat(health.detail()).contains("1 of 2 feeds read");
            });
        }

        RawPage a = rawPages().get(idA);
        assertThat(a.id()).isEqualTo(idA);
        assertThat(a.url()).isEqualTo(server.url("/news/a.html?utm_source=rss&utm_medium=feed").toString());
        assertThat(a.finalUrl()).isEqualTo(a.url());
        assertThat(a.feed()).isEqualTo(new FeedRef(server.url("/world.rss").toString(), "Local News"));
        assertThat(a.item()).isEqualTo(new FeedItem("a-1", "Summit ends", "About Summit ends",
                "/news/a.html?utm_source=rss&utm_medium=feed", OffsetDateTime.parse("2025-06-10T12:30:00Z"),
                List.of("Jane Doe"), List.of("World")));
        assertThat(a.fetch().status()).isEqualTo(200);
        assertThat(a.fetch().contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(a.fetch().charset()).isEqualTo("UTF-8");
        assertThat(a.fetch().bytes()).isEqualTo(a.html().getBytes(StandardCharsets.UTF_8).length);
        assertThat(a.html()).isEqualTo("<html><head><title>Summit</title></head><body>No deal.</body></html>");
        assertThat(rawPages().get(idB).finalUrl()).isEqualTo(server.url("/articles/b.html").toString());

        DeadLetter gone = deadLetters().get(idGone);
        assertThat(gone.stage()).isEqualTo("ingest");
        assertThat(gone.errorClass()).isEqualTo(FetchException.class.getName());
        assertThat(gone.errorMessage()).contains("HTTP 404 from " + server.url("/news/gone.html"));
        assertThat(gone.source()).isNull();
        assertThat(new String(Base64.getDecoder().decode(gone.key()), StandardCharsets.UTF_8)).isEqualTo(idGone);
        JsonNode value = Json.mapper().readTree(Base64.getDecoder().decode(gone.value()));
        assertThat(value.path("url").asText()).isEqualTo(server.url("/news/gone.html").toString());
        assertThat(value.path("feed").path("url").asText()).isEqualTo(server.url("/world.rss").toString());
        assertThat(value.path("item").path("guid").asText()).isEqualTo("gone-1");
        assertThat(deadLetters().get(idMail).errorMessage()).isEqualTo("Not an http or https URL: mailto:desk@example.com");

        assertThat(server.hits("/news/a.html")).isEqualTo(1);
        assertThat(server.hits("/news/gone.html")).as("a failed page is not fetched again in the same run").isEqualTo(1);
        assertThat(metrics.counter("wirestream.ingest.items.published").count()).isEqualTo(2);
        assertThat(count(metrics, "wirestream.ingest.fetches", "kind", "page", "outcome", "http_status")).isEqualTo(1);
        assertThat(count(metrics, "wirestream.ingest.fetches", "kind", "feed", "outcome", "http_status")).isGreaterThan(1);
        assertThat(count(metrics, "wirestream.ingest.items.skipped", "reason", "duplicate")).isGreaterThanOrEqualTo(2);
        assertThat(count(metrics, "wirestream.ingest.items.skipped", "reason", "dead_lettered")).isGreaterThanOrEqualTo(2);
        assertThat(count(metrics, "wirestream.ingest.items.skipped", "reason", "no_link")).isGreaterThanOrEqualTo(2);
        assertThat(metrics.find("wirestream.ingest.fetch.latency").tag("kind", "page").timer().count()).isEqualTo(4);

        // A restart knows what was published: only the new item is.
        server.route("/world.rss", respond(200, "application/rss+xml", rss(
                item("c-1", "New today", "/news/c.html"),
                item("a-1", "Summit ends", "/news/a.html?utm_source=newsletter"),
                item("b-1", "Rates held", "/news/b.html"))))
                .route("/news/c.html", html("<p>New</p>"));
        String idC = ArticleId.of(server.url("/news/c.html").toString());
        try (IngestService ingest = IngestService.start(config(feeds, "5m"), kafka.settings(), new SimpleMeterRegistry())) {
            await("the first poll cycle after the restart", WAIT, () -> ingest.health().check().up());
        }
        Map<String, Long> published = TopicContents.read(kafka.settings(), Topics.RAW,
                        WirestreamSerdes.rawPage().deserializer()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(published).containsEntry(idA, 1L).containsEntry(idB, 1L).containsEntry(idC, 1L);
        assertThat(server.hits("/news/a.html")).isEqualTo(1);
    }

    @Test
    void closeInterruptsAFetchInFlight() throws Exception {
        server.route("/slow.rss", respond(200, "application/rss+xml", rss(item("s-1", "Slow", "/news/slow.html"))))
                .route("/news/slow.html", exchange -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the server is stopping
                    }
                });
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.url("/slow.rss") + "\n");
        Map<String, String> overrides = Map.of(IngestConfig.FEEDS_FILE.name(), feeds.toString(),
                IngestConfig.HTTP_REQUEST_TIMEOUT.name(), "2m");

        IngestService ingest = IngestService.start(WirestreamConfig.resolve(
                List.of(CoreConfig.GROUP, IngestConfig.GROUP), Map.of(), overrides), kafka.settings(),
                new SimpleMeterRegistry());
        await("the page fetch is in flight", WAIT, () -> server.hits("/news/slow.html") == 1);
        long began = System.nanoTime();
        ingest.close();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
        assertThat(ingest.health().check()).isEqualTo(Health.down("Stopped"));
        assertThat(deadLetters()).doesNotContainKey(ArticleId.of(server.url("/news/slow.html").toString()));
    }

    @Test
    void aMissingFeedsFileStopsTheStartNamingTheKey() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> IngestService.start(config(missing, "5m"), kafka.settings(), new SimpleMeterRegistry()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.feeds.file = '" + missing + "': cannot read it");
    }

    private static WirestreamConfig config(Path feeds, String pollInterval) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put(IngestConfig.FEEDS_FILE.name(), feeds.toString());
        overrides.put(IngestConfig.POLL_INTERVAL.name(), pollInterval);
        overrides.put(IngestConfig.HTTP_REQUEST_TIMEOUT.name(), "5s");
        return WirestreamConfig.resolve(List.of(CoreConfig.GROUP, IngestConfig.GROUP), Map.of(), overrides);
    }

    private static Map<String, RawPage> rawPages() {
        return TopicContents.read(kafka.settings(), Topics.RAW, WirestreamSerdes.rawPage().deserializer()).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, second) -> first));
    }

    private static Map<String, DeadLetter> deadLetters() {
        return TopicContents.read(kafka.settings(), Topics.DLQ, WirestreamSerdes.deadLetter().deserializer()).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, second) -> first));
    }

    private static double count(MeterRegistry metrics, String name, String... tags) {
        var counter = metrics.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Local News</title>
                    <link>http://127.0.0.1/</link>
                    <description>Served by the test</description>
                    %s
                  </channel>
                </rss>
                """.formatted(String.join("\n", items));
    }

    private static String item(String guid, String title, String link) {
        return """
                <item>
                  <guid isPermaLink="false">%s</guid>
                  <title>%s</title>
                  <link>%s</link>
                  <description>About %s</description>
                  <pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate>
                  <dc:creator>Jane Doe</dc:creator>
                  <category>World</category>
                </item>
                """.formatted(guid, title, link.replace("&", "&amp;"), title);
    }
}
