package io.wirestream.sink;

import io.micrometer.core.instrument.Timer;
import io.wirestream.core.ops.Health;
import io.wirestream.core.topic.Topics;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer thread. Each poll of {@code news.articles.v1} is written in one database transaction,
 * and its offsets are committed only after that transaction commits, so that a crash at any point loses
 * nothing (the records come again, and writing them again changes nothing).
 *
 * <p>While the database is unavailable the loop holds the batch in hand, pauses its partitions and retries
 * with exponential backoff; it keeps polling meanwhile, which returns nothing for paused partitions but
 * keeps its place in the consumer group. It resumes by itself once a write succeeds.
 */
final class ArticleConsumerLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ArticleConsumerLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Health CONSUMING = Health.up("consuming " + Topics.ARTICLES);

    private final Consumer<String, byte[]> consumer;
    private final ArticleRecordDecoder decoder = new ArticleRecordDecoder();
    private final ArticleBatchWriter writer;
    private final SinkDeadLetters deadLetters;
    private final SinkMetrics metrics;
    private final Duration backoffMax;

    private volatile boolean running = true;
    private volatile Health health = Health.up("starting");
    /** The batch waiting for the database, while it is unavailable; touched on the consumer thread only. */
    private ConsumedBatch waiting;

    ArticleConsumerLoop(Consumer<String, byte[]> consumer, ArticleBatchWriter writer, SinkDeadLetters deadLetters,
                        SinkMetrics metrics, Duration backoffMax) {
        this.consumer = consumer;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.backoffMax = backoffMax;
    }

    /** What the loop is doing, or why it cannot. */
    Health health() {
        return health;
    }

    /** Asks the loop to stop once the batch in hand is written and committed. Safe from any thread. */
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
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                metrics.lag(lag());
                if (!records.isEmpty()) {
                    store(records);
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
            consumer.close();
        }
    }

    private void store(ConsumerRecords<String, byte[]> records) {
        ConsumedBatch batch = new ConsumedBatch(records);
        for (ConsumerRecord<String, byte[]> record : records) {
            ArticleChange change;
            try {
                change = decoder.decode(record);
            } catch (RuntimeException e) {
                deadLetters.invalid(record, e);
                continue;
            }
            batch.add(record, change);
        }
        writeAndCommit(batch);
    }

    private void writeAndCommit(ConsumedBatch batch) {
        Backoff backoff = new Backoff(backoffMax);
        while (!batch.isEmpty()) {
            try {
                write(batch);
                commit(batch.offsets());
                break;
            } catch (SQLException e) {
                metrics.databaseFailed();
                if (!running) {
                    // Stopping: the batch stays uncommitted and comes again at the next start.
                    return;
                }
                Duration wait = backoff.next();
                health = Health.down("database unavailable, retrying in " + wait.toMillis() + " ms: "
                        + SqlErrors.summary(e));
                log.warn("Cannot write {} changes to the database, retrying in {} ms: {}", batch.changes().size(),
                        wait.toMillis(), SqlErrors.summary(e));
                holdWhileWaiting(batch, wait);
            }
        }
        if (waiting != null) {
            waiting = null;
            consumer.resume(consumer.paused());
            metrics.paused(false);
            log.info("The database is back; consuming {} again", Topics.ARTICLES);
        }
        health = CONSUMING;
    }

    private void write(ConsumedBatch batch) throws SQLException {
        List<ArticleChange> changes = batch.changes();
        if (changes.isEmpty()) {
            // Every record of the poll was dead-lettered: only the offsets are left to commit.
            return;
        }
        Timer.Sample sample = Timer.start();
        List<ArticleBatchWriter.Rejection> rejected = writer.write(changes);
        sample.stop(metrics.batchLatency());
        for (ArticleBatchWriter.Rejection rejection : rejected) {
            deadLetters.rejected(batch.sourceOf(rejection.change()), rejection.error());
        }
        long deletions = changes.stream().filter(ArticleChange::isDelete).count()
                - rejected.stream().filter(rejection -> rejection.change().isDelete()).count();
        metrics.written(changes.size() - rejected.size() - deletions, deletions);
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            // stop() came while the batch was being written: commit it all the same, then stop.
            consumer.commitSync(offsets);
            throw e;
        } catch (KafkaException e) {
            // The rows are in; the records come again after a rebalance or restart, which changes nothing.
            log.warn("Could not commit offsets {}: {}", offsets, e.getMessage());
        }
    }

    /**
     * Pauses every partition and polls until {@code wait} is over, so that the consumer stays in its group.
     * A rebalance meanwhile may take partitions of {@code batch} away ({@link RebalanceListener}).
     */
    private void holdWhileWaiting(ConsumedBatch batch, Duration wait) {
        if (waiting == null) {
            waiting = batch;
            consumer.pause(consumer.assignment());
            metrics.paused(true);
        }
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

    /** Keeps the batch waiting for the database consistent with the partitions this consumer owns. */
    private final class RebalanceListener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (waiting != null) {
                waiting.drop(partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (waiting != null) {
                consumer.pause(partitions);
            }
        }
    }
}
