package io.wirestream.core.record;

import java.time.Instant;

/**
 * How a page was fetched.
 *
 * @param fetchedAt    when the response was read
 * @param status       the final HTTP status code
 * @param contentType  the Content-Type header, or null
 * @param charset      the charset the body was decoded with
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param bytes        the size of the body as received (after decompression)
 */
public record FetchInfo(Instant fetchedAt, int status, String contentType, String charset, String etag,
                        String lastModified, long bytes) {
}
