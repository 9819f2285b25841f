package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query parameters the API shares, validated: a bad one throws {@link IllegalArgumentException} with a
 * message for the client, which the HTTP server answers with a 400.
 */
final class ApiParams {

    /** Longer text parameters are refused: no name, id or search is this long, and each costs a query. */
    static final int MAX_TEXT = 500;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private static final Pattern AGO = Pattern.compile("(\\d{1,6})(m|h|d)");

    private ApiParams() {
    }

    /** Refuses parameters other than {@code known}, so that a misspelt filter is not silently ignored. */
    static void allowOnly(JsonRequest request, Set<String> known) {
        Set<String> unknown = new TreeSet<>(request.paramNames());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter " + String.join(", ", unknown) + "; expected "
                    + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))));
        }
    }

    /** A text parameter, when given, of at most {@value #MAX_TEXT} characters. */
    static Optional<String> text(JsonRequest request, String name) {
        Optional<String> value = request.param(name).map(String::strip);
        if (value.isPresent() && value.get().length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** {@code limit}: {@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT}. */
    static int limit(JsonRequest request) {
        return request.intParam("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /**
     * A time parameter, when given: an ISO-8601 date-time with offset ({@code 2026-01-31T12:00:00Z}), a date
     * ({@code 2026-01-31}, its start in UTC), or a time back from now ({@code 30m}, {@code 24h}, {@code 7d},
     * or an ISO-8601 duration such as {@code PT6H}).
     */
    static Optional<Instant> time(JsonRequest request, String name, Clock clock) {
        Optional<String> raw = request.param(name).map(String::strip);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String value = raw.get();
        try {
            if (value.length() > 10 && value.charAt(10) == 'T') {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            }
            if (value.length() == 10 && value.charAt(4) == '-') {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(clock.instant().minus(ago(value)));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(name + " must be a date-time such as 2026-01-31T12:00:00Z, a date "
                    + "such as 2026-01-31, or a time back from now such as 24h, 7d or PT6H; not '" + value + "'");
        }
    }

    private static Duration ago(String value) {
        Matcher m = AGO.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        Duration duration = Duration.parse(value.toUpperCase(Locale.ROOT));
        if (duration.isNegative()) {
            throw new DateTimeParseException("negative", value, 0);
        }
        return duration;
    }
}
