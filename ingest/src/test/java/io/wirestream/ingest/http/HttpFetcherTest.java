package io.wirestream.ingest.http;

import static io.wirestream.ingest.TestHttpServer.redirect;
import static io.wirestream.ingest.TestHttpServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.TestConfig;
import io.wirestream.ingest.TestHttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional requests, retries, Retry-After, SSRF refusals and politeness, against a local server. */
class HttpFetcherTest {

    private final TestHttpServer server = new TestHttpServer();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpFetcher fetcher(String... settings) {
        return new HttpFetcher(HttpSettings.from(TestConfig.of(settings)), metrics);
    }

    @Test
    void sendsTheValidatorsHeldAndReturnsA304WithoutABody() throws Exception {
        Map<String, String> received = new ConcurrentHashMap<>();
        server.route("/feed", exchange -> {
            received.put("etag", String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            received.put("since", String.valueOf(exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            exchange.getResponseHeaders().set("ETag", "\"v2\"");
            exchange.sendResponseHeaders(304, -1);
        });

        HttpDocument document = fetcher().get(FetchRequest.of(server.url("/feed"), "*/*")
                .conditional("\"v1\"", "Tue, 10 Jun 2025 04:00:00 GMT"));

        assertThat(document.notModified()).isTrue();
        assertThat(document.body()).isEmpty();
        assertThat(document.header("ETag")).contains("\"v2\"");
        assertThat(received).containsEntry("etag", "\"v1\"").containsEntry("since", "Tue, 10 Jun 2025 04:00:00 GMT");
    }

    @Test
    void retriesA5xxWithBackoffUntilItWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", exchange -> {
            int call = calls.incrementAndGet();
            TestHttpServer.send(exchange, call < 3 ? 502 : 200, ("call " + call).getBytes(StandardCharsets.UTF_8));
        });

        HttpDocument document = fetcher(IngestConfig.HTTP_RETRY_ATTEMPTS.name(), "3").get(server.url("/flaky"), "*/*");

        assertThat(new String(document.body(), StandardCharsets.UTF_8)).isEqualTo("call 3");
        assertThat(metrics.counter("wirestream.ingest.retries", "reason", "5xx").count()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        server.route("/down", respond(500, "text/plain", "down"));

        assertFails(() -> fetcher(IngestConfig.HTTP_RETRY_ATTEMPTS.name(), "3").get(server.url("/down"), "*/*"),
                FetchFailure.HTTP_STATUS, "HTTP 500 from " + server.url("/down"));
        assertThat(server.hits("/down")).isEqualTo(3);
    }

    @Test
    void neverRetriesAClientError() {
        server.route("/gone", respond(410, "text/plain", "gone"));

        assertFails(() -> fetcher(IngestConfig.HTTP_RETRY_ATTEMPTS.name(), "5").get(server.url("/gone"), "*/*"),
                FetchFailure.HTTP_STATUS, "HTTP 410");
        assertThat(server.hits("/gone")).isEqualTo(1);
    }

    @Test
    void retriesATimeout() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/slow-once", exchange -> {
            if (calls.incrementAndGet() == 1) {
                sleep(Duration.ofSeconds(5));
            }
            TestHttpServer.send(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8));
        });

        HttpDocument document = fetcher(IngestConfig.HTTP_FIRST_BYTE_TIMEOUT.name(), "300ms")
                .get(server.url("/slow-once"), "*/*");

        assertThat(document.body()).isEqualTo("ok".getBytes(StandardCharsets.UTF_8));
        assertThat(metrics.counter("wirestream.ingest.retries", "reason", "timeout").count()).isEqualTo(1);
    }

    @Test
    void waitsAsLongAsA429AsksInItsRetryAfter() throws Exception {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        server.route("/busy", exchange -> {
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                TestHttpServer.send(exchange, 429, "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestHttpServer.send(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8));
            }
        });

        fetcher().get(server.url("/busy"), "*/*");

        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitFailsAtOnceAndHoldsTheHostBack() {
        server.route("/maintenance", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            TestHttpServer.send(exchange, 503, "back in an hour".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher fetcher = fetcher();

        assertThatThrownBy(() -> fetcher.get(server.url("/maintenance"), "*/*"))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).contains(503);
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                    assertThat(e.getMessage()).contains("Retry-After: 3600s");
                });
        assertThat(server.hits("/maintenance")).isEqualTo(1);
    }

    @Test
    void refusesLoopbackAndPrivateAddressesByDefault() {
        HttpFetcher strict = fetcher(IngestConfig.HTTP_ALLOWED_ADDRESSES.name(), "");
        server.route("/admin", respond(200, "text/plain", "secrets"));

        assertFails(() -> strict.get(server.url("/admin"), "*/*"), FetchFailure.FORBIDDEN_ADDRESS,
                "127.0.0.1, which is not a public address");
        assertFails(() -> strict.get(URI.create("http://localhost:" + server.url("/").getPort() + "/admin"), "*/*"),
                FetchFailure.FORBIDDEN_ADDRESS, "not a public address");
        assertFails(() -> strict.get(URI.create("http://169.254.169.254/latest/meta-data/"), "*/*"),
                FetchFailure.FORBIDDEN_ADDRESS, "169.254.169.254");
        assertFails(() -> strict.get(URI.create("http://10.1.2.3/"), "*/*"), FetchFailure.FORBIDDEN_ADDRESS, "10.1.2.3");
        assertFails(() -> strict.get(URI.create("http://[::1]:1/"), "*/*"), FetchFailure.FORBIDDEN_ADDRESS, "not a public");
        assertThat(server.hits("/admin")).isZero();
        assertThat(metrics.counter("wirestream.ingest.ssrf.refusals").count()).isEqualTo(5);
    }

    @Test
    void checksEveryRedirectAgainstTheAllowList() {
        HttpFetcher fetcher = fetcher(IngestConfig.HTTP_ALLOWED_ADDRESSES.name(), "127.0.0.1/32");
        int port = server.url("/").getPort();
        server.route("/hop", redirect(302, "http://127.0.0.2:" + port + "/inside"))
                .route("/inside", respond(200, "text/plain", "internal"));

        assertFails(() -> fetcher.get(server.url("/hop"), "*/*"), FetchFailure.FORBIDDEN_ADDRESS, "127.0.0.2");
        assertThat(server.hits("/hop")).isEqualTo(1);
        assertThat(server.hits("/inside")).isZero();
    }

    @Test
    void refusesAnUnwantedTypeBeforeReadingItsBody() {
        server.route("/video", respond(200, "video/mp4", new byte[1 << 20]));

        assertFails(() -> fetcher().get(FetchRequest.of(server.url("/video"), "text/html")
                .wanting(type -> type.equals("text/html"))), FetchFailure.NOT_HTML, "'video/mp4'");
    }

    @Test
    void keepsToTheHostConcurrency() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        server.route("/a", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(Duration.ofMillis(100));
            inFlight.decrementAndGet();
            TestHttpServer.send(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8));
        });

        fetchAtOnce(fetcher(IngestConfig.HOST_CONCURRENCY.name(), "2", IngestConfig.HOST_MIN_DELAY.name(), "0ms"),
                server.url("/a"), 6);

        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    @Test
    void keepsTheMinimumDelayBetweenTheStartsOfRequestsToAHost() throws Exception {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        server.route("/a", exchange -> {
            arrivals.add(System.nanoTime());
            TestHttpServer.send(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8));
        });

        fetchAtOnce(fetcher(IngestConfig.HOST_CONCURRENCY.name(), "6", IngestConfig.HOST_MIN_DELAY.name(), "50ms"),
                server.url("/a"), 6);

        // Five gaps of 50 ms between the six starts. Arrival times at the server add the scheduling delays of a
        // busy machine to each start, so the span is allowed one gap less: without the delay it would be ~0.
        assertThat(Duration.ofNanos(Collections.max(arrivals) - Collections.min(arrivals)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    /** Fetches {@code url} {@code times} times from as many threads at once. */
    private static void fetchAtOnce(HttpFetcher fetcher, URI url, int times) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(times);
        try {
            List<Future<HttpDocument>> fetches = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                fetches.add(clients.submit(() -> fetcher.get(url, "*/*")));
            }
            for (Future<HttpDocument> fetch : fetches) {
                fetch.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertFails(ThrowingCallable fetch, FetchFailure failure, String message) {
        assertThatThrownBy(fetch).isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.failure()).isEqualTo(failure);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
    }
}
