package io.wirestream.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.ops.Health;
import io.wirestream.core.ops.HealthCheck;
import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: one instance of the fetcher group. It polls the feeds of {@code news.feeds.v1} that
 * the group assigns to it, each at its own adaptive interval, fetches the page of each new item and
 * publishes it to {@code news.raw.v1}, with the feed's state in {@code news.feed-state.v1}, in one Kafka
 * transaction per commit interval. Pages that cannot be fetched go to {@code news.dlq.v1}. Bad feeds and
 * pages never stop it; when Kafka fails it, it starts over from what was committed.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final Duration RESTART_DELAY = Duration.ofSeconds(5);
    private static final Duration TOPIC_METADATA_WAIT = Duration.ofSeconds(30);

    private final IngestEngine.Settings settings;
    private final Function<TransactionalWriter, FeedPoll> polls;
    private final IngestMetrics metrics;
    private final FeedCatalog catalog;
    private final ScheduledExecutorService supervisor =
            Executors.newSingleThreadScheduledExecutor(threads("wirestream-ingest-supervisor"));
    private volatile IngestEngine engine;
    private volatile boolean closed;
    private volatile String lastRestart;

    private IngestService(IngestEngine.Settings settings, Function<TransactionalWriter, FeedPoll> polls,
                          IngestMetrics metrics, FeedCatalog catalog) {
        this.settings = settings;
        this.polls = polls;
        this.metrics = metrics;
        this.catalog = catalog;
        this.engine = new IngestEngine(settings, polls, metrics);
        supervisor.scheduleWithFixedDelay(this::supervise, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Provisions the topics it uses if missing, adds the feeds of {@code ingest.feeds.file} that are not
     * in {@code news.feeds.v1} yet, loads which article ids are already published, and joins the group.
     *
     * @throws io.wirestream.core.config.ConfigException when the feed list cannot be read
     * @throws IllegalStateException                     when Kafka cannot be reached, or the feed topics are
     *                                                   not partitioned alike
     */
    public static IngestService start(WirestreamConfig config, KafkaSettings kafka, MeterRegistry registry) {
        Optional<FeedList> file = FeedList.load(config);
        TopicProvisioner.provision(config, kafka, List.of(Topics.RAW, Topics.DLQ, Topics.FEEDS, Topics.FEED_STATE));
        checkCopartitioned(kafka);
        FeedCatalog catalog = new FeedCatalog(kafka);
        file.ifPresent(feeds -> {
            List<FeedSettings> added = catalog.add(feeds.urls().stream()
                    .map(url -> FeedSettings.of(url.toString(), null)).toList());
            log.info("{}: {} feeds, {} of them new to {}", config.get(IngestConfig.FEEDS_FILE), feeds.urls().size(),
                    added.size(), Topics.FEEDS);
        });
        PublishedIds published = PublishedIds.load(kafka, config.get(IngestConfig.DEDUPE_WINDOW), Clock.systemUTC());

        IngestMetrics metrics = new IngestMetrics(registry);
        Fetchers fetchers = Fetchers.from(config, registry);
        PollSchedule schedule = PollSchedule.from(config);
        int seenMax = config.get(IngestConfig.FEED_SEEN_MAX);
        IngestEngine.Settings settings = new IngestEngine.Settings(kafka, config.get(IngestConfig.GROUP_ID),
                config.get(IngestConfig.SESSION_TIMEOUT), config.get(IngestConfig.COMMIT_INTERVAL),
                config.get(IngestConfig.FETCH_CONCURRENCY), fetchers.http().settings().hostConcurrency(),
                fetchers.http().settings().maxBytes());
        IngestService service = new IngestService(settings, writer -> new FeedPoll(fetchers.feeds(), fetchers.pages(),
                published, writer, fetchers.canonicalizer(), schedule, seenMax, metrics), metrics, catalog);
        log.info("Ingest started in group {}: {} polls at a time, {} per host", settings.groupId(),
                settings.concurrency(), settings.hostConcurrency());
        return service;
    }

    /** Up while the instance takes part in the group and Kafka takes its writes. */
    public HealthCheck health() {
        return () -> {
            if (closed) {
                return Health.down("Stopped");
            }
            IngestEngine current = engine;
            if (current.failure() != null) {
                return Health.down("Starting over after a failure: " + current.failure().getMessage());
            }
            if (current.partitions() < 0) {
                return Health.down("Joining the group " + settings.groupId());
            }
            return Health.up(current.partitions() + " partitions of " + Topics.FEEDS + ", "
                    + current.scheduler().assigned() + " feeds, " + current.scheduler().failing() + " failing"
                    + (lastRestart == null ? "" : "; last restart: " + lastRestart));
        };
    }

    /** {@code GET /api/feeds}: every feed of the topic with its health. */
    public JsonEndpoint feedsEndpoint() {
        return new FeedsEndpoint(catalog);
    }

    /** The feeds this instance polls now. */
    Set<String> assignedFeeds() {
        return engine.scheduler().states().keySet();
    }

    private void supervise() {
        IngestEngine current = engine;
        if (closed || current.failure() == null) {
            return;
        }
        lastRestart = current.failure().getMessage();
        log.warn("Restarting ingest in {} after: {}", RESTART_DELAY, lastRestart);
        current.close();
        try {
            Thread.sleep(RESTART_DELAY.toMillis());
            if (!closed) {
                engine = new IngestEngine(settings, polls, metrics);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Could not restart ingest; trying again", e);
        }
    }

    /** Stops polling at once, interrupting fetches in flight, commits what was done and leaves the group. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        supervisor.shutdownNow();
        engine.close();
        log.info("Ingest stopped");
    }

    /** Stops as a crashed process would: nothing committed, the group not told (for tests of fail-over). */
    void halt() {
        closed = true;
        supervisor.shutdownNow();
        engine.halt();
    }

    /** Feeds are assigned by partition of news.feeds.v1, whose states must be in the same partition. */
    private static void checkCopartitioned(KafkaSettings kafka) {
        try (Admin admin = Admin.create(kafka.common())) {
            int feeds = partitions(admin, Topics.FEEDS.name());
            int states = partitions(admin, Topics.FEED_STATE.name());
            if (feeds != states) {
                throw new IllegalStateException(Topics.FEEDS + " has " + feeds + " partitions but " + Topics.FEED_STATE
                        + " has " + states + ": they must have as many, so that a feed and its state are in the "
                        + "same partition");
            }
        }
    }

    private static int partitions(Admin admin, String topic) {
        long deadline = System.nanoTime() + TOPIC_METADATA_WAIT.toNanos();
        while (true) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic)
                        .partitions().size();
            } catch (ExecutionException e) {
                // A topic created a moment ago may not be known to every broker yet.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Cannot describe " + topic + ": " + e.getCause().getMessage(), e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Cannot describe " + topic + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while describing " + topic, e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while describing " + topic, e);
            }
        }
    }

    /** Named daemon threads, so that a forgotten service never keeps the JVM alive. */
    static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
