package io.wirestream.ingest;

import io.wirestream.core.config.ConfigField;
import io.wirestream.core.config.ConfigGroup;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.ingest.http.AddressRange;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Keys of the ingest service: which feeds it polls, how often, and how it fetches feeds and pages. */
public final class IngestConfig {

    public static final ConfigField<String> FEEDS_FILE = ConfigField.string("ingest.feeds.file")
            .withDefault("config/feeds.txt")
            .withDoc("File of feeds to add to news.feeds.v1 when the service starts, one http, https or file URL "
                    + "per line; blank lines and lines starting with # are ignored, and feeds already in the topic "
                    + "are left as they are. Set it empty to add none (feeds are then managed with "
                    + "`wirestream feeds`).");

    public static final ConfigField<Duration> POLL_INTERVAL = ConfigField.duration("ingest.poll.interval")
            .withDefault("5m").positiveDuration()
            .withDoc("Time between the first polls of a new feed, before its own rate of new items is known; the "
                    + "interval then adapts between ingest.poll.interval.min and ingest.poll.interval.max.");

    public static final ConfigField<Duration> POLL_INTERVAL_MIN = ConfigField.duration("ingest.poll.interval.min")
            .withDefault("2m").positiveDuration()
            .withDoc("Shortest time between two polls of a feed, however busy it is (a feed's own setting wins).");

    public static final ConfigField<Duration> POLL_INTERVAL_MAX = ConfigField.duration("ingest.poll.interval.max")
            .withDefault("1h").positiveDuration()
            .withDoc("Longest time between two polls of a feed that works, however quiet it is or long its <ttl>, "
                    + "sy:updatePeriod or Cache-Control asks (a feed's own setting wins).");

    public static final ConfigField<Integer> POLL_JITTER_PERCENT = ConfigField.integer("ingest.poll.jitter.percent")
            .withDefault("10").withValidator(v -> v >= 0 && v <= 50, "0 to 50")
            .withDoc("Each poll interval is moved at random by up to this share, so that feeds added together "
                    + "do not stay polled together.");

    public static final ConfigField<Duration> FEED_BACKOFF_MAX = ConfigField.duration("ingest.feed.backoff.max")
            .withDefault("6h").positiveDuration()
            .withDoc("Longest wait before polling a failing feed again: each failure in a row doubles the wait, "
                    + "from the feed's interval up to this (or up to its Retry-After, when longer).");

    public static final ConfigField<Integer> FEED_MAX_ITEMS = ConfigField.integer("ingest.feed.max.items")
            .withDefault("500").atLeast(1)
            .withDoc("Most items taken from one feed document or sitemap, newest first; the rest are ignored, so "
                    + "that a sitemap of every article ever written does not flood the pipeline.");

    public static final ConfigField<Integer> SITEMAP_MAX_CHILDREN = ConfigField.integer("ingest.sitemap.max.children")
            .withDefault("5").atLeast(1)
            .withDoc("Most sitemaps read from one sitemap index or robots.txt in one poll, the most recently "
                    + "modified first.");

    public static final ConfigField<Duration> HTTP_CONNECT_TIMEOUT =
            ConfigField.duration("ingest.http.connect.timeout")
                    .withDefault("10s").positiveDuration()
                    .withDoc("Longest wait for a TCP (and TLS) connection to a feed or page server.");

    public static final ConfigField<Duration> HTTP_FIRST_BYTE_TIMEOUT =
            ConfigField.duration("ingest.http.first.byte.timeout")
                    .withDefault("15s").positiveDuration()
                    .withDoc("Longest wait from sending a request to receiving the response headers.");

    public static final ConfigField<Duration> HTTP_REQUEST_TIMEOUT =
            ConfigField.duration("ingest.http.request.timeout")
                    .withDefault("30s").positiveDuration()
                    .withDoc("Longest a fetch of a feed or page may take, from the first request to the last byte "
                            + "of the body, redirects included; a slower fetch is abandoned (and may be retried).");

    public static final ConfigField<Long> HTTP_MAX_BYTES = ConfigField.bytes("ingest.http.max.bytes")
            .withDefault("5MiB").atLeast(1)
            // Bodies are held in memory and published whole: keep a typo from asking for gigabytes.
            .withValidator(v -> v <= 256L << 20, "at most 256MiB")
            .withDoc("Largest body read from a feed or page, counted after decompression; a larger one is "
                    + "abandoned (and the page dead-lettered) without holding more than this in memory.");

