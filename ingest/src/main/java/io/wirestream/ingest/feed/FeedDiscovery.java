package io.wirestream.ingest.feed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Feed autodiscovery: the feeds a home page announces in its head with
 * {@code <link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href="...">}, in page order.
 */
final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/rdf+xml");

    private FeedDiscovery() {
    }

    /** Whether {@code text} looks like an HTML page (whatever its Content-Type says: feeds are often served as text/html). */
    static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html");
    }

    /** The absolute URLs of the feeds {@code html}, fetched from {@code base}, announces. */
    static List<URI> feeds(String html, URI base) {
        Document page = Jsoup.parse(html, base.toString());
        return page.select("link[rel~=(?i)\\balternate\\b][href][type]").stream()
                .filter(link -> FEED_TYPES.contains(link.attr("type").strip().toLowerCase(Locale.ROOT)))
                .map(link -> link.absUrl("href")).filter(href -> !href.isEmpty())
                .map(FeedDiscovery::uri).filter(Objects::nonNull).distinct().toList();
    }

    private static URI uri(String href) {
        try {
            return URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
