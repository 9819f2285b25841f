package io.wirestream.core.record;

import java.time.Instant;
import java.util.List;

/**
 * What the ingest service knows about one feed, the value of {@code news.feed-state.v1} (keyed by feed URL),
 * written after every poll in the same Kafka transaction as the pages the poll published, so that an
 * instance that takes the feed over resumes exactly where the last one stopped.
 *
 * @param url             the feed URL (also the record key)
 * @param etag            the ETag of the last feed document, for a conditional request, or null
 * @param lastModified    the Last-Modified of the last feed document, for a conditional request, or null
 * @param contentHash     a hash of the last feed document, to skip a document that did not change, or null
 * @param seen            the items of the recent documents, each the first 16 hex digits of its article id
 * @param intervalSeconds the current time between two polls, adapted to the feed's rate of new items
 * @param nextPollAt      when the feed is due next
 * @param errorStreak     failed polls in a row; 0 after a success
 * @param lastStatus      the HTTP status of the last poll, or null when it got none
 * @param lastPollAt      when the feed was last polled, or null
 * @param lastSuccessAt   when the feed was last read successfully, or null
 * @param lastError       why the last failed poll failed, or null
 * @param itemsPublished  pages published from this feed since it was added
 */
public record FeedState(String url, String etag, String lastModified, String contentHash, List<String> seen,
                        long intervalSeconds, Instant nextPollAt, int errorStreak, Integer lastStatus,
                        Instant lastPollAt, Instant lastSuccessAt, String lastError, long itemsPublished) {

    public FeedState {
        seen = seen == null ? List.of() : List.copyOf(seen);
    }
}
