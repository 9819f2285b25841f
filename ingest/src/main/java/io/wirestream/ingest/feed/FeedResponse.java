package io.wirestream.ingest.feed;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of one successful poll of a feed.
 *
 * @param status       the HTTP status of the feed document (304 when it did not change; 200 for a file)
 * @param etag         its ETag, to send back next time, or null
 * @param lastModified its Last-Modified, to send back next time, or null
 * @param contentHash  a hash of its body, or the one held when it did not change
 * @param cacheMaxAge  how long the server says the document stays fresh (Cache-Control max-age), when it says
 * @param document     what it holds; empty when it did not change since the last poll
 */
public record FeedResponse(int status, String etag, String lastModified, String contentHash,
                           Optional<Duration> cacheMaxAge, Optional<FeedDocument> document) {
}
