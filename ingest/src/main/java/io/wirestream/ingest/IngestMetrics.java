package io.wirestream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.ToLongFunction;

/**
 * The meters of the ingest stage, all named {@code wirestream.ingest.*}:
 * <ul>
 *   <li>{@code fetches{kind=feed|page, outcome}}: feed polls and page fetches, by outcome: {@code ok}, a
 *       {@link FetchFailure#tag()}, or {@code error} for an unexpected exception (a bug);</li>
 *   <li>{@code fetched.bytes{kind}}: bodies read, after decompression;</li>
 *   <li>{@code fetch.latency{kind}}: how long fetches take, whatever their outcome;</li>
 *   <li>{@code items.published}: pages published to {@code news.raw.v1};</li>
 *   <li>{@code items.skipped{reason}}: feed items not fetched: {@code duplicate} (already published),
 *       {@code dead_lettered} (failed earlier in this run), {@code no_link}.</li>
 * </ul>
 */
final class IngestMetrics {

    static final String FEED = "feed";
    static final String PAGE = "page";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A fetch that may fail. */
    @FunctionalInterface
    interface Fetch<T> {
        T run() throws FetchException, InterruptedException;
    }

    /**
     * Runs {@code fetch}, timing it and counting its outcome and the bytes it read.
     *
     * @param kind  {@link #FEED} or {@link #PAGE}
     * @param bytes the size of what it read
     */
    <T> T fetch(String kind, Fetch<T> fetch, ToLongFunction<T> bytes) throws FetchException, InterruptedException {
        Timer.Sample sample = Timer.start(registry);
        try {
            T result = fetch.run();
            fetches(kind, "ok").increment();
            Counter.builder("wirestream.ingest.fetched.bytes").baseUnit("bytes").tag("kind", kind)
                    .description("Bodies read, after decompression").register(registry)
                    .increment(bytes.applyAsLong(result));
            return result;
        } catch (FetchException e) {
            fetches(kind, e.failure().tag()).increment();
            throw e;
        } catch (RuntimeException e) {
            fetches(kind, "error").increment();
            throw e;
        } finally {
            sample.stop(Timer.builder("wirestream.ingest.fetch.latency").tag("kind", kind)
                    .description("Time to fetch a feed or page, whatever the outcome")
                    .publishPercentileHistogram().register(registry));
        }
    }

    void itemPublished() {
        Counter.builder("wirestream.ingest.items.published").description("Pages published to news.raw.v1")
                .register(registry).increment();
    }

    /** @param reason {@code duplicate}, {@code dead_lettered} or {@code no_link} */
    void itemSkipped(String reason) {
        Counter.builder("wirestream.ingest.items.skipped").tag("reason", reason)
                .description("Feed items not fetched").register(registry).increment();
    }

    private Counter fetches(String kind, String outcome) {
        return Counter.builder("wirestream.ingest.fetches").tag("kind", kind).tag("outcome", outcome)
                .description("Feed polls and page fetches by outcome").register(registry);
    }
}
