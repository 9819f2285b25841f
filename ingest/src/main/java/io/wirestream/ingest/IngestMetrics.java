package io.wirestream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirestream.ingest.http.FetchException;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The meters of the ingest stage, all named {@code wirestream.ingest.*} (beside those of the
 * {@code http} package: retries, SSRF refusals, robots denials, host queues):
 * <ul>
 *   <li>{@code fetches{kind=feed|page, outcome, status}}: feed polls and page fetches, by outcome ({@code ok},
 *       a {@link io.wirestream.ingest.http.FetchFailure#tag()}, or {@code error} for an unexpected exception,
 *       a bug) and HTTP status class ({@code 2xx}, {@code 3xx} for a 304, {@code 4xx}, {@code 5xx} or
 *       {@code none});</li>
 *   <li>{@code fetched.bytes{kind}}: bodies read, after decompression;</li>
 *   <li>{@code fetch.latency{kind}}: how long fetches take, retries included, whatever their outcome;</li>
 *   <li>{@code items.published}: pages published to {@code news.raw.v1} (counted when committed);</li>
 *   <li>{@code items.dead.lettered}: pages that failed, written to {@code news.dlq.v1};</li>
 *   <li>{@code items.skipped{reason}}: feed items not published: {@code duplicate} (seen before, or already
 *       published from another feed), {@code no_link}, {@code not_html}, {@code robots_denied},
 *       {@code robots_unreachable} (tried again next poll);</li>
 *   <li>{@code feeds.assigned} and {@code feeds.failing}: feeds this instance polls, and those whose last
 *       poll failed.</li>
 * </ul>
 */
final class IngestMetrics {

    static final String FEED = "feed";
    static final String PAGE = "page";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry the meters are in. */
    MeterRegistry registry() {
        return registry;
    }

    /** A fetch that may fail. */
    @FunctionalInterface
    interface Fetch<T> {
        T run() throws FetchException, InterruptedException;
    }

    /**
     * Runs {@code fetch}, timing it and counting its outcome, status and the bytes it read.
     *
     * @param kind   {@link #FEED} or {@link #PAGE}
     * @param bytes  the size of what it read
     * @param status the HTTP status of what it read
     */
    <T> T fetch(String kind, Fetch<T> fetch, ToLongFunction<T> bytes, ToIntFunction<T> status)
            throws FetchException, InterruptedException {
        Timer.Sample sample = Timer.start(registry);
        try {
            T result = fetch.run();
            fetches(kind, "ok", status.applyAsInt(result) / 100 + "xx").increment();
            Counter.builder("wirestream.ingest.fetched.bytes").baseUnit("bytes").tag("kind", kind)
                    .description("Bodies read, after decompression").register(registry)
                    .increment(bytes.applyAsLong(result));
            return result;
        } catch (FetchException e) {
            fetches(kind, e.failure().tag(), e.status().map(s -> s / 100 + "xx").orElse("none")).increment();
            throw e;
        } catch (RuntimeException e) {
            fetches(kind, "error", "none").increment();
            throw e;
        } finally {
            sample.stop(Timer.builder("wirestream.ingest.fetch.latency").tag("kind", kind)
                    .description("Time to fetch a feed or page, retries included, whatever the outcome")
                    .publishPercentileHistogram().register(registry));
        }
    }

    /** Counts what a committed transaction published. */
    void committed(int pages, int deadLetters) {
        Counter.builder("wirestream.ingest.items.published").description("Pages published to news.raw.v1")
                .register(registry).increment(pages);
        Counter.builder("wirestream.ingest.items.dead.lettered").description("Pages that failed, in news.dlq.v1")
                .register(registry).increment(deadLetters);
        registry.counter("wirestream.dead.letters", "stage", "ingest").increment(deadLetters);
    }

    /** @param reason {@code duplicate}, {@code no_link}, {@code not_html}, {@code robots_denied} or {@code robots_unreachable} */
    void itemSkipped(String reason) {
        Counter.builder("wirestream.ingest.items.skipped").tag("reason", reason)
                .description("Feed items not published").register(registry).increment();
    }

    private Counter fetches(String kind, String outcome, String status) {
        return Counter.builder("wirestream.ingest.fetches").tag("kind", kind).tag("outcome", outcome)
                .tag("status", status).description("Feed polls and page fetches by outcome and status class")
                .register(registry);
    }
}
