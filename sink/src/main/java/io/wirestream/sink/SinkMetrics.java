package io.wirestream.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicLong;

/** The sink's meters, named {@code wirestream.sink.*}. */
final class SinkMetrics implements AutoCloseable {

    private final MeterRegistry registry;
    private final Counter articlesWritten;
    private final Counter articlesDeleted;
    private final Counter batches;
    private final Timer batchLatency;
    private final Counter storeFailures;
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong paused = new AtomicLong();
    private final Gauge lagGauge;
    private final Gauge pausedGauge;

    SinkMetrics(MeterRegistry registry) {
        this.registry = registry;
        articlesWritten = Counter.builder("wirestream.sink.articles.written")
                .description("Articles written (inserted or replaced) to the store").register(registry);
        articlesDeleted = Counter.builder("wirestream.sink.articles.deleted")
                .description("Articles deleted by a tombstone").register(registry);
        batches = Counter.builder("wirestream.sink.batches")
                .description("Batches written and committed").register(registry);
        batchLatency = Timer.builder("wirestream.sink.batch.latency")
                .description("Time to write one batch to the store, retries excluded").register(registry);
        storeFailures = Counter.builder("wirestream.sink.db.failures")
                .description("Attempts to use the store (PostgreSQL or the file store) that failed because it was "
                        + "unavailable").register(registry);
        lagGauge = Gauge.builder("wirestream.sink.consumer.lag", lag, AtomicLong::get)
                .description("Records of news.articles.v1 not yet read by this consumer").register(registry);
        pausedGauge = Gauge.builder("wirestream.sink.paused", paused, AtomicLong::get)
                .description("1 while the sink waits for its store to come back, else 0").register(registry);
    }

    void written(long articles, long deletions) {
        articlesWritten.increment(articles);
        articlesDeleted.increment(deletions);
        batches.increment();
    }

    Timer batchLatency() {
        return batchLatency;
    }

    void storeFailed() {
        storeFailures.increment();
    }

    /** Counts a record sent to the dead-letter topic; {@code reason} is invalid or rejected. */
    void deadLetter(String reason) {
        registry.counter("wirestream.sink.dead.letters", "reason", reason).increment();
    }

    void lag(long records) {
        lag.set(records);
    }

    void paused(boolean isPaused) {
        paused.set(isPaused ? 1 : 0);
    }

    /** Removes the gauges, which would otherwise keep reading this closed sink's values. */
    @Override
    public void close() {
        registry.remove(lagGauge);
        registry.remove(pausedGauge);
    }
}
