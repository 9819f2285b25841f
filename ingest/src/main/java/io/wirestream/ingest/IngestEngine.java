package io.wirestream.ingest;

import io.wirestream.core.kafka.KafkaSettings;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One life of the polling machinery: a transactional writer, the scheduler of this instance's feeds and
 * its membership of the group, with a thread committing every {@code ingest.commit.interval}. When any
 * part fails for good (Kafka refused a transaction, the group membership broke) it reports
 * {@link #failure()}, and the service replaces it with a new one that starts over from what was committed.
 */
final class IngestEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestEngine.class);

    private final TransactionalWriter writer;
    private final FeedScheduler scheduler;
    private final FeedAssignment assignment;
    private final ScheduledExecutorService committer =
            Executors.newSingleThreadScheduledExecutor(IngestService.threads("wirestream-ingest-commit"));
    private volatile Exception failure;

    /**
     * @param settings what the engine runs with
     * @param polls    makes the feed poll of a writer
     */
    IngestEngine(Settings settings, Function<TransactionalWriter, FeedPoll> polls, IngestMetrics metrics) {
        String id = settings.groupId() + "-" + UUID.randomUUID();
        Duration transactionTimeout = settings.sessionTimeout().compareTo(settings.commitInterval().multipliedBy(10)) > 0
                ? settings.sessionTimeout() : settings.commitInterval().multipliedBy(10);
        this.writer = new TransactionalWriter(settings.kafka(), id, settings.maxBodyBytes(), transactionTimeout);
        this.scheduler = new FeedScheduler(polls.apply(writer), settings.concurrency(), settings.hostConcurrency(),
                metrics, this::fail);
        this.assignment = new FeedAssignment(settings.kafka(), settings.groupId(), id, settings.sessionTimeout(),
                scheduler, writer, this::fail);
        long interval = settings.commitInterval().toMillis();
        committer.scheduleWithFixedDelay(this::commit, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * What an engine runs with.
     *
     * @param kafka           the cluster
     * @param groupId         {@code ingest.group.id}
     * @param sessionTimeout  {@code ingest.session.timeout}
     * @param commitInterval  {@code ingest.commit.interval}
     * @param concurrency     {@code ingest.fetch.concurrency}
     * @param hostConcurrency {@code ingest.host.concurrency}
     * @param maxBodyBytes    {@code ingest.http.max.bytes}
     */
    record Settings(KafkaSettings kafka, String groupId, Duration sessionTimeout, Duration commitInterval,
                    int concurrency, int hostConcurrency, long maxBodyBytes) {
    }

    /** Why the engine failed, or null while it works. */
    Exception failure() {
        return failure;
    }

    /** Partitions of news.feeds.v1 assigned, or -1 before the group was joined. */
    int partitions() {
        return assignment.partitions();
    }

    /** The feeds this engine polls. */
    FeedScheduler scheduler() {
        return scheduler;
    }

    private void commit() {
        try {
            writer.commit();
        } catch (KafkaWriteException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(e);
            log.error("Committing failed unexpectedly", e);
        }
    }

    private void fail(Exception error) {
        if (failure == null) {
            failure = error;
            log.error("Ingest must start over from what was committed: {}", error.getMessage());
        }
    }

    /** Stops: polls interrupted, their pending work committed, the group left so that others take over at once. */
    @Override
    public void close() {
        scheduler.close();
        committer.shutdownNow();
        assignment.close();
        writer.close();
    }

    /** Stops as a crashed process would: nothing committed, the group not told. */
    void halt() {
        committer.shutdownNow();
        writer.abandon();
        scheduler.close();
        assignment.halt();
    }
}
