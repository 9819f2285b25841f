package io.wirestream.ingest.feed;

import static io.wirestream.ingest.TestHttpServer.redirect;
import static io.wirestream.ingest.TestHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.record.FeedItem;
import io.wirestream.ingest.TestConfig;
import io.wirestream.ingest.TestHttpServer;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import io.wirestream.ingest.http.HttpFetcher;
import io.wirestream.ingest.http.HttpSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling subscriptions over HTTP: conditional requests, sitemaps, robots.txt and home pages. */
class FeedReaderTest {

    private final TestHttpServer server = new TestHttpServer();
    private final FeedReader reader = new FeedReader(new HttpFetcher(HttpSettings.from(TestConfig.of()),
            new SimpleMeterRegistry()), 500, 2);

    @TempDir
    Path dir;

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aConditionalPollOfAnUnchangedFeedReadsNothing() throws Exception {
        server.route("/feed.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 10 Jun 2025 12:00:00 GMT");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=600");
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            TestHttpServer.send(exchange, 200, Corpus.bytes("rss2-wordpress.xml"));
        });

        FeedResponse first = reader.read(server.url("/feed.xml"), null, null, null);
        FeedResponse second = reader.read(server.url("/feed.xml"), first.etag(), first.lastModified(), first.contentHash());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.document()).get().extracting(d -> d.items().size()).isEqualTo(2);
        assertThat(first.cacheMaxAge()).contains(Duration.ofMinutes(10));
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.document()).isEmpty();
        assertThat(second.etag()).isEqualTo("\"v1\"");
        assertThat(second.lastModified()).isEqualTo("Tue, 10 Jun 2025 12:00:00 GMT");
        assertThat(second.contentHash()).isEqualTo(first.contentHash());
    }

    @Test
    void aFeedWithoutValidatorsWhoseBodyDidNotChangeIsNotReadAgain() throws Exception {
        server.route("/feed.xml", respond(200, "application/rss+xml", Corpus.bytes("rdf-rss10.xml")));

        FeedResponse first = reader.read(server.url("/feed.xml"), null, null, null);
        FeedResponse second = reader.read(server.url("/feed.xml"), null, null, first.contentHash());

        assertThat(first.document()).isPresent();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.document()).isEmpty();
    }

    @Test
    void relativeLinksResolveAgainstTheUrlAfterRedirects() throws Exception {
        server.route("/old-feed", redirect(301, "/feeds/current.xml"))
                .route("/feeds/current.xml", respond(200, "application/rss+xml", Corpus.bytes("broken-relative-links.xml")));

        FeedDocument feed = reader.read(server.url("/old-feed"), null, null, null).document().orElseThrow();

        assertThat(feed.ref().url()).isEqualTo(server.url("/old-feed").toString());
        assertThat(feed.base()).isEqualTo(server.url("/feeds/current.xml"));
    }

    @Test
    void aGoogleNewsSitemapIsReadNewestFirst() throws Exception {
        server.route("/news-sitemap.xml", respond(200, "application/xml", Corpus.bytes("news-sitemap.xml")));

        FeedDocument feed = reader.read(server.url("/news-sitemap.xml"), null, null, null).document().orElseThrow();

        assertThat(feed.items()).containsExactly(
                new FeedItem(null, "Cup final goes to penalties", null,
                        "https://metro-daily.example/sport/2025/06/10/cup-final",
                        OffsetDateTime.parse("2025-06-10T11:40:00+02:00"), List.of(), List.of(),
                        null, null, List.of()),
                new FeedItem(null, "Tram line opens to the airport", null,
                        "https://metro-daily.example/city/2025/06/10/tram-line-opens",
                        OffsetDateTime.parse("2025-06-10T09:15:00+02:00"), List.of(),
                        List.of("transport", "trams", "airport"),
                        OffsetDateTime.parse("2025-06-10T08:20:00Z"), "https://metro-daily.example/img/tram.jpg",
                        List.of()));
    }

    @Test
    void aSitemapIndexIsReadThroughItsNewestSitemaps() throws Exception {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/sitemaps/2025-06-08.xml</loc><lastmod>2025-06-08T23:00:00Z</lastmod></sitemap>
                  <sitemap><loc>%1$s/sitemaps/2025-06-10.xml</loc><lastmod>2025-06-10T23:00:00Z</lastmod></sitemap>
                  <sitemap><loc>%1$s/sitemaps/2025-06-09.xml</loc><lastmod>2025-06-09T23:00:00Z</lastmod></sitemap>
                </sitemapindex>
                """.formatted(base());
        server.route("/sitemap-index.xml", respond(200, "application/xml", index));
        for (String day : new String[] {"2025-06-08", "2025-06-09", "2025-06-10"}) {
            server.route("/sitemaps/" + day + ".xml", respond(200, "application/xml", urlset(base() + "/" + day + "/story")));
        }

        FeedDocument feed = reader.read(server.url("/sitemap-index.xml"), null, null, null).document().orElseThrow();

        assertThat(feed.items()).extracting(FeedItem::link)
                .containsExactlyInAnyOrder(base() + "/2025-06-10/story", base() + "/2025-06-09/story");
        assertThat(server.hits("/sitemaps/2025-06-08.xml")).as("beyond ingest.sitemap.max.children").isZero();
    }

    @Test
    void theSitemapLinesOfARobotsTxtAreRead() throws Exception {
        server.route("/robots.txt", respond(200, "text/plain", "User-agent: *\nDisallow: /admin/\n\nSitemap: "
                        + base() + "/news-sitemap.xml\n"))
                .route("/news-sitemap.xml", respond(200, "application/xml", Corpus.bytes("news-sitemap.xml")));

        FeedDocument feed = reader.read(server.url("/robots.txt"), null, null, null).document().orElseThrow();

        assertThat(feed.items()).hasSize(2);
    }

    @Test
    void aHomePageLeadsToTheFirstFeedItAnnounces() throws Exception {
        server.route("/", respond(200, "text/html; charset=utf-8", Corpus.bytes("homepage.html")))
                .route("/feed.xml", respond(200, "application/rss+xml", Corpus.bytes("rss2-wordpress.xml")))
                .route("/comments/feed.xml", respond(200, "application/rss+xml", Corpus.bytes("rdf-rss10.xml")));

        FeedDocument feed = reader.read(server.url("/"), null, null, null).document().orElseThrow();

        assertThat(feed.ref().url()).isEqualTo(server.url("/").toString());
        assertThat(feed.ref().title()).isEqualTo("The Harbour Gazette");
        assertThat(feed.base()).isEqualTo(server.url("/feed.xml"));
        assertThat(server.hits("/comments/feed.xml")).isZero();
    }

    @Test
    void aHomePageWithoutFeedsIsAClearError() {
        server.route("/", respond(200, "text/html", "<!doctype html><html><head><title>x</title></head></html>"));

        assertThatThrownBy(() -> reader.read(server.url("/"), null, null, null))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FetchFailure.INVALID_FEED);
                    assertThat(e.getMessage()).contains("announces no feed");
                });
    }

    @Test
    void aFeedServedAsHtmlIsStillReadAsAFeed() throws Exception {
        server.route("/misconfigured.xml", respond(200, "text/html", Corpus.bytes("atom10-blog.xml")));

        assertThat(reader.read(server.url("/misconfigured.xml"), null, null, null).document().orElseThrow().items())
                .hasSize(2);
    }

    @Test
    void readsLocalFiles() throws Exception {
        Path file = Files.write(dir.resolve("feed.json"), Corpus.bytes("jsonfeed11.json"));

        assertThat(reader.read(file.toUri(), null, null, null).document().orElseThrow().items()).hasSize(2);
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.xml").toUri(), null, null, null))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.failure()).isEqualTo(FetchFailure.NETWORK));
    }

    private String base() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static String urlset(String loc) {
        return "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + loc
                + "</loc><lastmod>2025-06-10T10:00:00Z</lastmod></url></urlset>";
    }
}
