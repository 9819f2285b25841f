package io.wirestream.core.topic;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/** The registry of wirestream's topics, documented in {@code docs/topics.md}. */
public final class Topics {

    /** The largest record the page-carrying topics accept: a big page, after compression, with room to spare. */
    private static final String MAX_MESSAGE_BYTES = String.valueOf(16 * 1024 * 1024);

    /** Fetched pages, keyed by article id; kept forever so that history can be reprocessed. */
    public static final Topic RAW = new Topic("news.raw.v1",
            "Fetched article pages with their feed item and raw HTML; key = article id.",
            Map.of(TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                    TopicConfig.RETENTION_MS_CONFIG, "-1",
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES));

    /** Enriched articles, keyed by article id; compacted so that the latest enrichment of each article is kept. */
    public static final Topic ARTICLES = new Topic("news.articles.v1",
            "Enriched articles: body, metadata, entities and quotes; key = article id.",
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd"));

    /** One record per quote, keyed by speaker entity id. */
    public static final Topic QUOTES = new Topic("news.quotes.v1",
            "One record per quote with its article; key = speaker entity id or \"unknown\".",
            Map.of(TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd"));

    /** Records that a stage could not process. */
    public static final Topic DLQ = new Topic("news.dlq.v1",
            "Records a stage could not process, with the error and the original bytes.",
            Map.of(TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES));

    /** The feeds to poll, keyed by feed URL; compacted, so that the latest settings of each feed are kept. */
    public static final Topic FEEDS = new Topic("news.feeds.v1",
            "The feeds the ingest service polls, with their settings; key = feed URL; a tombstone removes a feed.",
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /**
     * What the ingest service knows about each feed (validators, items seen, schedule, health), keyed by feed
     * URL; compacted, and partitioned like {@link #FEEDS} so that an instance reads the state of its feeds only.
     */
    public static final Topic FEED_STATE = new Topic("news.feed-state.v1",
            "The poll state of each feed: validators, items seen, next poll, errors; key = feed URL.",
            // Every poll writes a state: small segments that roll hourly let compaction keep the topic near
            // one record per feed, so that an instance taking partitions over reads little.
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                    TopicConfig.SEGMENT_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024),
                    TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(60 * 60 * 1000),
                    TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1"));

    /** Every topic of the contract. */
    public static final List<Topic> ALL = List.of(RAW, ARTICLES, QUOTES, DLQ, FEEDS, FEED_STATE);

    private Topics() {
    }
}
