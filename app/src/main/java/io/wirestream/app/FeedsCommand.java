package io.wirestream.app;

import io.wirestream.core.config.ConfigValues;
import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import io.wirestream.core.record.FeedSettings;
import io.wirestream.core.topic.TopicProvisioner;
import io.wirestream.core.topic.Topics;
import io.wirestream.ingest.FeedCatalog;
import io.wirestream.ingest.FeedStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirestream feeds}: manages the feeds of news.feeds.v1 and shows their health, on the Kafka of
 * kafka.bootstrap.servers or, when it is unset, on the embedded broker of a running {@code wirestream run}.
 * Each subcommand is a method.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = {"Manages the feeds the ingest service polls (the topic news.feeds.v1) and shows their health.",
                "Uses the Kafka of --kafka, else of kafka.bootstrap.servers (WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS), "
                        + "else the embedded broker of a running `wirestream run` on 127.0.0.1:embedded.kafka.port."})
final class FeedsCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kafka", paramLabel = "HOST:PORT[,...]",
            description = "The Kafka brokers (kafka.bootstrap.servers; default: the embedded broker of `run`).")
    private String bootstrapServers;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a feed: an RSS, Atom or JSON feed, a sitemap or sitemap index, a robots.txt whose "
                    + "Sitemap: lines are read, or a home page whose feed is discovered.")
    int add(@Parameters(paramLabel = "URL", description = "The feed URL (http, https or file).") String url,
            @Option(names = "--title", paramLabel = "TEXT", description = "A label for the feed.") String title,
            @Option(names = "--min-interval", paramLabel = "DURATION", description = "Shortest time between two "
                    + "polls of this feed, e.g. 1m (default ingest.poll.interval.min).") String minInterval,
            @Option(names = "--max-interval", paramLabel = "DURATION", description = "Longest time between two "
                    + "polls of this feed, e.g. 2h (default ingest.poll.interval.max).") String maxInterval) {
        FeedCatalog.feedUrl(url);
        FeedSettings feed = new FeedSettings(url, title, Instant.now(), seconds(minInterval), seconds(maxInterval));
        boolean added = !catalog().add(List.of(feed)).isEmpty();
        out().println(added ? "Added " + url : url + " is already a feed");
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a feed and its state.")
    int remove(@Parameters(paramLabel = "URL", description = "The feed URL, as listed.") String url) {
        boolean removed = catalog().remove(url);
        out().println(removed ? "Removed " + url : url + " is not a feed");
        return removed ? 0 : 1;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the feeds, one URL per line.")
    int list() {
        catalog().feeds().forEach(feed -> out().println(feed.url() + (feed.title() == null ? "" : "\t" + feed.title())));
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds the feeds of a file, one URL per line (blank lines and # comments ignored); "
                    + "feeds already there are left as they are.")
    int importFile(@Parameters(paramLabel = "FILE", description = "The feed list.") Path file) {
        out().println("Added " + catalog().importFile(file).size() + " feeds from " + file);
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Shows the health of every feed: last poll, last success, HTTP status, items published, "
                    + "failures in a row and the last error.")
    int status(@Option(names = "--failing", description = "Only the feeds whose last poll failed.") boolean failing) {
        PrintWriter out = out();
        out.printf("%-20s  %-20s  %6s  %9s  %6s  %s%n", "LAST POLL", "LAST SUCCESS", "STATUS", "PUBLISHED",
                "ERRORS", "FEED / LAST ERROR");
        for (FeedStatus feed : catalog().status()) {
            if (failing && feed.errorStreak() == 0) {
                continue;
            }
            out.printf("%-20s  %-20s  %6s  %9d  %6d  %s%n", time(feed.lastPollAt()), time(feed.lastSuccessAt()),
                    feed.lastStatus() == null ? "-" : feed.lastStatus(), feed.itemsPublished(), feed.errorStreak(),
                    feed.url() + (feed.lastError() == null ? "" : "\n" + " ".repeat(73) + feed.lastError()));
        }
        return 0;
    }

    /** The catalog on the chosen Kafka, its topics created when missing. */
    private FeedCatalog catalog() {
        Map<String, String> options = new HashMap<>();
        options.put(CoreConfig.KAFKA_BOOTSTRAP_SERVERS.name(), bootstrapServers);
        WirestreamConfig config = AppConfig.resolve(options);
        String bootstrap = config.find(CoreConfig.KAFKA_BOOTSTRAP_SERVERS)
                .orElse("127.0.0.1:" + config.get(CoreConfig.EMBEDDED_KAFKA_PORT));
        KafkaSettings kafka = KafkaSettings.from(config, bootstrap);
        TopicProvisioner.provision(config, kafka, List.of(Topics.FEEDS, Topics.FEED_STATE));
        return new FeedCatalog(kafka);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static Long seconds(String duration) {
        return duration == null ? null : ConfigValues.parseDuration(duration.strip()).toSeconds();
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : instant.toString().replaceFirst("\\.\\d+Z$", "Z");
    }
}
