package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the feeds: a member of the consumer group {@code ingest.group.id} over
 * {@code news.feeds.v1}. When partitions are assigned, it reads their feed states (the same partitions
 * of {@code news.feed-state.v1}, committed records only) and then their feeds from the beginning, and
 * hands each feed to the {@link FeedScheduler} with its state, so that polling resumes where the last
 * owner stopped. When partitions are revoked, their polls are stopped and what they wrote is committed
 * before the group moves them. Offsets are never committed: an assigned partition is always read whole.
 */
final class FeedAssignment implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedAssignment.class);

    private final KafkaSettings kafka;
    private final KafkaConsumer<String, byte[]> consumer;
    private final FeedScheduler scheduler;
    private final TransactionalWriter writer;
    private final Consumer<Exception> onFailure;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean leaveGroup = true;
    private volatile int partitions = -1;

    /** @param onFailure told when the group membership fails for good (the service then starts over) */
    FeedAssignment(KafkaSettings kafka, String groupId, String clientId, Duration sessionTimeout,
                   FeedScheduler scheduler, TransactionalWriter writer, Consumer<Exception> onFailure) {
        this.kafka = kafka;
        this.onFailure = onFailure;
        this.scheduler = scheduler;
        this.writer = writer;
        Map<String, Object> props = kafka.consumer(groupId, clientId);
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 4));
        props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = IngestService.threads("wirestream-ingest-assignment").newThread(this::run);
        thread.start();
    }

    /** Partitions of news.feeds.v1 assigned to this instance, or -1 before it joined the group. */
    int partitions() {
        return partitions;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.FEEDS.name()), new Listener());
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    feed(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                onFailure.accept(e);
            }
        } finally {
            consumer.close(CloseOptions.groupMembershipOperation(leaveGroup
                    ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP
                    : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));
        }
    }

    private void feed(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            scheduler.remove(record.key());
            return;
        }
        FeedSettings settings;
        try {
            settings = WirestreamSerdes.feedSettings().deserializer().deserialize(record.topic(), record.value());
            FeedList.feedUrl(settings.url());
        } catch (RuntimeException e) {
            log.warn("Skipped the feed '{}' at {}-{}@{}: {}", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        scheduler.put(settings, record.partition(), states.remove(record.key()));
    }

    /** Stops taking part in the group: leaving it, so that the others take the feeds over at once. */
    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        join();
    }

    /** Stops as a crashed process would: without leaving the group, which notices after the session timeout. */
    void halt() {
        leaveGroup = false;
        close();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            partitions = consumer.assignment().size();
            if (assigned.isEmpty()) {
                return;
            }
            List<Integer> numbers = assigned.stream().map(TopicPartition::partition).toList();
            long began = System.nanoTime();
            Map<String, FeedState> loaded = TopicReader.read(kafka, Topics.FEED_STATE, numbers,
                    bytes -> WirestreamSerdes.feedState().deserializer().deserialize(Topics.FEED_STATE.name(), bytes));
            states.putAll(loaded);
            consumer.seekToBeginning(assigned);
            log.info("Assigned partitions {} of {}: {} feed states loaded in {} ms", numbers, Topics.FEEDS,
                    loaded.size(), (System.nanoTime() - began) / 1_000_000);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            if (revoked.isEmpty()) {
                return;
            }
            scheduler.revoke(revoked.stream().map(TopicPartition::partition).toList());
            try {
                writer.commit(); // the next owner reads the states of the revoked feeds as of now
            } catch (KafkaWriteException e) {
                log.warn("Could not commit before handing partitions {} over: {}", revoked, e.getMessage());
            }
            partitions = consumer.assignment().size() - revoked.size();
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            scheduler.revoke(lost.stream().map(TopicPartition::partition).toList());
            partitions = 0;
        }
    }
}
