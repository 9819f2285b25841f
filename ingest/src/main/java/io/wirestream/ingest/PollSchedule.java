package io.wirestream.ingest;

import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.ingest.http.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When each feed is polled next. A feed's interval adapts to its rate of new items: it halves after a
 * poll that found two or more, stays after one, and grows by half after none, always between the minimum
 * and the maximum ({@code ingest.poll.interval.min/max}, or the feed's own). The publisher's hints, its
 * {@code <ttl>}, {@code sy:updatePeriod} and the Cache-Control max-age of the feed, lengthen it (within
 * the maximum): polling sooner than a publisher asks only costs both sides. A failing feed waits its
 * interval doubled at each failure in a row, up to {@code ingest.feed.backoff.max}, or longer when it
 * said Retry-After. Every wait is jittered so that feeds do not bunch up.
 *
 * @param initial    the interval of a feed polled for the first time
 * @param min        the shortest interval
 * @param max        the longest interval of a working feed
 * @param backoffMax the longest wait after failures
 * @param jitter     the share of each wait moved at random, 0 to 0.5
 */
record PollSchedule(Duration initial, Duration min, Duration max, Duration backoffMax, double jitter) {

    static PollSchedule from(WirestreamConfig config) {
        return new PollSchedule(config.get(IngestConfig.POLL_INTERVAL), config.get(IngestConfig.POLL_INTERVAL_MIN),
                config.get(IngestConfig.POLL_INTERVAL_MAX), config.get(IngestConfig.FEED_BACKOFF_MAX),
                config.get(IngestConfig.POLL_JITTER_PERCENT) / 100.0);
    }

    /**
     * The interval after a successful poll.
     *
     * @param current  the feed's interval so far
     * @param newItems items the poll found that were not seen before
     * @param hints    the publisher's hints: {@code <ttl>} or {@code sy:updatePeriod}, and max-age
     */
    Duration afterSuccess(FeedSettings feed, Duration current, int newItems, Optional<Duration> hints) {
        Duration adapted = newItems >= 2 ? current.dividedBy(2) : newItems == 1 ? current
                : current.plus(current.dividedBy(2));
        Duration hinted = hints.filter(hint -> hint.compareTo(adapted) > 0).orElse(adapted);
        return clamp(hinted, min(feed), max(feed));
    }

    /** When a feed whose interval is {@code interval} is due next, jittered. */
    Instant next(Instant now, Duration interval) {
        return now.plus(jittered(interval));
    }

    /** When a feed that failed {@code streak} times in a row is due next. */
    Instant afterFailure(FeedSettings feed, Instant now, Duration interval, int streak, Optional<Duration> retryAfter) {
        Duration base = interval.compareTo(min(feed)) < 0 ? min(feed) : interval;
        Duration wait = RetryPolicy.backoff(base, streak + 1, backoffMax);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return now.plus(wait);
    }

    /** The interval of a feed polled for the first time. */
    Duration initial(FeedSettings feed) {
        return clamp(initial, min(feed), max(feed));
    }

    private Duration min(FeedSettings feed) {
        return feed.minIntervalSeconds() == null ? min : Duration.ofSeconds(feed.minIntervalSeconds());
    }

    private Duration max(FeedSettings feed) {
        return feed.maxIntervalSeconds() == null ? max : Duration.ofSeconds(feed.maxIntervalSeconds());
    }

    private Duration jittered(Duration interval) {
        double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
        return Duration.ofMillis((long) (interval.toMillis() * factor));
    }

    private static Duration clamp(Duration value, Duration low, Duration high) {
        return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? (high.compareTo(low) < 0 ? low : high)
                : value;
    }
}
