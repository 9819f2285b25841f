package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what feed polls produce (pages to {@code news.raw.v1}, dead letters to {@code news.dlq.v1}, feed
 * states to {@code news.feed-state.v1}) in Kafka transactions, committed every {@code ingest.commit.interval}.
 * The records of one poll always land in one transaction, so that a poll's pages are visible exactly when
 * the feed state that records them is: an instance that dies mid-way leaves nothing half-done, and the
 * instance that takes its feeds over publishes each page once. Thread-safe: many polls write while one
 * thread commits.
 *
 * <p>After any failure the writer is broken for good ({@link #failure()}): the service starts over from
 * the committed state with a new writer.
 */
final class TransactionalWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TransactionalWriter.class);
    /** Room for a record's key, headers and batch framing beside its value. */
    private static final int RECORD_OVERHEAD = 64 * 1024;

    private final KafkaProducer<String, byte[]> producer;
    private final int maxRecordBytes;
    // Polls write under the read lock; a commit takes the write lock, so no poll is split by it.
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private volatile Exception failure;
    // Guarded by afterCommit. A transaction is begun by the first write after a commit, so that an idle
    // writer holds none open (closing one that is open makes the producer abort it, which can take long).
    private boolean inTransaction;

    /**
     * @param transactionalId unique to this writer while it lives; a writer started later with the same id
     *                        fences this one
     * @param maxBodyBytes    the largest page body that may be fetched ({@code ingest.http.max.bytes})
     * @param timeout         how long the broker keeps a transaction open that this writer does not finish
     *                        (it aborts it after that, e.g. when this process died)
     */
    TransactionalWriter(KafkaSettings kafka, String transactionalId, long maxBodyBytes, Duration timeout) {
        Map<String, Object> props = kafka.producer(transactionalId);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) timeout.toMillis());
        // A page of max.bytes may double in size as JSON (escapes, Latin-1 to UTF-8), and Kafka's default
        // limit of 1 MiB would refuse ordinary large pages.
        this.maxRecordBytes = Math.toIntExact(2 * maxBodyBytes + (1 << 20));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes + RECORD_OVERHEAD);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            producer.close(Duration.ZERO);
            throw new IllegalStateException("Cannot start a Kafka transaction as " + transactionalId + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether a record whose value has {@code valueBytes} is small enough to be written. */
    boolean fits(int valueBytes) {
        return valueBytes <= maxRecordBytes;
    }

    /**
     * Adds {@code records} to the open transaction: they become visible together, or (when the writer
     * fails) never.
     *
     * @param onCommit run once the transaction holding them has committed
     * @throws KafkaWriteException when the writer has failed
     */
    void write(List<ProducerRecord<String, byte[]>> records, Runnable onCommit) throws KafkaWriteException {
        lock.readLock().lock();
        try {
            throwIfFailed();
            synchronized (afterCommit) {
                if (!inTransaction) {
                    producer.beginTransaction();
                    inTransaction = true;
                }
            }
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record, (metadata, error) -> {
                    if (error != null) {
                        fail(new KafkaWriteException("Cannot write to " + record.topic() + ": " + error.getMessage(),
                                error));
                    }
                });
            }
            synchronized (afterCommit) {
                afterCommit.add(onCommit);
            }
        } catch (KafkaException e) {
            fail(e);
            throw new KafkaWriteException("Cannot write to Kafka: " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Commits the open transaction when it holds anything, then runs the callbacks of its writes.
     *
     * @throws KafkaWriteException when it cannot be committed; its records are then never visible
     */
    void commit() throws KafkaWriteException {
        List<Runnable> committed;
        lock.writeLock().lock();
        try {
            throwIfFailed();
            synchronized (afterCommit) {
                if (afterCommit.isEmpty()) {
                    return;
                }
                committed = new ArrayList<>(afterCommit);
                afterCommit.clear();
                inTransaction = false;
            }
            producer.commitTransaction();
        } catch (KafkaException e) {
            fail(e);
            throw new KafkaWriteException("Cannot commit to Kafka: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
        throwIfFailed(); // a send that failed asynchronously fails the commit, which then aborted
        committed.forEach(Runnable::run);
    }

    /** Why the writer failed, or null while it works. */
    Exception failure() {
        return failure;
    }

    private void throwIfFailed() throws KafkaWriteException {
        if (failure != null) {
            throw new KafkaWriteException("The Kafka transaction failed: " + failure.getMessage(), failure);
        }
    }

    private void fail(Exception error) {
        if (failure == null) {
            failure = error;
            log.error("Kafka writes failed; what was written since the last commit is abandoned: {}",
                    error.getMessage());
        }
    }

    /**
     * Commits what is pending when the writer works, else aborts it so that readers of committed records
     * need not wait for the transaction to time out; then closes the producer.
     */
    @Override
    public void close() {
        try {
            commit();
        } catch (KafkaWriteException e) {
            log.warn("Closing without committing: {}", e.getMessage());
            try {
                producer.abortTransaction();
            } catch (KafkaException | IllegalStateException abortFailed) {
                log.debug("Could not abort the transaction either: {}", abortFailed.getMessage());
            }
        } finally {
            producer.close(Duration.ofSeconds(30));
        }
    }

    /**
     * Stops as a crashed process would: the open transaction is left to the broker, which aborts it when it
     * times out.
     */
    void abandon() {
        fail(new KafkaWriteException("The writer was abandoned", null));
        producer.close(Duration.ZERO);
    }
}
