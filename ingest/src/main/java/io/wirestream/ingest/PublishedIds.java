package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.topic.Topics;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the articles on {@code news.raw.v1}, so that an article found in two feeds is published once.
 * Loaded once at start by reading the topic's committed keys; the ingest service adds each id it publishes
 * once its transaction has committed. Thread-safe.
 */
final class PublishedIds {

    private static final Logger log = LoggerFactory.getLogger(PublishedIds.class);

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    private PublishedIds() {
    }

    /**
     * Reads every committed key of {@code news.raw.v1}.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    static PublishedIds load(KafkaSettings kafka) {
        long began = System.nanoTime();
        PublishedIds published = new PublishedIds();
        TopicReader.scan(kafka, Topics.RAW, null, record -> {
            if (record.key() != null) {
                published.ids.add(record.key());
            }
        });
        log.info("Loaded {} published article ids from {} in {} ms", published.ids.size(), Topics.RAW,
                (System.nanoTime() - began) / 1_000_000);
        return published;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    void add(String id) {
        ids.add(id);
    }
}
