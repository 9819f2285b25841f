package io.wirestream.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.core.config.ConfigGroup;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.record.FeedState;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.ingest.FeedCatalog;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestService;
import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The ingest service against ten thousand feeds on this machine (a macro benchmark, run as a main rather
 * than in JMH, since one run is minutes of I/O): a real broker (the testkit's, in this JVM unless
 * WIRESTREAM_TEST_KAFKA_BOOTSTRAP_SERVERS names one) and {@link LocalPublishers} on 100 loopback hosts.
 * <ol>
 *   <li>a full poll cycle of fresh feeds with {@code items} new items each: feed polls and pages fetched
 *       and published per second;</li>
 *   <li>a full poll cycle of the same feeds, every one due and answering 304: feeds polled per second.</li>
 * </ol>
 * Peak heap is sampled throughout (the broker's and the servers' included when they run in this JVM).
 * Politeness is relaxed (no minimum delay, 4 requests per host), since a hundred hosts stand for thousands.
 *
 * <p>Run: {@code java -Xmx512m -cp 'bench/target/benchmarks.jar:bench/target/lib/*'
 * io.wirestream.bench.IngestBenchmark [feeds] [items]} (defaults 10000 and 20).
 */
public final class IngestBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        HeapWatch heap = new HeapWatch();
        try (TestKafka kafka = TestInfrastructure.newKafka();
             LocalPublishers sites = new LocalPublishers(100, items, 8)) {
            WirestreamConfig config = config(kafka);
            TopicProvisioner.provision(config, kafka.settings(), List.of(Topics.RAW, Topics.DLQ, Topics.FEEDS,
                    Topics.FEED_STATE));
            new FeedCatalog(kafka.settings()).add(IntStream.range(0, feeds)
                    .mapToObj(n -> FeedSettings.of(sites.feedUrl(n), null)).toList());
            System.out.printf(Locale.ROOT, "%d feeds of %d items on 100 local hosts, %d CPUs, max heap %d MiB%n",
                    feeds, items, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            long pages = (long) feeds * items;
            try (IngestService ingest = IngestService.start(config, kafka.settings(), metrics)) {
                long began = System.nanoTime();
                awaitCount(() -> (long) metrics.counter("wirestream.ingest.items.published").count(), pages);
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf(Locale.ROOT, "new items: %d feeds and %d pages fetched and published in %.1f s: "
                        + "%.0f feeds/s, %.0f pages/s (pages served %d, feeds served %d)%n", feeds, pages, seconds,
                        feeds / seconds, pages / seconds, sites.pagesServed.get(), sites.feedsServed.get());
            }

            makeEveryFeedDue(kafka, sites, feeds);
            SimpleMeterRegistry again = new SimpleMeterRegistry();
            try (IngestService ingest = IngestService.start(config, kafka.settings(), again)) {
                long began = System.nanoTime();
                awaitCount(sites.notModified::get, feeds);
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf(Locale.ROOT, "conditional: %d feeds polled, all 304, in %.1f s: %.0f feeds/s%n",
                        feeds, seconds, feeds / seconds);
            }
        } finally {
            heap.stop();
            System.out.printf(Locale.ROOT, "peak heap used: %d MiB%n", heap.peak() >> 20);
        }
    }

    private static WirestreamConfig config(TestKafka kafka) {
        Map<String, String> values = new HashMap<>();
        values.put(CoreConfig.KAFKA_BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers());
        values.put(CoreConfig.KAFKA_TOPIC_PARTITIONS.name(), "6");
        values.put(IngestConfig.FEEDS_FILE.name(), "");
        values.put(IngestConfig.HTTP_ALLOWED_ADDRESSES.name(), "127.0.0.0/8");
        values.put(IngestConfig.HOST_MIN_DELAY.name(), "0s");
        values.put(IngestConfig.HOST_CONCURRENCY.name(), "4");
        values.put(IngestConfig.FETCH_CONCURRENCY.name(), "64");
        values.put(IngestConfig.POLL_INTERVAL.name(), "1h");
        values.put(IngestConfig.POLL_INTERVAL_MIN.name(), "1h");
        values.put(IngestConfig.POLL_INTERVAL_MAX.name(), "1h");
        List<ConfigGroup> groups = List.of(CoreConfig.GROUP, IngestConfig.GROUP);
        return WirestreamConfig.resolve(groups, Map.of(), values);
    }

    /** Writes a state for every feed that holds its ETag and is due now, as after a cycle long ago. */
    private static void makeEveryFeedDue(TestKafka kafka, LocalPublishers sites, int feeds) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.settings().producer("bench"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int n = 0; n < feeds; n++) {
                FeedState state = new FeedState(sites.feedUrl(n), LocalPublishers.ETAG, null, null, List.of(), 3600,
                        Instant.now(), 0, 200, Instant.now(), Instant.now(), null, 0);
                producer.send(new ProducerRecord<>(Topics.FEED_STATE.name(), state.url(),
                        WirestreamSerdes.feedState().serializer().serialize(Topics.FEED_STATE.name(), state)));
            }
            producer.flush();
        }
    }

    private static void awaitCount(LongSupplier count, long target) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long lastReport = System.nanoTime();
        while (count.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + count.getAsLong() + " of " + target + " after " + LIMIT);
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                System.out.printf(Locale.ROOT, "  ... %d of %d%n", count.getAsLong(), target);
                lastReport = System.nanoTime();
            }
            Thread.sleep(50);
        }
    }

    /** Samples the heap in use every 100 ms and keeps the highest. */
    private static final class HeapWatch {
        private final Thread thread;
        private volatile long peak;
        private volatile boolean stopped;

        HeapWatch() {
            thread = new Thread(() -> {
                while (!stopped) {
                    long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == MemoryType.HEAP)
                            .mapToLong(pool -> pool.getUsage().getUsed()).sum();
                    peak = Math.max(peak, used);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            stopped = true;
            thread.interrupt();
        }

        long peak() {
            return peak;
        }
    }
}
