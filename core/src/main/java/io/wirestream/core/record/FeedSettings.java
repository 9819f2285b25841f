package io.wirestream.core.record;

import java.time.Instant;

/**
 * A feed to poll, the value of {@code news.feeds.v1} (keyed by {@code url}; a tombstone removes the feed).
 *
 * <p>The URL may also name a sitemap, a sitemap index, a robots.txt with {@code Sitemap:} lines or a home
 * page whose feeds are discovered: the ingest service reads whatever it finds there.
 *
 * @param url                the feed URL (also the record key)
 * @param title              a label given when the feed was added, or null
 * @param addedAt            when it was added
 * @param minIntervalSeconds the shortest time between two polls of this feed, overriding
 *                           {@code ingest.poll.interval.min}, or null
 * @param maxIntervalSeconds the longest time between two polls of this feed, overriding
 *                           {@code ingest.poll.interval.max}, or null
 */
public record FeedSettings(String url, String title, Instant addedAt, Long minIntervalSeconds,
                           Long maxIntervalSeconds) {

    /** A feed added now with the service's default intervals. */
    public static FeedSettings of(String url, String title) {
        return new FeedSettings(url, title, Instant.now(), null, null);
    }
}
