package io.wirestream.ingest;

import static io.wirestream.ingest.TestHttpServer.html;
import static io.wirestream.ingest.TestHttpServer.redirect;
import static io.wirestream.ingest.TestHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import io.wirestream.ingest.http.HttpFetcher;
import io.wirestream.ingest.http.HttpSettings;
import io.wirestream.ingest.http.RobotsRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    private final TestHttpServer server = new TestHttpServer();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final HttpFetcher http = new HttpFetcher(HttpSettings.from(TestConfig.of(
            IngestConfig.HTTP_REQUEST_TIMEOUT.name(), "1s", IngestConfig.HTTP_MAX_BYTES.name(), "64KiB",
            IngestConfig.HTTP_MAX_REDIRECTS.name(), "3", IngestConfig.HTTP_USER_AGENT.name(), "wirestream-test/1.0",
            IngestConfig.HTTP_RETRY_ATTEMPTS.name(), "1")), metrics);
    private final PageFetcher fetcher = new PageFetcher(http,
            new RobotsRules(http, Duration.ofHours(1), Duration.ofMinutes(1), metrics),
            Set.of("text/html", "application/xhtml+xml"));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void decodesAPageWithTheCharsetOfItsContentType() throws Exception {
        byte[] body = "<html><body>Café crème</body></html>".getBytes(StandardCharsets.ISO_8859_1);
        AtomicReference<String> userAgent = new AtomicReference<>();
        server.route("/latin1", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=ISO-8859-1");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 10 Jun 2025 04:00:00 GMT");
            TestHttpServer.send(exchange, 200, body);
        });

        FetchedPage page = fetcher.fetch(server.url("/latin1"));

        assertThat(page.html()).isEqualTo("<html><body>Café crème</body></html>");
        assertThat(page.finalUrl()).isEqualTo(server.url("/latin1"));
        assertThat(page.fetch().status()).isEqualTo(200);
        assertThat(page.fetch().contentType()).isEqualTo("text/html; charset=ISO-8859-1");
        assertThat(page.fetch().charset()).isEqualTo("ISO-8859-1");
        assertThat(page.fetch().etag()).isEqualTo("\"v1\"");
        assertThat(page.fetch().lastModified()).isEqualTo("Tue, 10 Jun 2025 04:00:00 GMT");
        assertThat(page.fetch().bytes()).isEqualTo(body.length);
        assertThat(page.fetch().fetchedAt()).isNotNull();
        assertThat(userAgent.get()).isEqualTo("wirestream-test/1.0");
    }

    @Test
    void takesTheCharsetFromAMetaTagWhenTheHeaderHasNone() throws Exception {
        Charset windows1252 = Charset.forName("windows-1252");
        server.route("/meta", respond(200, "text/html",
                "<html><head><meta charset=\"windows-1252\"></head><body>5 €</body></html>".getBytes(windows1252)));
        server.route("/http-equiv", respond(200, "text/html",
                ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                        + "</head><body>5 €</body></html>").getBytes(windows1252)));

        for (String path : new String[] {"/meta", "/http-equiv"}) {
            FetchedPage page = fetcher.fetch(server.url(path));
            assertThat(page.html()).contains("5 €");
            assertThat(page.fetch().charset()).isEqualTo("windows-1252");
        }
    }

    @Test
    void decodesAsUtf8WhenNothingDeclaresACharset() throws Exception {
        server.route("/plain", respond(200, "text/html", "<p>Zürich – naïve</p>"));

        FetchedPage page = fetcher.fetch(server.url("/plain"));

        assertThat(page.html()).isEqualTo("<p>Zürich – naïve</p>");
        assertThat(page.fetch().charset()).isEqualTo("UTF-8");
    }

    @Test
    void followsEachRedirectOfAChainUpToTheLimit() throws Exception {
        server.route("/r1", redirect(301, "/r2"))
                .route("/r2", redirect(302, server.url("/r3").toString()))
                .route("/r3", redirect(307, "page"))
                .route("/page", html("<p>here</p>"));

        FetchedPage page = fetcher.fetch(server.url("/r1"));

        assertThat(page.finalUrl()).isEqualTo(server.url("/page"));
        assertThat(page.html()).isEqualTo("<p>here</p>");
        assertThat(server.hits("/r1") + server.hits("/r2") + server.hits("/r3") + server.hits("/page")).isEqualTo(4);
    }

    @Test
    void stopsAtARedirectLoop() {
        server.route("/a", redirect(302, "/b")).route("/b", redirect(302, "/a"));

        assertFails(() -> fetcher.fetch(server.url("/a")), FetchFailure.REDIRECTS, "loop");
        assertThat(server.hits("/a")).isEqualTo(1);
    }

    @Test
    void stopsAfterTooManyRedirects() {
        server.route("/h1", redirect(301, "/h2")).route("/h2", redirect(301, "/h3"))
                .route("/h3", redirect(301, "/h4")).route("/h4", redirect(301, "/page"))
                .route("/page", html("<p>too far</p>"));

        assertFails(() -> fetcher.fetch(server.url("/h1")), FetchFailure.REDIRECTS, "More than 3 redirects");
        assertThat(server.hits("/page")).isZero();
    }

    @Test
    void refusesARedirectAwayFromHttp() {
        server.route("/sneaky", redirect(302, "file:///etc/passwd"));

        assertFails(() -> fetcher.fetch(server.url("/sneaky")), FetchFailure.REDIRECTS, "not an http or https URL");
    }

    @Test
    void abandonsAStreamedBodyAsSoonAsItPassesTheCap() {
        server.route("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length to check up front
            byte[] chunk = new byte[8192];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) { // ~800 MB, unless the client hangs up
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected
            }
        });

        assertFails(() -> fetcher.fetch(server.url("/endless")), FetchFailure.TOO_LARGE, "larger than 65536 bytes");
    }

    @Test
    void refusesADeclaredLengthOverTheCap() {
        server.route("/big", respond(200, "text/html", new byte[MAX_BYTES + 1]));

        assertFails(() -> fetcher.fetch(server.url("/big")), FetchFailure.TOO_LARGE, "larger than 65536 bytes");
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        server.route("/slow", exchange -> {
            sleep(Duration.ofSeconds(10));
            TestHttpServer.send(exchange, 200, "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });

        long began = System.nanoTime();
        assertFails(() -> fetcher.fetch(server.url("/slow")), FetchFailure.TIMEOUT, "within PT1S");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(REQUEST_TIMEOUT.multipliedBy(3));
    }

    @Test
    void givesUpOnABodyThatStopsArriving() {
        server.route("/stall", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("<p>the start".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(Duration.ofSeconds(10));
        });

        long began = System.nanoTime();
        assertFails(() -> fetcher.fetch(server.url("/stall")), FetchFailure.TIMEOUT, "within PT1S");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(REQUEST_TIMEOUT.multipliedBy(3));
    }

    @Test
    void refusesWhatIsNotHtml() {
        server.route("/report.pdf", respond(200, "application/pdf", "%PDF-1.7"));

        assertFails(() -> fetcher.fetch(server.url("/report.pdf")), FetchFailure.NOT_HTML, "'application/pdf'");
    }

    @Test
    void decodesGzipAndDeflateBodies() throws Exception {
        String html = "<html><body>" + "compressed news ".repeat(500) + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        server.route("/gzip", encoded("gzip", gzip(bytes)));
        server.route("/deflate", encoded("deflate", deflate(bytes, false)));
        server.route("/raw-deflate", encoded("deflate", deflate(bytes, true)));

        for (String path : new String[] {"/gzip", "/deflate", "/raw-deflate"}) {
            FetchedPage page = fetcher.fetch(server.url(path));
            assertThat(page.html()).isEqualTo(html);
            assertThat(page.fetch().bytes()).isEqualTo(bytes.length);
        }
    }

    @Test
    void refusesACompressedBodyThatInflatesPastTheCap() throws Exception {
        server.route("/bomb", encoded("gzip", gzip(new byte[MAX_BYTES * 10])));

        assertFails(() -> fetcher.fetch(server.url("/bomb")), FetchFailure.TOO_LARGE, "larger than 65536 bytes");
    }

    @Test
    void reportsAnErrorStatus() {
        assertFails(() -> fetcher.fetch(server.url("/missing")), FetchFailure.HTTP_STATUS,
                "HTTP 404 from " + server.url("/missing"));
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        // The robots.txt is the first thing the page needs, and it cannot be fetched either.
        assertFails(() -> fetcher.fetch(closed), FetchFailure.ROBOTS_UNREACHABLE, "Cannot fetch " + closed + "robots.txt");
    }

    @Test
    void obeysRobotsTxtForEveryUrlOfTheChain() throws Exception {
        server.route("/robots.txt", respond(200, "text/plain", "User-agent: *\nDisallow: /private/\n\n"
                        + "User-agent: wirestream-test\nDisallow: /members/\n"))
                .route("/members/story", html("<p>members only</p>"))
                .route("/open", redirect(302, "/members/other-story"))
                .route("/private/story", html("<p>private</p>"));

        assertFails(() -> fetcher.fetch(server.url("/members/story")), FetchFailure.ROBOTS_DENIED,
                "disallows " + server.url("/members/story") + " for 'wirestream-test'");
        assertFails(() -> fetcher.fetch(server.url("/open")), FetchFailure.ROBOTS_DENIED, "/members/other-story");
        // The group for wirestream-test replaces the * group (RFC 9309): /private/ is open to it.
        assertThat(fetcher.fetch(server.url("/private/story")).html()).isEqualTo("<p>private</p>");
        assertThat(server.hits("/members/story")).isZero();
        assertThat(server.hits("/robots.txt")).as("robots.txt is fetched once and cached").isEqualTo(1);
        assertThat(metrics.counter("wirestream.ingest.robots.denials").count()).isEqualTo(2);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        server.route("/robots.txt", respond(404, "text/plain", "not here")).route("/story", html("<p>story</p>"));

        assertThat(fetcher.fetch(server.url("/story")).html()).isEqualTo("<p>story</p>");
    }

    @Test
    void aRobotsTxtThatFailsDisallowsEverythingForAWhile() {
        server.route("/robots.txt", respond(503, "text/plain", "overloaded")).route("/story", html("<p>story</p>"));

        assertFails(() -> fetcher.fetch(server.url("/story")), FetchFailure.ROBOTS_UNREACHABLE, "HTTP 503");
        assertFails(() -> fetcher.fetch(server.url("/story")), FetchFailure.ROBOTS_UNREACHABLE, "HTTP 503");
        assertThat(server.hits("/story")).isZero();
        assertThat(server.hits("/robots.txt")).as("the failure is cached too").isEqualTo(1);
    }

    @Test
    void keepsTheCanonicalLinkOfThePageWhenItStaysOnItsSite() throws Exception {
        server.route("/amp/story", html("<html amp><head><link rel=\"canonical\" href=\"/news/story\"></head>"
                        + "<body>AMP</body></html>"))
                .route("/syndicated", html("<html><head><link rel=\"canonical\" "
                        + "href=\"https://other-site.example/story\"></head><body>copy</body></html>"));

        FetchedPage amp = fetcher.fetch(server.url("/amp/story?utm_source=amp"));
        assertThat(amp.canonical()).isEqualTo(server.url("/news/story"));
        assertThat(amp.articleUrl()).isEqualTo(server.url("/news/story"));
        FetchedPage copy = fetcher.fetch(server.url("/syndicated"));
        assertThat(copy.canonical()).as("another site cannot claim the article").isNull();
        assertThat(copy.articleUrl()).isEqualTo(server.url("/syndicated"));
    }

    @Test
    void detectsTheCharsetOfAPageThatDeclaresNone() throws Exception {
        server.route("/legacy", respond(200, "text/html",
                "<html><body>Déjà vu à la française: élève, garçon, où</body></html>".getBytes(StandardCharsets.ISO_8859_1)));

        FetchedPage page = fetcher.fetch(server.url("/legacy"));

        assertThat(page.html()).contains("Déjà vu à la française");
    }

    private static void assertFails(ThrowingCallable fetch, FetchFailure failure, String message) {
        assertThatThrownBy(fetch).isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.failure()).isEqualTo(failure);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static HttpHandler encoded(String encoding, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            TestHttpServer.send(exchange, 200, body);
        };
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** A zlib stream, as HTTP's "deflate" says, or the bare deflate stream some servers send instead. */
    private static byte[] deflate(byte[] bytes, boolean bare) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, bare);
        try (OutputStream deflate = new DeflaterOutputStream(out, deflater)) {
            deflate.write(bytes);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
    }
}
