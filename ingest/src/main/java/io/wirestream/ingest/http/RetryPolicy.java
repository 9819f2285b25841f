package io.wirestream.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed fetch is tried again: after a timeout, a broken connection, a 5xx or a 429, up to
 * {@code attempts} attempts in all, waiting {@code baseDelay} doubled at each attempt with jitter, or as
 * long as a 429 or 503 says in its Retry-After. A wait longer than {@code maxDelay} is not made: the fetch
 * fails and the caller comes back later. Other 4xx are never retried: asking again cannot change them.
 *
 * @param attempts  attempts in all, the first included
 * @param baseDelay the wait before the second attempt, before jitter
 * @param maxDelay  the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration baseDelay, Duration maxDelay) {

    private static final Set<Integer> PERMANENT_5XX = Set.of(501, 505);

    /**
     * How long to wait before attempt {@code next} (2 for the first retry), after {@code failure}; empty
     * when it should not be retried.
     */
    public Optional<Duration> delayBefore(int next, FetchException failure) {
        if (next > attempts || !retryable(failure)) {
            return Optional.empty();
        }
        Duration delay = failure.retryAfter().orElseGet(() -> backoff(baseDelay, next - 1, maxDelay));
        return delay.compareTo(maxDelay) <= 0 ? Optional.of(delay) : Optional.empty();
    }

    /** Whether asking again might succeed. */
    static boolean retryable(FetchException failure) {
        return switch (failure.failure()) {
            case TIMEOUT, NETWORK -> true;
            case HTTP_STATUS -> failure.status().map(s -> s == 429 || s >= 500 && !PERMANENT_5XX.contains(s))
                    .orElse(false);
            default -> false;
        };
    }

    /**
     * {@code base} doubled {@code doublings - 1} times, capped at {@code cap}, then jittered to between
     * half and all of it, so that clients that failed together do not come back together.
     */
    public static Duration backoff(Duration base, int doublings, Duration cap) {
        long nanos = base.toNanos();
        for (int i = 1; i < doublings && nanos < cap.toNanos(); i++) {
            nanos *= 2;
        }
        nanos = Math.min(nanos, cap.toNanos());
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
    }

    /**
     * The wait a Retry-After header asks for: a number of seconds, or an HTTP date; empty when it is
     * neither.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
