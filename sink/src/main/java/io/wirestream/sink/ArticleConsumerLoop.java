package io.wirestream.sink;

import io.micrometer.core.instrument.Timer;
import io.wirestream.core.ops.Health;
import io.wirestream.core.topic.Topics;
import io.wirestream.sink.store.ArticleChange;
import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer thread. It gathers the records of {@code news.articles.v1} into batches (up to
 * {@code sink.batch.size} records or {@code sink.batch.linger}) and writes each batch with its offsets to the
 * {@link Store} in one atomic step. Each partition it is assigned starts at the position the store holds, so
 * that the store, not Kafka, says what has been consumed: a crash at any point neither loses nor doubles a
 * row. Offsets are also committed to Kafka after each write, for monitoring tools.
 *
 * <p>While the store is unavailable the loop holds the batch in hand, pauses its partitions and retries with
 * exponential backoff; it keeps polling meanwhile, which returns nothing for paused partitions but keeps its
 * place in the consumer group. It resumes by itself once the store answers.
 */
final class ArticleConsumerLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ArticleConsumerLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Health CONSUMING = Health.up("consuming " + Topics.ARTICLES);

    /** One attempt at something the store must do before the loop can go on. */
    @FunctionalInterface
    private interface StoreStep {
        void run() throws StoreException;
    }

    private final Consumer<String, byte[]> consumer;
    private final Store store;
    private final ArticleRecordDecoder decoder = new ArticleRecordDecoder();
    private final StoreBatchWriter writer;
    private final SinkDeadLetters deadLetters;
    private final SinkMetrics metrics;
    private final SinkService.Settings settings;

    private volatile boolean running = true;
    private volatile Health health = Health.up("starting");
    // The fields below are touched on the consumer thread only (the rebalance listener runs inside poll).
    /** Partitions assigned whose position has not been read from the store yet; they stay paused. */
    private final Set<TopicPartition> unpositioned = new HashSet<>();
    private PendingBatch pending = new PendingBatch();
    private boolean storeDown;

    ArticleConsumerLoop(Consumer<String, byte[]> consumer, Store store, SinkDeadLetters deadLetters,
                        SinkMetrics metrics, SinkService.Settings settings) {
        this.consumer = consumer;
        this.store = store;
        this.writer = new StoreBatchWriter(store);
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.settings = settings;
    }

    /** What the loop is doing, or why it cannot. */
    Health health() {
        return health;
    }

    /** Asks the loop to stop; it writes the batch in hand first if the store takes it. Safe from any thread. */
    void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void run() {
        String end = "stopped";
        try {
            consumer.subscribe(List.of(Topics.ARTICLES.name()), new RebalanceListener());
            health = CONSUMING;
            while (running) {
                if (!unpositioned.isEmpty() && !untilDone(this::position)) {
                    break;
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout());
                metrics.lag(lag());
                add(records);
                if (batchReady() && !untilDone(this::writePending)) {
                    break;
                }
            }
        } catch (WakeupException e) {
            // stop() ends a poll this way.
        } catch (RuntimeException e) {
            // A dead letter that cannot be written, or Kafka failing the consumer: going on could lose records.
            log.error("The sink stopped: {}", e.getMessage(), e);
            end = "stopped by an error: " + e.getMessage();
        } finally {
            health = Health.down(end);
            writeOnceBeforeClosing();
            consumer.close();
        }
    }

    /** How long the next poll may wait: no longer than the batch in hand may still linger. */
    private Duration pollTimeout() {
        if (pending.records() == 0) {
            return POLL_TIMEOUT;
        }
        long left = settings.linger().toNanos() - pending.ageNanos();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(Math.min(left, POLL_TIMEOUT.toNanos()));
    }

    private boolean batchReady() {
        return pending.records() > 0 && (pending.records() >= settings.batchSize()
                || pending.ageNanos() >= settings.linger().toNanos());
    }

    private void add(ConsumerRecords<String, byte[]> records) {
        pending.consumed(records);
        for (ConsumerRecord<String, byte[]> record : records) {
            ArticleChange change;
            try {
                change = decoder.decode(record);
            } catch (RuntimeException e) {
                // Published before the batch moves the position past it, so the record is never lost.
                deadLetters.invalid(record, e);
                continue;
            }
            pending.add(record, new ChangeRecord(new TopicPartition(record.topic(), record.partition()),
                    record.offset(), Instant.ofEpochMilli(record.timestamp()), change));
        }
    }

    /**
     * Runs {@code step} until it succeeds, pausing every partition and retrying with backoff while the store
     * is unavailable.
     *
     * @return false when the loop was stopped before the step succeeded
     */
    private boolean untilDone(StoreStep step) {
        Backoff backoff = new Backoff(settings.backoffMax());
        while (true) {
            try {
                step.run();
                break;
            } catch (StoreException e) {
                metrics.storeFailed();
                if (!running) {
                    return false;
                }
                Duration wait = backoff.next();
                health = Health.down("store unavailable, retrying in " + wait.toMillis() + " ms: " + e.getMessage());
                log.warn("Cannot use the store at {}, retrying in {} ms: {}", store.location(), wait.toMillis(),
                        e.getMessage());
                if (!storeDown) {
                    storeDown = true;
                    metrics.paused(true);
                    syncPaused();
                }
                pollWhileWaiting(wait);
            }
        }
        if (storeDown) {
            storeDown = false;
            metrics.paused(false);
            syncPaused();
            log.info("The store is back; consuming {} again", Topics.ARTICLES);
        }
        health = CONSUMING;
        return true;
    }

    /** Starts each newly assigned partition at the position the store holds for it. */
    private void position() throws StoreException {
        Set<TopicPartition> wanted = new HashSet<>(unpositioned);
        wanted.retainAll(consumer.assignment());
        Map<TopicPartition, Long> stored = store.positions(wanted);
        stored.forEach(consumer::seek);
        unpositioned.clear();
        syncPaused();
        if (!wanted.isEmpty()) {
            log.info("Consuming {} partitions from the store's positions {} (the others from the group's offsets)",
                    wanted.size(), stored);
        }
    }

    private void writePending() throws StoreException {
        StoreBatch batch = pending.toStoreBatch();
        PendingBatch written = pending;
        Timer.Sample sample = Timer.start();
        int rejected = writer.write(batch, (change, error) ->
                deadLetters.rejected(written.sourceOf(change), error));
        sample.stop(metrics.batchLatency());
        long deletions = batch.changes().stream().filter(c -> c.change().isDelete()).count();
        metrics.written(batch.changes().size() - rejected - deletions, deletions);
        pending = new PendingBatch();
        commitToKafka(batch.nextOffsets());
    }

    /** Tells Kafka what the store holds, for lag monitoring; the store's positions are what count. */
    private void commitToKafka(Map<TopicPartition, Long> nextOffsets) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffsets.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        consumer.commitAsync(offsets, (committed, e) -> {
            if (e != null) {
                log.debug("Could not commit offsets {} to Kafka (the store holds them): {}", committed, e.toString());
            }
        });
    }

    /** On stopping, writes the batch in hand if the store is up; otherwise its records come again next time. */
    private void writeOnceBeforeClosing() {
        if (pending.isEmpty() || storeDown) {
            return;
        }
        try {
            writePending();
        } catch (StoreException | RuntimeException e) {
            log.info("Stopping without writing the last {} records; they will be read again: {}",
                    pending.records(), e.getMessage());
        }
    }

    /** Pauses every partition while the store is down, else only those waiting for their position. */
    private void syncPaused() {
        Set<TopicPartition> assigned = consumer.assignment();
        Set<TopicPartition> paused = new HashSet<>(storeDown ? assigned : unpositioned);
        paused.retainAll(assigned);
        Set<TopicPartition> resumed = new HashSet<>(assigned);
        resumed.removeAll(paused);
        consumer.pause(paused);
        consumer.resume(resumed);
    }

    /** Polls until {@code wait} is over, so that the consumer stays in its group while every partition is paused. */
    private void pollWhileWaiting(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); running && left > 0; left = deadline - System.nanoTime()) {
            ConsumerRecords<String, byte[]> unexpected = consumer.poll(Duration.ofNanos(left));
            // Paused partitions return nothing; should records slip through, read them again after this batch.
            for (TopicPartition partition : unexpected.partitions()) {
                consumer.seek(partition, unexpected.records(partition).get(0).offset());
            }
        }
    }

    private long lag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        return total;
    }

    /** Keeps the batch in hand and the partitions waiting for a position in line with the assignment. */
    private final class RebalanceListener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            pending.drop(partitions);
            unpositioned.removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            unpositioned.addAll(partitions);
            syncPaused();
        }
    }
}
