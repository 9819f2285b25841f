package io.wirestream.ingest.http;

import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.ingest.IngestConfig;
import java.time.Duration;
import java.util.List;

/**
 * How feeds and pages are fetched over HTTP.
 *
 * @param connectTimeout   longest wait for a connection
 * @param firstByteTimeout longest wait from a request to its response headers
 * @param requestTimeout   longest a whole fetch may take, redirects and body included (waits for a host's
 *                         turn and between retries excluded)
 * @param maxBytes         largest body accepted, after decompression
 * @param maxRedirects     most redirects followed
 * @param userAgent        the User-Agent header
 * @param retry            when failed fetches are tried again
 * @param hostConcurrency  most requests in flight to one host
 * @param hostMinDelay     least time between the starts of two requests to one host
 * @param allowedAddresses non-public addresses that may be fetched all the same
 */
public record HttpSettings(Duration connectTimeout, Duration firstByteTimeout, Duration requestTimeout, long maxBytes,
                           int maxRedirects, String userAgent, RetryPolicy retry, int hostConcurrency,
                           Duration hostMinDelay, List<AddressRange> allowedAddresses) {

    public HttpSettings {
        allowedAddresses = List.copyOf(allowedAddresses);
    }

    /** The settings of the {@code ingest.http.*} and {@code ingest.host.*} keys. */
    public static HttpSettings from(WirestreamConfig config) {
        return new HttpSettings(config.get(IngestConfig.HTTP_CONNECT_TIMEOUT),
                config.get(IngestConfig.HTTP_FIRST_BYTE_TIMEOUT), config.get(IngestConfig.HTTP_REQUEST_TIMEOUT),
                config.get(IngestConfig.HTTP_MAX_BYTES), config.get(IngestConfig.HTTP_MAX_REDIRECTS),
                config.get(IngestConfig.HTTP_USER_AGENT),
                new RetryPolicy(config.get(IngestConfig.HTTP_RETRY_ATTEMPTS),
                        config.get(IngestConfig.HTTP_RETRY_BACKOFF), config.get(IngestConfig.HTTP_RETRY_MAX_WAIT)),
                config.get(IngestConfig.HOST_CONCURRENCY), config.get(IngestConfig.HOST_MIN_DELAY),
                IngestConfig.allowedAddresses(config));
    }
}
