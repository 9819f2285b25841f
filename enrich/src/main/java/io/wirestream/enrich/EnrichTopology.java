package io.wirestream.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.util.Objects;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;

/**
 * The enrich topology: {@code news.raw.v1} to {@code news.articles.v1} and {@code news.quotes.v1}, with
 * every record it cannot process in {@code news.dlq.v1}. One source, one processor, three sinks, no state
 * store and no internal topic; every node is named. Documented in {@code docs/topology.md}.
 *
 * <p>The source reads raw bytes rather than pages, so that an undecodable value reaches
 * {@link EnrichProcessor}, which dead-letters it with its position and bytes, instead of the
 * deserialization exception handler.
 */
public final class EnrichTopology {

    /** Reads {@code news.raw.v1}. */
    public static final String SOURCE = "raw-pages-source";
    /** Decodes, extracts and enriches. */
    public static final String PROCESSOR = "enrich-processor";
    /** Writes {@code news.articles.v1}. */
    public static final String ARTICLES_SINK = "articles-sink";
    /** Writes {@code news.quotes.v1}. */
    public static final String QUOTES_SINK = "quotes-sink";
    /** Writes {@code news.dlq.v1}. */
    public static final String DLQ_SINK = "dead-letters-sink";

    /** The default of {@link EnrichConfig#MAX_RECORD_BYTES}. */
    static final long DEFAULT_MAX_RECORD_BYTES = 976L << 10;

    private EnrichTopology() {
    }

    /** The topology with {@code pipeline}, its meters discarded (for tests and documentation). */
    public static Topology build(ArticlePipeline pipeline) {
        return build(pipeline, EnrichMetrics.discarded(), DEFAULT_MAX_RECORD_BYTES);
    }

    /** The topology with {@code pipeline}, counting into {@code metrics}. */
    public static Topology build(ArticlePipeline pipeline, MeterRegistry metrics) {
        return build(pipeline, new EnrichMetrics(metrics), DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * The topology with {@code pipeline}, counting into {@code metrics}, writing no record over
     * {@code maxRecordBytes} ({@link EnrichConfig#MAX_RECORD_BYTES}).
     */
    static Topology build(ArticlePipeline pipeline, EnrichMetrics metrics, long maxRecordBytes) {
        Objects.requireNonNull(pipeline, "pipeline");
        Topology topology = new Topology();
        // Bytes in: a byte deserializer cannot fail, so decoding errors are ours to route.
        topology.addSource(AutoOffsetReset.earliest(), SOURCE, WirestreamSerdes.bytes().deserializer(),
                WirestreamSerdes.bytes().deserializer(), Topics.RAW.name());
        topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(pipeline, metrics, maxRecordBytes), SOURCE);
        topology.addSink(ARTICLES_SINK, Topics.ARTICLES.name(), WirestreamSerdes.key().serializer(),
                WirestreamSerdes.article().serializer(), PROCESSOR);
        topology.addSink(QUOTES_SINK, Topics.QUOTES.name(), WirestreamSerdes.key().serializer(),
                WirestreamSerdes.quote().serializer(), PROCESSOR);
        topology.addSink(DLQ_SINK, Topics.DLQ.name(), WirestreamSerdes.key().serializer(),
                WirestreamSerdes.deadLetter().serializer(), PROCESSOR);
        return topology;
    }
}
