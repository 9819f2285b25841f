package io.wirestream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(1000));

        assertThat(Stream.generate(backoff::next).limit(7).map(Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
    }

    @Test
    void aMaximumBelowTheFirstWaitIsTheOnlyWait() {
        Backoff backoff = new Backoff(Duration.ofMillis(20));

        assertThat(Stream.generate(backoff::next).limit(2).map(Duration::toMillis)).containsExactly(20L, 20L);
    }
}
