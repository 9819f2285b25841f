package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the articles published on {@code news.raw.v1} within the last {@code ingest.dedupe.window},
 * so that an article found in two feeds, or found again after its feed forgot it, is published once.
 * Loaded at start by reading the topic's committed records of that period; the ingest service adds each id
 * it publishes once its transaction has committed, and ids older than the window are forgotten, so that
 * neither start-up time nor memory grows with the topic's whole history. Thread-safe.
 */
final class PublishedIds {

    private static final Logger log = LoggerFactory.getLogger(PublishedIds.class);

    private final Duration window;
    private final Clock clock;
    /** When each id was published, oldest first (as far as the partitions read at start agree). */
    private final LinkedHashMap<String, Instant> ids = new LinkedHashMap<>();

    PublishedIds(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /**
     * Reads the keys of {@code news.raw.v1} committed within {@code window} before now.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    static PublishedIds load(KafkaSettings kafka, Duration window, Clock clock) {
        long began = System.nanoTime();
        PublishedIds published = new PublishedIds(window, clock);
        TopicReader.scan(kafka, Topics.RAW, null, clock.instant().minus(window), record -> {
            if (record.key() != null) {
                published.add(record.key(), Instant.ofEpochMilli(record.timestamp()));
            }
        });
        log.info("Loaded {} article ids published on {} in the last {} in {} ms", published.size(), Topics.RAW,
                window, (System.nanoTime() - began) / 1_000_000);
        return published;
    }

    synchronized boolean contains(String id) {
        forgetOld();
        return ids.containsKey(id);
    }

    /** Remembers {@code id} as published now. */
    void add(String id) {
        add(id, clock.instant());
    }

    synchronized int size() {
        return ids.size();
    }

    private synchronized void add(String id, Instant publishedAt) {
        // Moved to the end, so that the order stays oldest first.
        ids.remove(id);
        ids.put(id, publishedAt);
        forgetOld();
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(window);
        for (Iterator<Map.Entry<String, Instant>> it = ids.entrySet().iterator(); it.hasNext(); ) {
            if (!it.next().getValue().isBefore(oldest)) {
                return;
            }
            it.remove();
        }
    }
}
