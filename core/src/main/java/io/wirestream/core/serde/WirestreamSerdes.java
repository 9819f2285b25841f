package io.wirestream.core.serde;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.DeadLetter;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.record.QuoteRecord;
import io.wirestream.core.record.RawPage;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The serdes of every topic in one place. Keys are UTF-8 strings on every topic. */
public final class WirestreamSerdes {

    private static final Serde<RawPage> RAW_PAGE = new JsonSerde<>(RawPage.class);
    private static final Serde<Article> ARTICLE = new JsonSerde<>(Article.class);
    private static final Serde<QuoteRecord> QUOTE = new JsonSerde<>(QuoteRecord.class);
    private static final Serde<DeadLetter> DEAD_LETTER = new JsonSerde<>(DeadLetter.class);
    private static final Serde<FeedSettings> FEED_SETTINGS = new JsonSerde<>(FeedSettings.class);
    private static final Serde<FeedState> FEED_STATE = new JsonSerde<>(FeedState.class);

    private WirestreamSerdes() {
    }

    /** Values read as raw bytes, for stages that decode them themselves so that a bad record is caught. */
    public static Serde<byte[]> bytes() {
        return Serdes.ByteArray();
    }

    /** Keys of every topic. */
    public static Serde<String> key() {
        return Serdes.String();
    }

    /** Values of {@code news.raw.v1}. */
    public static Serde<RawPage> rawPage() {
        return RAW_PAGE;
    }

    /** Values of {@code news.articles.v1}. */
    public static Serde<Article> article() {
        return ARTICLE;
    }

    /** Values of {@code news.quotes.v1}. */
    public static Serde<QuoteRecord> quote() {
        return QUOTE;
    }

    /** Values of {@code news.dlq.v1}. */
    public static Serde<DeadLetter> deadLetter() {
        return DEAD_LETTER;
    }

    /** Values of {@code news.feeds.v1}. */
    public static Serde<FeedSettings> feedSettings() {
        return FEED_SETTINGS;
    }

    /** Values of {@code news.feed-state.v1}. */
    public static Serde<FeedState> feedState() {
        return FEED_STATE;
    }
}
