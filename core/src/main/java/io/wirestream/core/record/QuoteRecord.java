package io.wirestream.core.record;

import java.time.OffsetDateTime;

/**
 * One quote with the article it came from, the value of {@code news.quotes.v1}. The record key is the
 * speaker's entity id, or {@value #UNKNOWN_SPEAKER_KEY}, so that one speaker's quotes share a partition.
 *
 * @param articleId   the article id
 * @param url         the article URL
 * @param title       the article title, or null
 * @param publishedAt when the article was published, or null
 * @param quote       the quote
 */
public record QuoteRecord(String articleId, String url, String title, OffsetDateTime publishedAt, Quote quote) {

    /** The key of quotes whose speaker is not known. */
    public static final String UNKNOWN_SPEAKER_KEY = "unknown";

    /** The record key: the speaker's entity id or {@value #UNKNOWN_SPEAKER_KEY}. */
    public String key() {
        Speaker speaker = quote.speaker();
        return speaker == null || speaker.entityId() == null ? UNKNOWN_SPEAKER_KEY : speaker.entityId();
    }
}
