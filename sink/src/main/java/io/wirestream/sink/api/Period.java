package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The period of {@code since} and {@code until} (see {@link ApiParams#time}): from {@code since} included to
 * {@code until} excluded, either end open when not given.
 *
 * @param since the start, or empty
 * @param until the end, or empty
 */
record Period(Optional<Instant> since, Optional<Instant> until) {

    static Period from(JsonRequest request, Clock clock) {
        Optional<Instant> since = ApiParams.time(request, "since", clock);
        Optional<Instant> until = ApiParams.time(request, "until", clock);
        if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
            throw new IllegalArgumentException("since must be before until");
        }
        return new Period(since, until);
    }

    /** Adds to {@code filter} that {@code column} lies in this period. */
    SqlFilter restrict(SqlFilter filter, String column) {
        since.ifPresent(t -> filter.and(column + " >= ?", t));
        until.ifPresent(t -> filter.and(column + " < ?", t));
        return filter;
    }
}