    public static final ConfigField<Integer> HTTP_MAX_REDIRECTS = ConfigField.integer("ingest.http.max.redirects")
            .withDefault("5").atLeast(0)
            .withDoc("Most redirects followed for one feed or page; a longer chain, or a loop, fails the fetch.");

    public static final ConfigField<String> HTTP_USER_AGENT = ConfigField.string("ingest.http.user.agent")
            .withDefault("wirestream/0.1 (+https://github.com/wirestream/wirestream)")
            .withDoc("User-Agent header of every request; its first word is the name robots.txt rules are "
                    + "matched against. Publishers block anonymous crawlers: name yourself and say where to "
                    + "reach you.");

    public static final ConfigField<Integer> HTTP_RETRY_ATTEMPTS = ConfigField.integer("ingest.http.retry.attempts")
            .withDefault("3").atLeast(1)
            .withDoc("Attempts at a fetch that times out, breaks or gets a 5xx or 429, the first included; "
                    + "other 4xx are never retried.");

    public static final ConfigField<Duration> HTTP_RETRY_BACKOFF = ConfigField.duration("ingest.http.retry.backoff")
            .withDefault("1s").positiveDuration()
            .withDoc("Wait before the first retry; it doubles at each further retry, with random jitter.");

    public static final ConfigField<Duration> HTTP_RETRY_MAX_WAIT = ConfigField.duration("ingest.http.retry.max.wait")
            .withDefault("30s").positiveDuration()
            .withDoc("Longest wait between two attempts. A 429 or 503 whose Retry-After asks for longer is not "
                    + "retried now: its host and feed wait that long instead.");

    public static final ConfigField<String> HTTP_ALLOWED_ADDRESSES =
            ConfigField.string("ingest.http.allowed.addresses")
                    .withValidator(IngestConfig::validRanges, "a comma-separated list of IP addresses or CIDR "
                            + "blocks, such as 127.0.0.0/8,::1")
                    .withDoc("Non-public addresses that feeds and pages may be fetched from. By default every host "
                            + "that resolves to a loopback, private, link-local, multicast or unspecified address "
                            + "is refused, on every redirect (SSRF protection). Open what you need, e.g. "
                            + "127.0.0.0/8 for a feed served on this machine.");

    public static final ConfigField<Integer> HOST_CONCURRENCY = ConfigField.integer("ingest.host.concurrency")
            .withDefault("2").atLeast(1)
            .withDoc("Most requests in flight to one host at a time.");

    public static final ConfigField<Duration> HOST_MIN_DELAY = ConfigField.duration("ingest.host.min.delay")
            .withDefault("250ms")
            .withValidator(v -> !v.isNegative(), "zero or longer")
            .withDoc("Least time between the starts of two requests to one host; a robots.txt Crawl-delay (up to "
                    + "1 minute) or a Retry-After lengthens it for its host.");

    public static final ConfigField<Duration> ROBOTS_TTL = ConfigField.duration("ingest.robots.ttl")
            .withDefault("24h").positiveDuration()
            .withDoc("How long a site's robots.txt is kept before it is fetched again. It is obeyed for article "
                    + "pages; the feeds, sitemaps and home pages of news.feeds.v1 are fetched because someone "
                    + "subscribed to them, as feed readers do.");

    public static final ConfigField<Duration> ROBOTS_ERROR_TTL = ConfigField.duration("ingest.robots.error.ttl")
            .withDefault("10m").positiveDuration()
            .withDoc("How long a site whose robots.txt cannot be fetched (5xx, timeout) is treated as disallowing "
                    + "everything, as RFC 9309 asks, before its robots.txt is tried again. A missing robots.txt "
                    + "(4xx) allows everything.");

    public static final ConfigField<String> PAGE_CONTENT_TYPES = ConfigField.string("ingest.page.content.types")
            .withDefault("text/html,application/xhtml+xml")
            .withDoc("Media types of article pages that are fetched and published; a link to anything else (a "
                    + "PDF, a video) is skipped as soon as its headers arrive, and counted.");

    public static final ConfigField<String> URL_TRACKING_PARAMS = ConfigField.string("ingest.url.tracking.params")
            .withDefault("utm_*,fbclid,gclid,dclid,msclkid,mc_cid,mc_eid,_ga,ocid,cmpid")
            .withDoc("Query parameters removed from article URLs before their id is computed, so that one "
                    + "article tagged for two campaigns is one article; a trailing * matches a prefix.");

