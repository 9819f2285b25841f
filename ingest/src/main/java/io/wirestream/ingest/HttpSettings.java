package io.wirestream.ingest;

import io.wirestream.core.config.WirestreamConfig;
import java.time.Duration;

/**
 * How feeds and pages are fetched over HTTP.
 *
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest a whole fetch may take, redirects and body included
 * @param maxBytes       largest body accepted, after decompression
 * @param maxRedirects   most redirects followed
 * @param userAgent      the User-Agent header
 */
record HttpSettings(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects,
                    String userAgent) {

    static HttpSettings from(WirestreamConfig config) {
        return new HttpSettings(config.get(IngestConfig.HTTP_CONNECT_TIMEOUT),
                config.get(IngestConfig.HTTP_REQUEST_TIMEOUT), config.get(IngestConfig.HTTP_MAX_BYTES),
                config.get(IngestConfig.HTTP_MAX_REDIRECTS), config.get(IngestConfig.HTTP_USER_AGENT));
    }
}
