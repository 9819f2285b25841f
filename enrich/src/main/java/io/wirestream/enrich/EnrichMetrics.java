package io.wirestream.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The meters of the enrich stage, {@code wirestream.enrich.*}:
 * <ul>
 *   <li>{@code wirestream.enrich.articles}: articles enriched and published;</li>
 *   <li>{@code wirestream.enrich.quotes}: quote records published;</li>
 *   <li>{@code wirestream.enrich.dead.letters{reason}}: records sent to the dead-letter topic, by reason
 *       ({@code undecodable}, {@code rejected}, {@code failed});</li>
 *   <li>{@code wirestream.enrich.duration}: time to extract and enrich one page.</li>
 * </ul>
 */
public final class EnrichMetrics {

    /** Why a record went to the dead-letter topic: a low-cardinality tag value. */
    enum Reason {
        /** The value is not a raw page. */
        UNDECODABLE("undecodable"),
        /** The page was refused: no HTML, too big. */
        REJECTED("rejected"),
        /** Extraction or enrichment threw. */
        FAILED("failed");

        final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    private final Counter articles;
    private final Counter quotes;
    private final Counter undecodable;
    private final Counter rejected;
    private final Counter failed;
    private final Timer duration;

    public EnrichMetrics(MeterRegistry registry) {
        this.articles = Counter.builder("wirestream.enrich.articles")
                .description("Articles enriched and published to news.articles.v1").register(registry);
        this.quotes = Counter.builder("wirestream.enrich.quotes")
                .description("Quote records published to news.quotes.v1").register(registry);
        this.undecodable = deadLetters(registry, Reason.UNDECODABLE);
        this.rejected = deadLetters(registry, Reason.REJECTED);
        this.failed = deadLetters(registry, Reason.FAILED);
        this.duration = Timer.builder("wirestream.enrich.duration")
                .description("Time to extract and enrich one page").register(registry);
    }

    /** Meters that nobody reads, for a topology built without a registry. */
    static EnrichMetrics discarded() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    private static Counter deadLetters(MeterRegistry registry, Reason reason) {
        return Counter.builder("wirestream.enrich.dead.letters").tag("reason", reason.tag)
                .description("Records of news.raw.v1 sent to news.dlq.v1").register(registry);
    }

    void enriched(int quoteCount, long nanos) {
        articles.increment();
        quotes.increment(quoteCount);
        duration.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void deadLetter(Reason reason) {
        switch (reason) {
            case UNDECODABLE -> undecodable.increment();
            case REJECTED -> rejected.increment();
            case FAILED -> failed.increment();
        }
    }
}
