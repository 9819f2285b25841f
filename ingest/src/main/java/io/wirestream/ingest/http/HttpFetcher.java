package io.wirestream.ingest.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs http and https URLs within the limits of {@link HttpSettings}: redirects followed one hop at a time
 * (each checked by the {@link AddressPolicy} and the request's hop check, counted and loop-detected), each
 * request waiting its host's turn at the {@link HostGate}, conditional requests, the body capped while it
 * arrives, gzip or deflate undone, and failures that may pass retried by the {@link RetryPolicy}.
 * Thread-safe; share one per service.
 *
 * <p>Meters: {@code wirestream.ingest.retries{reason}}, {@code wirestream.ingest.ssrf.refusals}.
 */
public final class HttpFetcher {

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    private final HttpSettings settings;
    private final HttpClient client;
    private final AddressPolicy addresses;
    private final HostGate hosts;
    private final MeterRegistry metrics;
    private final Counter ssrfRefusals;

    public HttpFetcher(HttpSettings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.addresses = new AddressPolicy(settings.allowedAddresses());
        this.hosts = new HostGate(settings.hostConcurrency(), settings.hostMinDelay(), metrics);
        this.metrics = metrics;
        this.ssrfRefusals = Counter.builder("wirestream.ingest.ssrf.refusals")
                .description("Fetches refused because the host resolves to a non-public address").register(metrics);
    }

    /** The limits this fetcher applies. */
    public HttpSettings settings() {
        return settings;
    }

    /** The politeness gate of every request. */
    public HostGate hosts() {
        return hosts;
    }

    /** Whether {@code url} is an absolute http or https URL with a host, the only kind this fetcher GETs. */
    public static boolean isHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /** Fetches {@code url} unconditionally, whatever its type. */
    public HttpDocument get(URI url, String accept) throws FetchException, InterruptedException {
        return get(FetchRequest.of(url, accept));
    }

    /**
     * Fetches what {@code request} asks for, retrying as the {@link RetryPolicy} allows.
     *
     * @return the document: status 2xx, or 304 when the request was conditional and nothing changed
     * @throws FetchException       when the fetch fails for good; a 429 or 503 whose Retry-After is too long
     *                              to wait for also defers the host's next request until then
     * @throws InterruptedException when the calling thread is interrupted; the exchange is then aborted
     */
    public HttpDocument get(FetchRequest request) throws FetchException, InterruptedException {
        if (!isHttp(request.url())) {
            throw new FetchException(FetchFailure.INVALID_URL, "Not an http or https URL: " + request.url());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(request);
            } catch (FetchException e) {
                Optional<Duration> delay = settings.retry().delayBefore(attempt + 1, e);
                if (delay.isEmpty()) {
                    e.retryAfter().ifPresent(wait -> hosts.deferBy(request.url().getHost(), wait));
                    throw e;
                }
                log.debug("Attempt {} at {} failed, next in {}: {}", attempt, request.url(), delay.get(), e.getMessage());
                Counter.builder("wirestream.ingest.retries").tag("reason", e.status().map(s -> s / 100 + "xx")
                                .orElse(e.failure().tag()))
                        .description("Fetches tried again").register(metrics).increment();
                Thread.sleep(delay.get().toMillis());
            }
        }
    }

    private HttpDocument attempt(FetchRequest request) throws FetchException, InterruptedException {
        URI url = request.url();
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        while (true) {
            visited.add(current);
            request.hopCheck().check(current);
            checkAddress(current);
            HttpResponse<byte[]> response;
            long waitBegan = System.nanoTime();
            try (HostGate.Permit turn = hosts.acquire(current.getHost())) {
                deadline += System.nanoTime() - waitBegan; // waiting for the host's turn is not the server's time
                response = send(current, request, deadline);
            }
            int status = response.statusCode();
            if (status == 304 && (request.etag() != null || request.lastModified() != null)) {
                return new HttpDocument(current, status, response.headers(), new byte[0]);
            }
            if (!REDIRECT_STATUSES.contains(status)) {
                if (status / 100 != 2) {
                    throw statusFailure(url, current, response);
                }
                byte[] body = ContentDecoder.decode(response.body(),
                        response.headers().firstValue("Content-Encoding").orElse(null), settings.maxBytes(),
                        current.toString());
                return new HttpDocument(current, status, response.headers(), body);
            }
            URI next = redirectTarget(current, response);
            if (visited.contains(next)) {
                throw new FetchException(FetchFailure.REDIRECTS, "Redirect loop from " + url + ": " + current
                        + " redirects to " + next + ", which was already visited");
            }
            if (visited.size() > settings.maxRedirects()) {
                throw new FetchException(FetchFailure.REDIRECTS, "More than " + settings.maxRedirects()
                        + " redirects from " + url + " (ingest.http.max.redirects)");
            }
            current = next;
        }
    }

    private void checkAddress(URI url) throws FetchException {
        try {
            addresses.check(url);
        } catch (FetchException e) {
            if (e.failure() == FetchFailure.FORBIDDEN_ADDRESS) {
                ssrfRefusals.increment();
                log.warn("{}", e.getMessage());
            }
            throw e;
        }
    }

    private static FetchException statusFailure(URI url, URI current, HttpResponse<?> response) {
        int status = response.statusCode();
        Duration retryAfter = status == 429 || status == 503 ? response.headers().firstValue("Retry-After")
                .flatMap(value -> RetryPolicy.parseRetryAfter(value, Instant.now())).orElse(null) : null;
        return new FetchException(FetchFailure.HTTP_STATUS, "HTTP " + status + " from " + current
                + (current.equals(url) ? "" : " (redirected from " + url + ")")
                + (retryAfter == null ? "" : " (Retry-After: " + retryAfter.toSeconds() + "s)"),
                status, retryAfter, null);
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest fetch, long deadline)
            throws FetchException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(url);
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                    .GET()
                    .timeout(Duration.ofNanos(Math.min(remaining, settings.firstByteTimeout().toNanos())))
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", fetch.accept())
                    .header("Accept-Encoding", "gzip, deflate");
            if (fetch.etag() != null) {
                builder.header("If-None-Match", fetch.etag());
            }
            if (fetch.lastModified() != null) {
                builder.header("If-Modified-Since", fetch.lastModified());
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_URL, "Cannot request " + url + ": " + e.getMessage(), e);
        }
        boolean firstByteBinds = settings.firstByteTimeout().toNanos() < remaining;
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, info -> {
            Optional<String> type = info.headers().firstValue("Content-Type");
            if (info.statusCode() / 100 == 2 && type.isPresent()
                    && !fetch.wantedTypes().test(FetchRequest.mediaType(type.get()))) {
                return CappedBodySubscriber.refusing(new FetchException(FetchFailure.NOT_HTML,
                        "Not a wanted type: " + url + " is '" + type.get() + "'", info.statusCode(), null, null));
            }
            return new CappedBodySubscriber(settings.maxBytes(),
                    info.headers().firstValueAsLong("Content-Length").orElse(-1), url.toString());
        });
        try {
            // The request timeout above only covers the wait for the headers; this one covers the body too.
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout(url);
        } catch (ExecutionException e) {
            throw asFetchException(url, e.getCause(), firstByteBinds);
        } finally {
            // Aborts the exchange, and frees its connection, unless it has completed.
            response.cancel(true);
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new FetchException(
                FetchFailure.REDIRECTS, "HTTP " + response.statusCode() + " from " + from + " without a Location"));
        URI target;
        try {
            target = from.resolve(Links.encode(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.REDIRECTS,
                    "Invalid redirect Location '" + location + "' from " + from, e);
        }
        if (!isHttp(target)) {
            throw new FetchException(FetchFailure.REDIRECTS, from + " redirects to " + target
                    + ", which is not an http or https URL");
        }
        return target;
    }

    private FetchException timeout(URI url) {
        return new FetchException(FetchFailure.TIMEOUT, "No complete response from " + url + " within "
                + settings.requestTimeout() + " (ingest.http.request.timeout)");
    }

    /** {@code cause} as a fetch failure; anything but an I/O problem is a bug and is thrown as such. */
    private FetchException asFetchException(URI url, Throwable cause, boolean firstByteBinds) {
        Throwable error = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (error instanceof FetchException fetch) {
            return fetch;
        }
        if (error instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchFailure.TIMEOUT, "Cannot connect to " + url + " within "
                    + settings.connectTimeout() + " (ingest.http.connect.timeout)", error);
        }
        if (error instanceof HttpTimeoutException && !firstByteBinds) {
            return timeout(url);
        }
        if (error instanceof HttpTimeoutException) {
            return new FetchException(FetchFailure.TIMEOUT, "No response headers from " + url + " within "
                    + settings.firstByteTimeout() + " (ingest.http.first.byte.timeout)", error);
        }
        if (error instanceof IOException) {
            return new FetchException(FetchFailure.NETWORK, "Cannot fetch " + url + ": "
                    + error.getClass().getSimpleName() + ": " + error.getMessage(), error);
        }
        throw new IllegalStateException("Unexpected failure fetching " + url, error);
    }
}
