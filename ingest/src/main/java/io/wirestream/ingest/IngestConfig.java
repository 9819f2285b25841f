package io.wirestream.ingest;

import io.wirestream.core.config.ConfigField;
import io.wirestream.core.config.ConfigGroup;
import java.time.Duration;
import java.util.List;

/** Keys of the ingest service: which feeds it polls, how often, and how it fetches feeds and pages. */
public final class IngestConfig {

    public static final ConfigField<String> FEEDS_FILE = ConfigField.string("ingest.feeds.file")
            .withDefault("config/feeds.txt")
            .withDoc("File of the feeds to poll, one http, https or file URL per line; blank lines and lines "
                    + "starting with # are ignored. Read once at start.");

    public static final ConfigField<Duration> POLL_INTERVAL = ConfigField.duration("ingest.poll.interval")
            .withDefault("5m").positiveDuration()
            .withDoc("Time from the start of one poll cycle, which polls every feed once, to the start of the "
                    + "next; a cycle that takes longer is followed at once by the next.");

    public static final ConfigField<Duration> HTTP_CONNECT_TIMEOUT =
            ConfigField.duration("ingest.http.connect.timeout")
                    .withDefault("10s").positiveDuration()
                    .withDoc("Longest wait for a TCP (and TLS) connection to a feed or page server.");

    public static final ConfigField<Duration> HTTP_REQUEST_TIMEOUT =
            ConfigField.duration("ingest.http.request.timeout")
                    .withDefault("30s").positiveDuration()
                    .withDoc("Longest a fetch of a feed or page may take, from the first request to the last byte "
                            + "of the body, redirects included; a slower fetch is abandoned.");

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
            .withDoc("User-Agent header of every request. Publishers block anonymous crawlers: name yourself "
                    + "and say where to reach you.");

    public static final ConfigField<Integer> FETCH_CONCURRENCY = ConfigField.integer("ingest.fetch.concurrency")
            .withDefault("4").atLeast(1)
            .withDoc("Feeds and pages fetched at the same time.");

    public static final ConfigGroup GROUP = new ConfigGroup("Ingest",
            "Keys of the ingest service: which feeds it polls, how often, and how it fetches feeds and pages.",
            List.of(FEEDS_FILE, POLL_INTERVAL, HTTP_CONNECT_TIMEOUT, HTTP_REQUEST_TIMEOUT, HTTP_MAX_BYTES,
                    HTTP_MAX_REDIRECTS, HTTP_USER_AGENT, FETCH_CONCURRENCY));

    private IngestConfig() {
    }
}
