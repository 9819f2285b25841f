package io.wirestream.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs http and https URLs within the limits of {@link HttpSettings}: one deadline for the whole fetch,
 * redirects followed one hop at a time (so that each is checked, counted and loop-detected), the body
 * capped while it arrives, and gzip or deflate undone. Thread-safe; share one per service.
 */
final class HttpFetcher {

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    private final HttpSettings settings;
    private final HttpClient client;

    HttpFetcher(HttpSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The limits this fetcher applies. */
    HttpSettings settings() {
        return settings;
    }

    /** Whether {@code url} is an absolute http or https URL with a host, the only kind this fetcher GETs. */
    static boolean isHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /**
     * Fetches {@code url}.
     *
     * @param accept the Accept header
     * @throws FetchException        when the fetch fails or the final status is not 2xx
     * @throws InterruptedException when the calling thread is interrupted; the exchange is then aborted
     */
    HttpDocument get(URI url, String accept) throws FetchException, InterruptedException {
        if (!isHttp(url)) {
            throw new FetchException(FetchFailure.INVALID_URL, "Not an http or https URL: " + url);
        }
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        while (true) {
            visited.add(current);
            HttpResponse<byte[]> response = send(current, accept, deadline);
            int status = response.statusCode();
            if (!REDIRECT_STATUSES.contains(status)) {
                if (status / 100 != 2) {
                    throw new FetchException(FetchFailure.HTTP_STATUS, "HTTP " + status + " from " + current
                            + (current.equals(url) ? "" : " (redirected from " + url + ")"));
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

    private HttpResponse<byte[]> send(URI url, String accept, long deadline)
            throws FetchException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(url);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .GET()
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", accept)
                    .header("Accept-Encoding", "gzip, deflate")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_URL, "Cannot request " + url + ": " + e.getMessage(), e);
        }
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request,
                info -> new CappedBodySubscriber(settings.maxBytes(),
                        info.headers().firstValueAsLong("Content-Length").orElse(-1), url.toString()));
        try {
            // The request timeout above only covers the wait for the headers; this one covers the body too.
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout(url);
        } catch (ExecutionException e) {
            throw asFetchException(url, e.getCause());
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
            target = from.resolve(location.strip());
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
    private FetchException asFetchException(URI url, Throwable cause) {
        Throwable error = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (error instanceof FetchException fetch) {
            return fetch;
        }
        if (error instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchFailure.TIMEOUT, "Cannot connect to " + url + " within "
                    + settings.connectTimeout() + " (ingest.http.connect.timeout)", error);
        }
        if (error instanceof HttpTimeoutException) {
            return timeout(url);
        }
        if (error instanceof IOException) {
            return new FetchException(FetchFailure.NETWORK, "Cannot fetch " + url + ": "
                    + error.getClass().getSimpleName() + ": " + error.getMessage(), error);
        }
        throw new IllegalStateException("Unexpected failure fetching " + url, error);
    }
}
