package io.wirestream.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt of each site, fetched once and cached, read by crawler-commons' RFC 9309 parser for the
 * product token of the User-Agent. As RFC 9309 says: a robots.txt that is missing (any 4xx) allows
 * everything; one that cannot be fetched (5xx, timeout, broken connection) disallows everything until
 * {@code errorTtl} has passed. A Crawl-delay slows the site's requests at the {@link HostGate}.
 * Thread-safe: concurrent requests for one site wait for a single fetch.
 *
 * <p>Meter: {@code wirestream.ingest.robots.denials}.
 */
public final class RobotsRules {

    private static final Logger log = LoggerFactory.getLogger(RobotsRules.class);
    private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

    private final HttpFetcher http;
    private final List<String> agents;
    private final Duration ttl;
    private final Duration errorTtl;
    private final Counter denials;
    private final Map<String, CompletableFuture<Cached>> sites = new ConcurrentHashMap<>();

    /**
     * @param ttl      how long a fetched robots.txt is kept
     * @param errorTtl how long a robots.txt that could not be fetched disallows its site
     */
    public RobotsRules(HttpFetcher http, Duration ttl, Duration errorTtl, MeterRegistry metrics) {
        this.http = http;
        this.agents = List.of(productToken(http.settings().userAgent()));
        this.ttl = ttl;
        this.errorTtl = errorTtl;
        this.denials = Counter.builder("wirestream.ingest.robots.denials")
                .description("URLs not fetched because robots.txt disallows them").register(metrics);
    }

    /**
     * Checks that the site of {@code url} allows fetching it.
     *
     * @throws FetchException {@link FetchFailure#ROBOTS_DENIED} when it does not
     */
    public void check(URI url) throws FetchException, InterruptedException {
        Cached site = site(url);
        if (!site.rules().isAllowed(url.toString())) {
            denials.increment();
            if (site.unreachable() != null) {
                throw new FetchException(FetchFailure.ROBOTS_UNREACHABLE, "Not fetching " + url + " while the "
                        + "robots.txt of " + origin(url) + " cannot be read: " + site.unreachable());
            }
            throw new FetchException(FetchFailure.ROBOTS_DENIED, "robots.txt of " + origin(url) + " disallows "
                    + url + " for '" + agents.get(0) + "'");
        }
    }

    private Cached site(URI url) throws InterruptedException {
        String origin = origin(url);
        CompletableFuture<Cached> known = sites.get(origin);
        if (known != null && known.isDone() && !known.isCompletedExceptionally() && !known.join().expired()) {
            return known.join(); // the common case, without the lock of compute()
        }
        while (true) {
            CompletableFuture<Cached> mine = new CompletableFuture<>();
            CompletableFuture<Cached> entry = sites.compute(origin,
                    (key, held) -> held == null || held.isDone() && held.join().expired() ? mine : held);
            if (entry == mine) {
                try {
                    mine.complete(fetch(origin, url.getHost()));
                } catch (InterruptedException | RuntimeException e) {
                    sites.remove(origin, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            try {
                return entry.get();
            } catch (ExecutionException e) {
                // The fetching thread was interrupted (this one asks again) or hit a bug (this one says so).
                if (!(e.getCause() instanceof InterruptedException)) {
                    throw new IllegalStateException("Reading the robots.txt of " + origin + " failed", e.getCause());
                }
            }
        }
    }

    private Cached fetch(String origin, String host) throws InterruptedException {
        URI robots = URI.create(origin + "/robots.txt");
        long now = System.nanoTime();
        try {
            HttpDocument document = http.get(robots, "text/plain");
            BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robots.toString(), document.body(),
                    document.header("Content-Type").orElse("text/plain"), agents);
            if (rules.getCrawlDelay() > 0) {
                Duration delay = Duration.ofMillis(rules.getCrawlDelay());
                http.hosts().crawlDelay(host, delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay);
            }
            return new Cached(rules, now + ttl.toNanos(), null);
        } catch (FetchException e) {
            boolean missing = e.status().filter(status -> status / 100 == 4 && status != 429).isPresent();
            if (missing) {
                return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now + ttl.toNanos(),
                        null);
            }
            log.warn("Cannot read {}, so the site is disallowed for {}: {}", robots, errorTtl, e.getMessage());
            return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                    now + errorTtl.toNanos(), e.getMessage());
        }
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The product token robots.txt groups are matched against: "wirestream" of "wirestream/0.1 (+...)". */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
        return token.isEmpty() ? "wirestream" : token;
    }

    /** A site's rules until {@code expiresAtNanos}; {@code unreachable} says why they could not be read. */
    private record Cached(BaseRobotRules rules, long expiresAtNanos, String unreachable) {
        boolean expired() {
            return System.nanoTime() - expiresAtNanos > 0;
        }
    }
}
