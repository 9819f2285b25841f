package io.wirestream.sink;

import java.time.Duration;

/** Waits that start short and double up to a maximum, so that an outage is neither hammered nor waited out long. */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(100);

    private final Duration max;
    private Duration next = FIRST;

    Backoff(Duration max) {
        this.max = max;
    }

    /** The next wait. */
    Duration next() {
        Duration wait = next.compareTo(max) < 0 ? next : max;
        next = wait.multipliedBy(2);
        return wait;
    }
}