    public static final ConfigField<Integer> FETCH_CONCURRENCY = ConfigField.integer("ingest.fetch.concurrency")
            .withDefault("16").atLeast(1)
            .withDoc("Feeds polled at the same time by one instance (each poll fetches its feed, then its new "
                    + "pages one after the other).");

    public static final ConfigField<String> GROUP_ID = ConfigField.string("ingest.group.id")
            .withDefault("wirestream-ingest")
            .withDoc("Kafka consumer group of the ingest instances: the partitions of news.feeds.v1 are shared "
                    + "among the instances of one group, and move when one joins or dies.");

    public static final ConfigField<Duration> SESSION_TIMEOUT = ConfigField.duration("ingest.session.timeout")
            .withDefault("45s").positiveDuration()
            .withDoc("How long an instance may be silent before the group gives its feeds to the others. It must "
                    + "lie within the broker's group.min/max.session.timeout.ms (6s to 30m by default).");

    public static final ConfigField<Duration> COMMIT_INTERVAL = ConfigField.duration("ingest.commit.interval")
            .withDefault("1s").positiveDuration()
            .withDoc("Time between two commits of the Kafka transaction that holds the pages, dead letters and "
                    + "feed states written since the last one. Consumers reading committed records see pages "
                    + "this much later; a crash repeats at most this much work.");

    public static final ConfigField<Integer> FEED_SEEN_MAX = ConfigField.integer("ingest.feed.seen.max")
            .withDefault("200").atLeast(1)
            .withDoc("Most item ids remembered per feed in news.feed-state.v1 (at least those of the last "
                    + "document are kept), so that an item is not published again when it reappears.");

    public static final ConfigField<Duration> DEDUPE_WINDOW = ConfigField.duration("ingest.dedupe.window")
            .withDefault("2d").positiveDuration()
            .withDoc("How long a published article is remembered, so that the same article found in another feed "
                    + "(or again after its feed forgot it, see `ingest.feed.seen.max`) is not published twice. At "
                    + "start an instance reads the records of news.raw.v1 written in this period, pages included, "
                    + "and it holds some 200 bytes of memory per article published in it: a longer window catches "
                    + "later duplicates for a slower start and more memory.");

    public static final ConfigGroup GROUP = new ConfigGroup("Ingest",
            "Keys of the ingest service: which feeds it polls, how often, and how it fetches feeds and pages.",
            List.of(FEEDS_FILE, POLL_INTERVAL, POLL_INTERVAL_MIN, POLL_INTERVAL_MAX, POLL_JITTER_PERCENT,
                    FEED_BACKOFF_MAX, FEED_MAX_ITEMS, FEED_SEEN_MAX, DEDUPE_WINDOW, SITEMAP_MAX_CHILDREN,
                    HTTP_CONNECT_TIMEOUT, HTTP_FIRST_BYTE_TIMEOUT, HTTP_REQUEST_TIMEOUT, HTTP_MAX_BYTES,
                    HTTP_MAX_REDIRECTS, HTTP_USER_AGENT, HTTP_RETRY_ATTEMPTS, HTTP_RETRY_BACKOFF, HTTP_RETRY_MAX_WAIT,
                    HTTP_ALLOWED_ADDRESSES, HOST_CONCURRENCY, HOST_MIN_DELAY, ROBOTS_TTL, ROBOTS_ERROR_TTL,
                    PAGE_CONTENT_TYPES, URL_TRACKING_PARAMS, FETCH_CONCURRENCY, GROUP_ID, SESSION_TIMEOUT,
                    COMMIT_INTERVAL));

    private IngestConfig() {
    }

    /** The blocks of {@link #HTTP_ALLOWED_ADDRESSES}. */
    public static List<AddressRange> allowedAddresses(WirestreamConfig config) {
        return config.find(HTTP_ALLOWED_ADDRESSES).map(IngestConfig::ranges).orElse(List.of());
    }

    /** The lower-case entries of a comma-separated key, blanks dropped. */
    public static List<String> list(WirestreamConfig config, ConfigField<String> field) {
        return config.find(field).map(value -> Arrays.stream(value.split(","))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT)).filter(entry -> !entry.isEmpty()).toList())
                .orElse(List.of());
    }

    private static List<AddressRange> ranges(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(AddressRange::parse).toList();
    }

    private static boolean validRanges(String value) {
        try {
            ranges(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
