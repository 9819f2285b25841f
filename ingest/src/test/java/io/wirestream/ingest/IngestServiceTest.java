package io.wirestream.ingest;

import static io.wirestream.ingest.TestHttpServer.html;
import static io.wirestream.ingest.TestHttpServer.redirect;
import static io.wirestream.ingest.TestHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.ops.Health;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service on a real broker, fetching from a local HTTP server. */
class IngestServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final TestHttpServer server = new TestHttpServer();
    private TestKafka kafka;

    @TempDir
    Path dir;

    @BeforeEach
    void startKafka() {
        kafka = TestInfrastructure.newKafka(); // one per test: news.feeds.v1 is shared by every group on it
    }

    @AfterEach
    void stop() {
        server.close();
        kafka.close();
    }

    @Test
    void publishesEachArticleOnceConditionallyAndResumesFromTheFeedState() throws Exception {
        AtomicReference<String> world = new AtomicReference<>(rss(
                item("a-1", "Summit ends", "/news/a.html?utm_source=rss&utm_medium=feed"),
                item("b-1", "Rates held", "/news/b.html"),
                item("gone-1", "Deleted story", "/news/gone.html"),
                item("mail-1", "Write to us", "mailto:desk@example.com"),
                item("pdf-1", "The report", "/files/report.pdf"),
                "<item><title>Live: the summit, minute by minute</title></item>"));
        AtomicInteger fullResponses = new AtomicInteger();
        server.route("/world.rss", versioned(world, fullResponses))
                .route("/broken.rss", respond(500, "text/plain", "database down"))
                .route("/news/a.html", html("<html><head><title>Summit</title></head><body>No deal.</body></html>"))
                .route("/news/b.html", redirect(301, "/articles/b.html"))
                .route("/articles/b.html", html("<html><body>Rates stay.</body></html>"))
                .route("/files/report.pdf", respond(200, "application/pdf", "%PDF-1.7"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# test feeds\n" + server.url("/world.rss") + "\n\n"
                + server.url("/broken.rss") + "\n");
        String idA = ArticleId.of(server.url("/news/a.html").toString());
        String idB = ArticleId.of(server.url("/articles/b.html").toString());
        String idGone = ArticleId.of(server.url("/news/gone.html").toString());
        String idMail = ArticleId.of("mailto:desk@example.com"); // no canonical form: the hash of the link
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        try (IngestService ingest = IngestService.start(config(feeds, "200ms"), kafka.settings(), metrics)) {
            await().atMost(WAIT).until(() -> rawPages().keySet().containsAll(List.of(idA, idB)));
            await().atMost(WAIT).until(() -> deadLetters().keySet().containsAll(List.of(idGone, idMail)));
            await().atMost(WAIT).until(() -> server.hits("/world.rss") >= 3 && states().containsKey(url("/world.rss"))
                    && states().get(url("/world.rss")).lastStatus() == 304);
            assertThat(ingest.health().check().up()).isTrue();
            assertThat(ingest.health().check().detail()).contains("2 feeds");
        }

        assertThat(fullResponses.get()).as("every poll after the first was answered 304").isEqualTo(1);
        RawPage a = rawPages().get(idA);
        assertThat(a.url()).isEqualTo(url("/news/a.html?utm_source=rss&utm_medium=feed"));
        assertThat(a.finalUrl()).isEqualTo(a.url());
        assertThat(a.feed()).isEqualTo(new FeedRef(url("/world.rss"), "Local News"));
        assertThat(a.item()).isEqualTo(new FeedItem("a-1", "Summit ends", "About Summit ends",
                "/news/a.html?utm_source=rss&utm_medium=feed", OffsetDateTime.parse("2025-06-10T14:30:00+02:00"),
                List.of("Jane Doe"), List.of("World")));
        assertThat(a.fetch().status()).isEqualTo(200);
        assertThat(a.fetch().charset()).isEqualTo("UTF-8");
        assertThat(a.html()).isEqualTo("<html><head><title>Summit</title></head><body>No deal.</body></html>");
        assertThat(rawPages().get(idB).finalUrl()).as("the id of a redirected link is that of where it led")
                .isEqualTo(url("/articles/b.html"));

        DeadLetter gone = deadLetters().get(idGone);
        assertThat(gone.stage()).isEqualTo("ingest");
        assertThat(gone.errorMessage()).contains("HTTP 404 from " + url("/news/gone.html"));
        JsonNode value = Json.mapper().readTree(Base64.getDecoder().decode(gone.value()));
        assertThat(value.path("feed").path("url").asText()).isEqualTo(url("/world.rss"));
        assertThat(value.path("item").path("guid").asText()).isEqualTo("gone-1");
        assertThat(deadLetters().get(idMail).errorMessage()).contains("Not an http or https URL: mailto:desk@example.com");

        FeedState worldState = states().get(url("/world.rss"));
        assertThat(worldState.etag()).isEqualTo("\"v1\"");
        assertThat(worldState.seen()).hasSize(5);
        assertThat(worldState.itemsPublished()).isEqualTo(2);
        assertThat(worldState.errorStreak()).isZero();
        FeedState brokenState = states().get(url("/broken.rss"));
        assertThat(brokenState.errorStreak()).isPositive();
        assertThat(brokenState.lastStatus()).isEqualTo(500);
        assertThat(brokenState.lastError()).contains("HTTP 500 from " + url("/broken.rss"));
        assertThat(brokenState.lastSuccessAt()).isNull();

        assertThat(server.hits("/news/a.html")).isEqualTo(1);
        assertThat(server.hits("/news/gone.html")).as("a failed page is not fetched again").isEqualTo(1);
        assertThat(metrics.counter("wirestream.ingest.items.published").count()).isEqualTo(2);
        assertThat(count(metrics, "wirestream.ingest.fetches", "kind", "page", "outcome", "http_status", "status", "4xx"))
                .isEqualTo(1);
        assertThat(count(metrics, "wirestream.ingest.fetches", "kind", "feed", "outcome", "ok", "status", "3xx"))
                .isPositive();
        assertThat(count(metrics, "wirestream.ingest.items.skipped", "reason", "not_html")).isEqualTo(1);
        assertThat(count(metrics, "wirestream.ingest.items.skipped", "reason", "no_link")).isEqualTo(1);

        // A restart resumes from the feed state: only the new item is fetched and published.
        world.set(rss(item("c-1", "New today", "/news/c.html"),
                item("a-1", "Summit ends", "/news/a.html?utm_source=newsletter"),
                item("b-1", "Rates held", "/news/b.html")));
        server.route("/news/c.html", html("<p>New</p>"));
        String idC = ArticleId.of(url("/news/c.html"));
        try (IngestService ingest = IngestService.start(config(feeds, "200ms"), kafka.settings(),
                new SimpleMeterRegistry())) {
            await().atMost(WAIT).until(() -> rawPages().containsKey(idC));
            assertThat(ingest.health().check().up()).isTrue();
        }
        Map<String, Long> published = TopicContents.read(kafka.settings(), Topics.RAW,
                        WirestreamSerdes.rawPage().deserializer()).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(published).containsOnly(Map.entry(idA, 1L), Map.entry(idB, 1L), Map.entry(idC, 1L));
        assertThat(server.hits("/news/a.html")).isEqualTo(1);
        assertThat(server.hits("/news/b.html")).isEqualTo(1);
    }

    @Test
    void aRestartDoesNotPollAFeedBeforeItIsDue() throws Exception {
        server.route("/daily.rss", respond(200, "application/rss+xml", rss(item("d-1", "Daily", "/news/d.html"))))
                .route("/news/d.html", html("<p>daily</p>"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), server.url("/daily.rss") + "\n");
        try (IngestService ingest = IngestService.start(config(feeds, "1h"), kafka.settings(), new SimpleMeterRegistry())) {
            await().atMost(WAIT).until(() -> states().containsKey(url("/daily.rss")));
        }

        try (IngestService ingest = IngestService.start(config(feeds, "1h"), kafka.settings(), new SimpleMeterRegistry())) {
            await().atMost(WAIT).until(() -> ingest.assignedFeeds().contains(url("/daily.rss")));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> server.hits("/daily.rss") == 1);
        }
        assertThat(server.hits("/news/d.html")).isEqualTo(1);
    }

    @Test
    void twoInstancesShareTheFeedsAndOneTakesOverWhenTheOtherDies() throws Exception {
        int feedCount = 300;
        for (int i = 0; i < feedCount; i++) {
            server.route("/feeds/" + i + ".xml", respond(200, "application/rss+xml",
                    rss(item(i + "-1", "Story " + i + " one", "/articles/" + i + "-1.html"),
                            item(i + "-2", "Story " + i + " two", "/articles/" + i + "-2.html"))));
            server.route("/articles/" + i + "-1.html", html("<p>one of " + i + "</p>"));
            server.route("/articles/" + i + "-2.html", html("<p>two of " + i + "</p>"));
        }
        Duration sessionTimeout = Duration.ofSeconds(6);
        var config = TestConfig.of(CoreConfig.KAFKA_TOPIC_PARTITIONS.name(), "6",
                IngestConfig.POLL_INTERVAL.name(), "1h", IngestConfig.POLL_INTERVAL_MIN.name(), "1h",
                IngestConfig.COMMIT_INTERVAL.name(), "200ms", IngestConfig.HOST_CONCURRENCY.name(), "8",
                IngestConfig.FETCH_CONCURRENCY.name(), "8",
                IngestConfig.SESSION_TIMEOUT.name(), sessionTimeout.toSeconds() + "s");
        IngestService first = IngestService.start(config, kafka.settings(), new SimpleMeterRegistry());
        try (IngestService second = IngestService.start(config, kafka.settings(), new SimpleMeterRegistry())) {
            await().atMost(WAIT).until(() -> first.health().check().detail().matches("3 partitions.*")
                    && second.health().check().detail().matches("3 partitions.*"));
            new FeedCatalog(kafka.settings()).add(IntStream.range(0, feedCount)
                    .mapToObj(i -> FeedSettings.of(url("/feeds/" + i + ".xml"), null)).toList());

            await().atMost(WAIT).until(() -> rawPages().size() == 2 * feedCount);
            assertThat(first.assignedFeeds()).doesNotContainAnyElementsOf(second.assignedFeeds());
            assertThat(first.assignedFeeds().size() + second.assignedFeeds().size()).isEqualTo(feedCount);
            assertThat(first.assignedFeeds()).isNotEmpty();
            assertThat(IntStream.range(0, feedCount).map(i -> server.hits("/feeds/" + i + ".xml")).boxed().toList())
                    .as("every feed polled by exactly one instance").containsOnly(1);

            long halted = System.nanoTime();
            first.halt();
            await().atMost(WAIT).until(() -> second.assignedFeeds().size() == feedCount);
            Duration takeover = Duration.ofNanos(System.nanoTime() - halted);
            assertThat(takeover).as("taken over %s after the first died", takeover)
                    .isLessThan(sessionTimeout.plusSeconds(10));
            assertThat(second.health().check().detail()).startsWith("6 partitions");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .until(() -> IntStream.range(0, feedCount).allMatch(i -> server.hits("/feeds/" + i + ".xml") == 1));
        } finally {
            first.close();
        }
        List<ConsumerRecord<String, RawPage>> pages = TopicContents.read(kafka.settings(), Topics.RAW,
                WirestreamSerdes.rawPage().deserializer());
        assertThat(pages).as("no article published twice").hasSize(2 * feedCount);
        assertThat(pages.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(2L * feedCount);
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

        IngestService ingest = IngestService.start(TestConfig.of(IngestConfig.FEEDS_FILE.name(), feeds.toString(),
                IngestConfig.HTTP_REQUEST_TIMEOUT.name(), "2m", IngestConfig.HTTP_FIRST_BYTE_TIMEOUT.name(), "2m"),
                kafka.settings(), new SimpleMeterRegistry());
        await().atMost(WAIT).until(() -> server.hits("/news/slow.html") == 1);
        long began = System.nanoTime();
        ingest.close();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
        assertThat(ingest.health().check()).isEqualTo(Health.down("Stopped"));
        assertThat(deadLetters()).doesNotContainKey(ArticleId.of(url("/news/slow.html")));
        assertThat(states()).as("an interrupted poll writes nothing").doesNotContainKey(url("/slow.rss"));
    }

    @Test
    void aMissingFeedsFileStopsTheStartNamingTheKey() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> IngestService.start(config(missing, "5m"), kafka.settings(), new SimpleMeterRegistry()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.feeds.file = '" + missing + "': cannot read it");
    }

    private static io.wirestream.core.config.WirestreamConfig config(Path feeds, String interval) {
        return TestConfig.of(IngestConfig.FEEDS_FILE.name(), feeds.toString(), IngestConfig.POLL_INTERVAL.name(),
                interval, IngestConfig.POLL_INTERVAL_MIN.name(), interval, IngestConfig.POLL_INTERVAL_MAX.name(),
                interval.equals("1h") ? "1h" : "1s", IngestConfig.FEED_BACKOFF_MAX.name(), "1s",
                IngestConfig.COMMIT_INTERVAL.name(), "100ms", IngestConfig.SESSION_TIMEOUT.name(), "6s");
    }

    /** Serves the feed in {@code body} with ETag "v1", answering 304 to a request that holds it. */
    private static HttpHandler versioned(AtomicReference<String> body, AtomicInteger fullResponses) {
        AtomicReference<String> served = new AtomicReference<>();
        return exchange -> {
            String current = body.get();
            String etag = current.equals(served.get()) || served.get() == null ? "\"v1\"" : "\"v2\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            served.set(current);
            fullResponses.incrementAndGet();
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
            TestHttpServer.send(exchange, 200, current.getBytes(StandardCharsets.UTF_8));
        };
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private Map<String, RawPage> rawPages() {
        return TopicContents.read(kafka.settings(), Topics.RAW, WirestreamSerdes.rawPage().deserializer()).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, second) -> first));
    }

    private Map<String, DeadLetter> deadLetters() {
        return TopicContents.read(kafka.settings(), Topics.DLQ, WirestreamSerdes.deadLetter().deserializer()).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, second) -> first));
    }

    private Map<String, FeedState> states() {
        return TopicContents.read(kafka.settings(), Topics.FEED_STATE, WirestreamSerdes.feedState().deserializer())
                .stream().filter(r -> r.value() != null)
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, second) -> second));
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
