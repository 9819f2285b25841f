package io.wirestream.ingest;

import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import java.time.Instant;

/**
 * The health of one feed, as {@code wirestream feeds status} and {@code GET /api/feeds} show it.
 *
 * @param url            the feed URL
 * @param title          its label, or null
 * @param addedAt        when it was added
 * @param lastPollAt     when it was last polled, or null when never
 * @param lastSuccessAt  when it was last read successfully, or null
 * @param lastStatus     the HTTP status of the last poll, or null
 * @param lastError      why the last poll failed, or null when it succeeded
 * @param errorStreak    failed polls in a row
 * @param itemsPublished pages published from it
 * @param intervalSeconds its current poll interval, or null before its first poll
 * @param nextPollAt     when it is due next, or null before its first poll
 */
public record FeedStatus(String url, String title, Instant addedAt, Instant lastPollAt, Instant lastSuccessAt,
                         Integer lastStatus, String lastError, int errorStreak, long itemsPublished,
                         Long intervalSeconds, Instant nextPollAt) {

    static FeedStatus of(FeedSettings feed, FeedState state) {
        if (state == null) {
            return new FeedStatus(feed.url(), feed.title(), feed.addedAt(), null, null, null, null, 0, 0, null, null);
        }
        return new FeedStatus(feed.url(), feed.title(), feed.addedAt(), state.lastPollAt(), state.lastSuccessAt(),
                state.lastStatus(), state.lastError(), state.errorStreak(), state.itemsPublished(),
                state.intervalSeconds(), state.nextPollAt());
    }
}
