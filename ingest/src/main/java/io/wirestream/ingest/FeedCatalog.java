package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The feeds of {@code news.feeds.v1} and their health from {@code news.feed-state.v1}: what
 * {@code wirestream feeds} and {@code GET /api/feeds} read and write. The topics must exist.
 */
public final class FeedCatalog {

    private final KafkaSettings kafka;

    public FeedCatalog(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /** Every feed, in the order they were added. */
    public List<FeedSettings> feeds() {
        return List.copyOf(TopicReader.read(kafka, Topics.FEEDS, bytes ->
                WirestreamSerdes.feedSettings().deserializer().deserialize(Topics.FEEDS.name(), bytes)).values());
    }

    /** The health of every feed, in the order they were added. */
    public List<FeedStatus> status() {
        Map<String, FeedState> states = TopicReader.read(kafka, Topics.FEED_STATE, bytes ->
                WirestreamSerdes.feedState().deserializer().deserialize(Topics.FEED_STATE.name(), bytes));
        return feeds().stream().map(feed -> FeedStatus.of(feed, states.get(feed.url()))).toList();
    }

    /**
     * Adds those of {@code feeds} that are not in the topic yet; the settings of feeds already there are
     * left as they are.
     *
     * @return the feeds added
     * @throws IllegalArgumentException when a URL is not an http, https or file URL
     */
    public List<FeedSettings> add(Collection<FeedSettings> feeds) {
        feeds.forEach(feed -> FeedList.feedUrl(feed.url()));
        List<String> known = feeds().stream().map(FeedSettings::url).toList();
        List<FeedSettings> added = feeds.stream().filter(feed -> !known.contains(feed.url())).toList();
        send(added.stream().map(feed -> new ProducerRecord<>(Topics.FEEDS.name(), feed.url(),
                WirestreamSerdes.feedSettings().serializer().serialize(Topics.FEEDS.name(), feed))).toList());
        return added;
    }

    /**
     * Adds the feeds of a feed list file that are not in the topic yet.
     *
     * @return the feeds added
     * @throws IllegalArgumentException naming the file and line that is not a feed URL, or when it cannot
     *                                  be read
     */
    public List<FeedSettings> importFile(Path file) {
        return add(FeedList.read(file).urls().stream().map(url -> FeedSettings.of(url.toString(), null)).toList());
    }

    /**
     * Removes {@code url}: the instance polling it stops, and its state is deleted.
     *
     * @return whether it was there
     */
    public boolean remove(String url) {
        boolean known = feeds().stream().anyMatch(feed -> feed.url().equals(url));
        if (known) {
            send(List.of(new ProducerRecord<>(Topics.FEEDS.name(), url, null),
                    new ProducerRecord<>(Topics.FEED_STATE.name(), url, null)));
        }
        return known;
    }

    private void send(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return;
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producer("wirestream-feeds"),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + Topics.FEEDS, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot write to " + Topics.FEEDS + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Whether {@code text} is a URL a feed can be read from. */
    public static URI feedUrl(String text) {
        return FeedList.feedUrl(text);
    }
}
