package io.wirestream.enrich;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.QuoteRecord;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.record.SourcePosition;
import io.wirestream.core.serde.WirestreamSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import io.wirestream.core.topic.Topics;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one record of {@code news.raw.v1} and runs the {@link ArticlePipeline} on it: the article goes to
 * the articles sink, each quote to the quotes sink; a record that cannot be decoded or processed goes to the
 * dead-letter sink, with where it was read and its original bytes, in the same transaction. Nothing thrown
 * by a page escapes, so a poison record never stops the application.
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, Object> {

    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);
    static final String STAGE = "enrich";

    private final ArticlePipeline pipeline;
    private final EnrichMetrics metrics;
    private final long maxRecordBytes;
    private final Deserializer<RawPage> pages = WirestreamSerdes.rawPage().deserializer();
    private final Serializer<Article> articles = WirestreamSerdes.article().serializer();
    private ProcessorContext<String, Object> context;

    EnrichProcessor(ArticlePipeline pipeline, EnrichMetrics metrics, long maxRecordBytes) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        SourcePosition position = context.recordMetadata()
                .map(EnrichProcessor::position)
                .orElse(new SourcePosition(null, -1, -1));
        RawPage page;
        try {
            if (record.value() == null) {
                throw new PageRejectedException("record has no value");
            }
            page = pages.deserialize(position.topic(), record.value());
            if (page == null) {
                throw new PageRejectedException("record value is JSON null");
            }
        } catch (RuntimeException e) {
            deadLetter(record, position, e, EnrichMetrics.Reason.UNDECODABLE);
            return;
        }
        Article article;
        long started = System.nanoTime();
        try {
            article = pipeline.enrich(page);
            checkSize(article);
        } catch (PageRejectedException e) {
            deadLetter(record, position, e, EnrichMetrics.Reason.REJECTED);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // An extractor bug or hostile page must cost one record, not the application.
            deadLetter(record, position, e, EnrichMetrics.Reason.FAILED);
            return;
        }
        context.forward(new Record<String, Object>(article.id(), article, record.timestamp()),
                EnrichTopology.ARTICLES_SINK);
        for (Quote quote : article.quotes()) {
            QuoteRecord value = new QuoteRecord(article.id(), article.url(), article.title(), article.publishedAt(),
                    quote);
            context.forward(new Record<String, Object>(value.key(), value, record.timestamp()),
                    EnrichTopology.QUOTES_SINK);
        }
        metrics.enriched(article.quotes().size(), System.nanoTime() - started);
    }

    /**
     * Refuses an article the broker would refuse: writing it would fail the transaction again on every
     * retry, so it goes to the dead-letter topic instead.
     */
    private void checkSize(Article article) {
        byte[] json = articles.serialize(Topics.ARTICLES.name(), article);
        if (json.length > maxRecordBytes) {
            throw new PageRejectedException("article " + article.id() + " is " + json.length
                    + " bytes as JSON, more than the limit of " + maxRecordBytes + " bytes ("
                    + EnrichConfig.MAX_RECORD_BYTES.name() + ")");
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, SourcePosition position, Throwable error,
                            EnrichMetrics.Reason reason) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        log.warn("Dead letter: record {} at {}-{}@{} ({}): {}", key, position.topic(), position.partition(),
                position.offset(), reason.tag, error.toString());
        DeadLetter letter = DeadLetter.of(STAGE, error, position, record.key(), record.value(), Instant.now());
        // Base64 grows the value by a third: a dead letter too big to write would fail every retry. The
        // position says where the original is (news.raw.v1 keeps its records).
        if (record.value() != null && (long) record.value().length * 4 / 3 + 4096 > maxRecordBytes) {
            letter = new DeadLetter(letter.stage(), letter.errorClass(), letter.errorMessage()
                    + " (original value of " + record.value().length + " bytes not copied: it is at the source position)",
                    letter.source(), letter.key(), null, letter.time());
        }
        context.forward(new Record<String, Object>(key, letter, record.timestamp()), EnrichTopology.DLQ_SINK);
        metrics.deadLetter(reason);
    }

    private static SourcePosition position(RecordMetadata metadata) {
        return new SourcePosition(metadata.topic(), metadata.partition(), metadata.offset());
    }
}
