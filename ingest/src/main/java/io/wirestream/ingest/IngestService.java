package io.wirestream.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.DeadLetterPublisher;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.Health;
import io.wirestream.core.ops.HealthCheck;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: polls the feeds of {@code ingest.feeds.file} every {@code ingest.poll.interval},
 * fetches the page of each item not published yet and publishes it to {@code news.raw.v1}. Pages that
 * cannot be fetched go to {@code news.dlq.v1}; feeds that cannot be read are tried again next cycle.
 * Bad feeds and pages never stop it.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** How long close() waits for a cycle to notice it was interrupted. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(threads("wirestream-ingest-poller"));
    private final ExecutorService workers;
    private final RawPagePublisher publisher;
    private final DeadLetterPublisher deadLetters;
    private final FeedPoller poller;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Health lastHealth = Health.down("Waiting for the first poll cycle");
    private volatile ScheduledFuture<?> schedule;

    private IngestService(ExecutorService workers, RawPagePublisher publisher, DeadLetterPublisher deadLetters,
                          FeedPoller poller) {
        this.workers = workers;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.poller = poller;
    }

    /**
     * Provisions {@code news.raw.v1} and {@code news.dlq.v1} if missing, loads which article ids are
     * already published, then polls every feed at once and every {@code ingest.poll.interval} after.
     * Never throws for bad feeds or pages.
     *
     * @throws io.wirestream.core.config.ConfigException when the feed list cannot be read
     * @throws IllegalStateException                     when Kafka cannot be reached
     */
    public static IngestService start(WirestreamConfig config, KafkaSettings kafka, MeterRegistry metrics) {
        FeedList feeds = FeedList.load(config);
        HttpSettings http = HttpSettings.from(config);
        Duration interval = config.get(IngestConfig.POLL_INTERVAL);
        int concurrency = config.get(IngestConfig.FETCH_CONCURRENCY);
        if (feeds.urls().isEmpty()) {
            log.warn("{} lists no feeds: nothing will be ingested", config.get(IngestConfig.FEEDS_FILE));
        }
        TopicProvisioner.provision(config, kafka, List.of(Topics.RAW, Topics.DLQ));
        PublishedIds published = PublishedIds.load(kafka);

        RawPagePublisher publisher = new RawPagePublisher(kafka, http.maxBytes());
        DeadLetterPublisher deadLetters;
        try {
            deadLetters = new DeadLetterPublisher(kafka, RawPagePublisher.CLIENT_ID + "-dlq", metrics);
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
        HttpFetcher fetcher = new HttpFetcher(http);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, threads("wirestream-ingest-fetch"));
        FeedPoller poller = new FeedPoller(feeds, new FeedReader(fetcher), new PageFetcher(fetcher), published,
                publisher, deadLetters, workers, new IngestMetrics(metrics));

        IngestService service = new IngestService(workers, publisher, deadLetters, poller);
        service.schedule = service.scheduler.scheduleAtFixedRate(service::pollOnce, 0, interval.toNanos(),
                TimeUnit.NANOSECONDS);
        log.info("Ingest started: {} feeds every {}, {} fetches at a time", feeds.urls().size(), interval,
                concurrency);
        return service;
    }

    /** Up once a poll cycle has run and Kafka took its records; the detail sums up the last cycle. */
    public HealthCheck health() {
        return () -> {
            if (closed.get()) {
                return Health.down("Stopped");
            }
            if (schedule.isDone()) {
                return Health.down("Polling has stopped after an unexpected error; see the log");
            }
            return lastHealth;
        };
    }

    private void pollOnce() {
        try {
            PollCycle cycle = poller.poll();
            lastHealth = cycle.health();
            log.info("{}", cycle.summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() is stopping the service
        } catch (RuntimeException e) {
            // Caught so that the schedule goes on: a scheduled task that throws is never run again.
            lastHealth = Health.down("The last poll cycle failed: " + e);
            log.error("Poll cycle failed; the next one runs as scheduled", e);
        }
    }

    /** Stops polling at once, interrupting fetches in flight, then flushes and closes the producers. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        awaitTermination(scheduler);
        awaitTermination(workers);
        publisher.close();
        deadLetters.close();
        log.info("Ingest stopped");
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Ingest threads still running {} after being interrupted", STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Named daemon threads, so that a forgotten service never keeps the JVM alive. */
    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
