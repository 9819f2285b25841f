package io.wirestream.ingest;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/feeds}: every feed with its health (last poll, last success, last error, HTTP status,
 * items published, next poll), read from the feed topics and kept for a few seconds so that a dashboard
 * polling it does not re-read the topics each time; {@code ?failing=true} lists only failing feeds.
 * {@code GET /api/feeds?url=<feed URL>} shows one feed.
 */
public final class FeedsEndpoint implements JsonEndpoint {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final FeedCatalog catalog;
    private List<FeedStatus> cached;
    private long readAt;

    public FeedsEndpoint(FeedCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Object handle(JsonRequest request) {
        List<FeedStatus> feeds = feeds();
        Optional<String> url = request.param("url");
        if (url.isPresent()) {
            return feeds.stream().filter(feed -> feed.url().equals(url.get())).findFirst().orElse(null);
        }
        boolean failing = request.param("failing").map(Boolean::parseBoolean).orElse(false);
        List<FeedStatus> shown = failing ? feeds.stream().filter(feed -> feed.errorStreak() > 0).toList() : feeds;
        return Map.of("count", shown.size(), "failing", feeds.stream().filter(f -> f.errorStreak() > 0).count(),
                "feeds", shown);
    }

    private synchronized List<FeedStatus> feeds() {
        if (cached == null || System.nanoTime() - readAt > FRESH.toNanos()) {
            cached = catalog.status();
            readAt = System.nanoTime();
        }
        return cached;
    }
}
