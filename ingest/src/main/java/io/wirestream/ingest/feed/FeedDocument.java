package io.wirestream.ingest.feed;

import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A feed, sitemap or JSON Feed as read in one poll.
 *
 * @param ref         the feed's URL (as subscribed) and title
 * @param base        the URL its relative links resolve against: where it was finally fetched from
 * @param items       its items, newest first as far as the document says, at most {@code ingest.feed.max.items}
 * @param bytes       the size of the documents read
 * @param publisherInterval how often the publisher says to poll ({@code <ttl>}, {@code sy:updatePeriod} and
 *                    {@code sy:updateFrequency}), when it says
 */
public record FeedDocument(FeedRef ref, URI base, List<FeedItem> items, long bytes,
                           Optional<Duration> publisherInterval) {

    public FeedDocument {
        items = List.copyOf(items);
    }
}
