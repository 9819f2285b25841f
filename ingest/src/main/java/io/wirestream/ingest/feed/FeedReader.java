package io.wirestream.ingest.feed;

import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import io.wirestream.ingest.http.BodyLimit;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import io.wirestream.ingest.http.FetchRequest;
import io.wirestream.ingest.http.HttpDocument;
import io.wirestream.ingest.http.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls one subscription, whatever it turns out to be: an RSS, Atom or JSON feed; a sitemap, Google News
 * sitemap or sitemap index; a robots.txt, whose {@code Sitemap:} lines are read; or a home page, whose
 * first announced feed is read (autodiscovery). The document named by the subscription is fetched
 * conditionally (ETag, Last-Modified) and skipped when its body did not change; those it leads to are
 * fetched in full. Reads http, https and file URLs.
 */
public final class FeedReader {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1";
    private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

    private final HttpFetcher http;
    private final int maxItems;
    private final int maxChildren;

    /**
     * @param maxItems    most items kept from one poll ({@code ingest.feed.max.items})
     * @param maxChildren most sitemaps read from an index or robots.txt ({@code ingest.sitemap.max.children})
     */
    public FeedReader(HttpFetcher http, int maxItems, int maxChildren) {
        this.http = http;
        this.maxItems = maxItems;
        this.maxChildren = maxChildren;
    }

    /**
     * Polls {@code url}.
     *
     * @param etag         the ETag held from the last poll, or null
     * @param lastModified the Last-Modified held, or null
     * @param contentHash  the hash of the body of the last poll, or null
     * @throws FetchException       when it cannot be fetched or read
     * @throws InterruptedException when the calling thread is interrupted
     */
    public FeedResponse read(URI url, String etag, String lastModified, String contentHash)
            throws FetchException, InterruptedException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            byte[] body = readFile(url);
            return new FeedResponse(200, null, null, hash(body), Optional.empty(),
                    Optional.of(document(url, url, body, null)));
        }
        HttpDocument response = http.get(FetchRequest.of(url, ACCEPT).conditional(etag, lastModified));
        String newEtag = response.header("ETag").orElse(response.notModified() ? etag : null);
        String newLastModified = response.header("Last-Modified").orElse(response.notModified() ? lastModified : null);
        Optional<Duration> maxAge = response.header("Cache-Control").map(MAX_AGE::matcher).filter(Matcher::find)
                .map(m -> Duration.ofSeconds(Long.parseLong(m.group(1))));
        if (response.notModified()) {
            return new FeedResponse(304, newEtag, newLastModified, contentHash, maxAge, Optional.empty());
        }
        String hash = hash(response.body());
        if (hash.equals(contentHash)) {
            return new FeedResponse(response.status(), newEtag, newLastModified, hash, maxAge, Optional.empty());
        }
        return new FeedResponse(response.status(), newEtag, newLastModified, hash, maxAge,
                Optional.of(document(url, response.url(), response.body(), response.header("Content-Type").orElse(null))));
    }

    /** Parses a document of any kind read from {@code base} for the subscription {@code url}. */
    private FeedDocument document(URI url, URI base, byte[] body, String contentType)
            throws FetchException, InterruptedException {
        String text = XmlRepair.decode(body, contentType);
        if (base.getPath() != null && base.getPath().toLowerCase(Locale.ROOT).endsWith("/robots.txt")) {
            List<String> sitemaps = new SimpleRobotRulesParser().parseContent(base.toString(), body, "text/plain",
                    List.of("wirestream")).getSitemaps();
            return sitemaps(url, base, sitemaps.stream().map(URI::create).toList(), body.length);
        }
        if (Sitemaps.isSitemap(text)) {
            AbstractSiteMap sitemap = Sitemaps.parse(body, contentType, base);
            if (sitemap instanceof SiteMapIndex index) {
                return sitemaps(url, base, Sitemaps.children(index), body.length);
            }
            return new FeedDocument(new FeedRef(url.toString(), null), base, cap(Sitemaps.items((SiteMap) sitemap)),
                    body.length, Optional.empty());
        }
        if (FeedDiscovery.looksLikeHtml(text)) {
            List<URI> feeds = FeedDiscovery.feeds(text, base);
            if (feeds.isEmpty()) {
                throw new FetchException(FetchFailure.INVALID_FEED, base + " is an HTML page that announces no "
                        + "feed (<link rel=\"alternate\" type=\"application/rss+xml\">)");
            }
            HttpDocument feed = http.get(feeds.get(0), ACCEPT);
            FeedDocument found = parseFeed(url, feed.url(), XmlRepair.decode(feed.body(),
                    feed.header("Content-Type").orElse(null)));
            return new FeedDocument(found.ref(), found.base(), found.items(), body.length + feed.body().length,
                    found.publisherInterval());
        }
        return parseFeed(url, base, text);
    }

    private FeedDocument parseFeed(URI url, URI base, String text) throws FetchException {
        FeedDocument document = parseText(url, base, text, text.length());
        return new FeedDocument(document.ref(), base, cap(document.items()), document.bytes(),
                document.publisherInterval());
    }

    /** The items of the newest sitemaps among {@code children}, read in full. */
    private FeedDocument sitemaps(URI url, URI base, List<URI> children, long bytes)
            throws FetchException, InterruptedException {
        List<FeedItem> items = new ArrayList<>();
        long read = bytes;
        for (URI child : children.subList(0, Math.min(children.size(), maxChildren))) {
            HttpDocument document = http.get(child, "application/xml, text/xml;q=0.9, */*;q=0.1");
            read += document.body().length;
            if (Sitemaps.parse(document.body(), document.header("Content-Type").orElse(null), document.url())
                    instanceof SiteMap sitemap) {
                items.addAll(Sitemaps.items(sitemap));
            }
        }
        return new FeedDocument(new FeedRef(url.toString(), null), base, cap(items), read, Optional.empty());
    }

    private List<FeedItem> cap(List<FeedItem> items) {
        return items.size() <= maxItems ? items : items.subList(0, maxItems);
    }

    private byte[] readFile(URI url) throws FetchException {
        Path path;
        try {
            path = Path.of(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_URL, "Not a local file URL: " + url, e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return BodyLimit.readAll(in, http.settings().maxBytes(), url.toString());
        } catch (IOException e) {
            throw new FetchException(FetchFailure.NETWORK,
                    "Cannot read " + url + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of {@code body}. */
    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Parses a feed document already in hand (RSS, Atom or JSON Feed), as tests and tools need. */
    static FeedDocument parse(URI url, byte[] body, String contentType) throws FetchException {
        return parseText(url, url, XmlRepair.decode(body, contentType), body.length);
    }

    private static FeedDocument parseText(URI url, URI base, String text, long bytes) throws FetchException {
        RssAtomParser.Parsed parsed = JsonFeedParser.looksLikeJson(text) ? JsonFeedParser.parse(text, base.toString())
                : RssAtomParser.parse(text, base.toString());
        return new FeedDocument(new FeedRef(url.toString(), parsed.title()), base, parsed.items(), bytes,
                parsed.publisherInterval());
    }
}
