package io.wirestream.ingest;

import io.micrometer.core.instrument.Gauge;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds assigned to this instance, each when it is due: at most {@code concurrency} polls at a
 * time, and at most {@code hostConcurrency} of them for feeds of one host, so that a publisher with many
 * feeds cannot take every worker. A feed's poll never overlaps another poll of the same feed. Feeds come
 * and go as the consumer group moves partitions; a feed taken away is stopped at once.
 */
final class FeedScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);
    /** How soon a feed whose host is busy is looked at again. */
    private static final Duration HOST_BUSY_RETRY = Duration.ofMillis(50);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final FeedPoll poll;
    private final int hostConcurrency;
    private final Consumer<Exception> onWriteFailure;
    private final Map<String, Tracked> feeds = new ConcurrentHashMap<>();
    private final DelayQueue<Due> due = new DelayQueue<>();
    private final Map<String, Integer> pollsPerHost = new HashMap<>();
    private final Semaphore workerSlots;
    private final ExecutorService workers;
    private final Thread dispatcher;
    private final AtomicLong generations = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param onWriteFailure told when Kafka refused a poll's records: the writer is then broken, and the
     *                       service must start over from the committed state
     */
    FeedScheduler(FeedPoll poll, int concurrency, int hostConcurrency, IngestMetrics metrics,
                  Consumer<Exception> onWriteFailure) {
        this.poll = poll;
        this.hostConcurrency = hostConcurrency;
        this.onWriteFailure = onWriteFailure;
        this.workerSlots = new Semaphore(concurrency);
        this.workers = Executors.newFixedThreadPool(concurrency, IngestService.threads("wirestream-ingest-poll"));
        this.dispatcher = IngestService.threads("wirestream-ingest-scheduler").newThread(this::dispatch);
        Gauge.builder("wirestream.ingest.feeds.assigned", feeds, Map::size)
                .description("Feeds this instance polls").register(metrics.registry());
        Gauge.builder("wirestream.ingest.feeds.failing", this, FeedScheduler::failing)
                .description("Feeds whose last poll failed").register(metrics.registry());
        dispatcher.start();
    }

    /** Starts polling {@code settings} (from {@code partition} of news.feeds.v1), or updates its settings. */
    void put(FeedSettings settings, int partition, FeedState state) {
        Tracked known = feeds.get(settings.url());
        if (known != null) {
            known.settings = settings;
            return;
        }
        Tracked tracked = new Tracked(settings, partition, state, generations.incrementAndGet());
        feeds.put(settings.url(), tracked);
        due.add(new Due(settings.url(), state == null ? Instant.now() : state.nextPollAt(), tracked.generation));
    }

    /** Stops polling {@code url} (it was removed from news.feeds.v1). */
    void remove(String url) {
        Optional.ofNullable(feeds.remove(url)).ifPresent(tracked -> stop(List.of(tracked)));
    }

    /** Stops polling the feeds of {@code partitions}, interrupting their polls, and waits until they stopped. */
    void revoke(Collection<Integer> partitions) {
        List<Tracked> revoked = feeds.values().stream().filter(t -> partitions.contains(t.partition)).toList();
        revoked.forEach(t -> feeds.remove(t.settings.url(), t));
        stop(revoked);
        log.info("{} feeds of partitions {} handed over", revoked.size(), partitions);
    }

    /** The state of every feed polled here, for status reports. */
    Map<String, FeedState> states() {
        Map<String, FeedState> states = new HashMap<>();
        feeds.forEach((url, tracked) -> {
            if (tracked.state != null) {
                states.put(url, tracked.state);
            }
        });
        return states;
    }

    int assigned() {
        return feeds.size();
    }

    int failing() {
        return (int) feeds.values().stream().filter(t -> t.state != null && t.state.errorStreak() > 0).count();
    }

    private void dispatch() {
        try {
            while (!closed) {
                Due next = due.take();
                Tracked tracked = feeds.get(next.url);
                if (tracked == null || tracked.generation != next.generation || tracked.running != null) {
                    continue; // removed, replaced, or polling already
                }
                String host = host(next.url);
                if (!enterHost(host)) {
                    due.add(new Due(next.url, Instant.now().plus(HOST_BUSY_RETRY), next.generation));
                    continue;
                }
                workerSlots.acquire();
                tracked.running = new CompletableFuture<>();
                tracked.task = workers.submit(() -> run(tracked, host));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
    }

    private void run(Tracked tracked, String host) {
        boolean again = false;
        try {
            tracked.state = poll.poll(tracked.settings, tracked.state);
            again = true;
        } catch (KafkaWriteException e) {
            onWriteFailure.accept(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the feed was taken away, or the service is closing
        } catch (RuntimeException e) {
            log.error("Polling {} failed unexpectedly; it is tried again at its next interval", tracked.settings.url(), e);
            again = true;
        } finally {
            leaveHost(host);
            workerSlots.release();
            CompletableFuture<Void> running = tracked.running;
            tracked.running = null;
            running.complete(null);
        }
        if (again && !closed && feeds.get(tracked.settings.url()) == tracked) {
            Instant at = tracked.state != null ? tracked.state.nextPollAt() : Instant.now().plus(Duration.ofMinutes(1));
            due.add(new Due(tracked.settings.url(), at, tracked.generation));
        }
    }

    private synchronized boolean enterHost(String host) {
        int polls = pollsPerHost.getOrDefault(host, 0);
        if (polls >= hostConcurrency) {
            return false;
        }
        pollsPerHost.put(host, polls + 1);
        return true;
    }

    private synchronized void leaveHost(String host) {
        pollsPerHost.computeIfPresent(host, (h, polls) -> polls <= 1 ? null : polls - 1);
    }

    private static void stop(List<Tracked> stopped) {
        for (Tracked tracked : stopped) {
            Future<?> task = tracked.task;
            if (tracked.running != null && task != null) {
                task.cancel(true);
            }
        }
        for (Tracked tracked : stopped) {
            CompletableFuture<Void> running = tracked.running;
            if (running != null) {
                try {
                    running.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    log.warn("The poll of {} did not stop within {}", tracked.settings.url(), STOP_TIMEOUT);
                }
            }
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Stops polling, interrupting polls in flight (nothing of an interrupted poll is written). */
    @Override
    public void close() {
        closed = true;
        dispatcher.interrupt();
        workers.shutdownNow();
        try {
            dispatcher.join(STOP_TIMEOUT.toMillis());
            if (!workers.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Feed polls still running {} after being interrupted", STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Polls submitted but never started were dropped by shutdownNow: nothing waits for them any more.
        feeds.values().forEach(tracked -> Optional.ofNullable(tracked.running).ifPresent(r -> r.complete(null)));
        feeds.clear();
    }

    /** A feed polled here. Its mutable fields are written by one poll at a time, read by anyone. */
    private static final class Tracked {
        private final int partition;
        private final long generation;
        private volatile FeedSettings settings;
        private volatile FeedState state;
        private volatile CompletableFuture<Void> running;
        private volatile Future<?> task;

        Tracked(FeedSettings settings, int partition, FeedState state, long generation) {
            this.settings = settings;
            this.partition = partition;
            this.state = state;
            this.generation = generation;
        }
    }

    /** A feed's next poll. */
    private record Due(String url, Instant at, long generation) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(Instant.now(), at));
        }

        @Override
        public int compareTo(Delayed other) {
            return at.compareTo(((Due) other).at);
        }
    }
}
