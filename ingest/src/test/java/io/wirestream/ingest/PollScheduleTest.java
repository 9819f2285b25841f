package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.record.FeedSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final PollSchedule schedule = new PollSchedule(Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofHours(1), Duration.ofHours(6), 0.1);
    private final FeedSettings feed = FeedSettings.of("https://example.com/feed.xml", null);

    @Test
    void pollsBusyFeedsMoreOftenAndQuietOnesLessWithinTheBounds() {
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 5, Optional.empty())).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 1, Optional.empty())).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 0, Optional.empty())).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(3), 9, Optional.empty())).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(50), 0, Optional.empty())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void honoursThePublishersHintsUpToTheMaximum() {
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 5, Optional.of(Duration.ofMinutes(30))))
                .as("<ttl> of 30 minutes").isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 5, Optional.of(Duration.ofDays(1))))
                .as("a day-long sy:updatePeriod is capped").isEqualTo(Duration.ofHours(1));
        assertThat(schedule.afterSuccess(feed, Duration.ofMinutes(10), 0, Optional.of(Duration.ofMinutes(1))))
                .as("a hint shorter than the adapted interval changes nothing").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aFeedsOwnBoundsWin() {
        FeedSettings busy = new FeedSettings(feed.url(), null, Instant.now(), 30L, 300L);

        assertThat(schedule.afterSuccess(busy, MINUTE, 10, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.afterSuccess(busy, Duration.ofMinutes(4), 0, Optional.empty())).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.initial(busy)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jittersEachWaitByAtMostItsShare() {
        Instant now = Instant.parse("2025-06-10T12:00:00Z");
        for (int i = 0; i < 200; i++) {
            Duration wait = Duration.between(now, schedule.next(now, Duration.ofMinutes(10)));
            assertThat(wait).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
        }
    }

    @Test
    void failingFeedsBackOffExponentiallyUpToTheMaximumOrTheirRetryAfter() {
        Instant now = Instant.parse("2025-06-10T12:00:00Z");
        Duration interval = Duration.ofMinutes(10);

        Duration first = Duration.between(now, schedule.afterFailure(feed, now, interval, 1, Optional.empty()));
        Duration fifth = Duration.between(now, schedule.afterFailure(feed, now, interval, 5, Optional.empty()));
        Duration tenth = Duration.between(now, schedule.afterFailure(feed, now, interval, 10, Optional.empty()));
        assertThat(first).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(20));
        assertThat(fifth).isBetween(Duration.ofMinutes(160), Duration.ofMinutes(320));
        assertThat(tenth).isBetween(Duration.ofHours(3), Duration.ofHours(6));
        assertThat(Duration.between(now, schedule.afterFailure(feed, now, interval, 1, Optional.of(Duration.ofHours(2)))))
                .as("Retry-After").isEqualTo(Duration.ofHours(2));
    }
}
