package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.Json;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The records ingest writes, serialized for the {@link TransactionalWriter}. */
final class PageRecords {

    private static final Logger log = LoggerFactory.getLogger(PageRecords.class);
    private static final String STAGE = "ingest";

    private PageRecords() {
    }

    /** A page for {@code news.raw.v1}, keyed by its article id. */
    static ProducerRecord<String, byte[]> page(RawPage page) {
        return new ProducerRecord<>(Topics.RAW.name(), page.id(),
                WirestreamSerdes.rawPage().serializer().serialize(Topics.RAW.name(), page));
    }

    /** A feed's state for {@code news.feed-state.v1}, keyed by its URL. */
    static ProducerRecord<String, byte[]> state(FeedState state) {
        return new ProducerRecord<>(Topics.FEED_STATE.name(), state.url(),
                WirestreamSerdes.feedState().serializer().serialize(Topics.FEED_STATE.name(), state));
    }

    /**
     * The dead letter of a page that could not be fetched or published, keyed by its article id, its value
     * the JSON {url, feed, item} (feed and item null for an ad-hoc fetch); logged with the reason.
     */
    static ProducerRecord<String, byte[]> deadLetter(String id, String url, FeedRef feed, FeedItem item,
                                                     Exception failure) {
        log.warn("Dead letter {}{}: {}: {}", url, feed == null ? "" : " from feed " + feed.url(),
                failure.getClass().getSimpleName(), failure.getMessage());
        byte[] value;
        try {
            value = Json.mapper().writeValueAsBytes(new FailedItem(url, feed, item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a feed item as JSON", e);
        }
        DeadLetter letter = DeadLetter.of(STAGE, failure, null, id.getBytes(StandardCharsets.UTF_8), value, Instant.now());
        return new ProducerRecord<>(Topics.DLQ.name(), id,
                WirestreamSerdes.deadLetter().serializer().serialize(Topics.DLQ.name(), letter));
    }

    private record FailedItem(String url, FeedRef feed, FeedItem item) {
    }
}
