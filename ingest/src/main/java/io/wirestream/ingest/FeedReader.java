package io.wirestream.ingest;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome, from http, https or file URLs, and keeps what
 * each item says. The XML parser refuses DOCTYPEs, so a feed cannot make it read external entities or
 * expand entities without bound.
 */
final class FeedReader {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private final HttpFetcher http;

    FeedReader(HttpFetcher http) {
        this.http = http;
    }

    /**
     * Fetches and parses the feed at {@code url}.
     *
     * @throws FetchException        when it cannot be fetched or is not a feed
     * @throws InterruptedException when the calling thread is interrupted
     */
    Feed read(URI url) throws FetchException, InterruptedException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            return parse(url, readFile(url), null);
        }
        HttpDocument document = http.get(url, ACCEPT);
        return parse(url, document.body(), document.header("Content-Type").orElse(null));
    }

    /**
     * Parses a feed document.
     *
     * @param url         where it came from
     * @param contentType its Content-Type header, or null; its charset wins over the XML declaration
     * @throws FetchException ({@link FetchFailure#INVALID_FEED}) saying what is wrong with it
     */
    static Feed parse(URI url, byte[] document, String contentType) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        // Rome's default, set anyway so that no upgrade can turn DTDs (XXE, billion laughs) back on.
        input.setAllowDoctypes(false);
        // Keeps the RSS and Atom entries, whose guid and id Rome's generic entry does not keep verbatim.
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException e) {
            throw new FetchException(FetchFailure.INVALID_FEED,
                    "Not a well-formed feed at " + url + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Rome says "IllegalArgumentException: Invalid document" for XML that is neither RSS nor Atom, and
            // its converters may trip over odd documents in other ways.
            throw new FetchException(FetchFailure.INVALID_FEED, "Not an RSS or Atom feed at " + url + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        List<FeedItem> items = feed.getEntries().stream().map(FeedReader::item).toList();
        return new Feed(new FeedRef(url.toString(), blankToNull(feed.getTitle())), items, document.length);
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

    private static FeedItem item(SyndEntry entry) {
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(
                guid(entry),
                blankToNull(entry.getTitle()),
                entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue()),
                blankToNull(entry.getLink()),
                published == null ? null : OffsetDateTime.ofInstant(published.toInstant(), ZoneOffset.UTC),
                authors(entry),
                entry.getCategories().stream().map(SyndCategory::getName).map(FeedReader::blankToNull)
                        .filter(Objects::nonNull).distinct().toList());
    }

    /** The RSS guid or Atom id; Rome's {@code SyndEntry.getUri()} falls back to the link when there is none. */
    private static String guid(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Item item) {
            return item.getGuid() == null ? null : blankToNull(item.getGuid().getValue());
        }
        if (entry.getWireEntry() instanceof Entry atom) {
            return blankToNull(atom.getId());
        }
        return blankToNull(entry.getUri());
    }

    /** Atom authors, else the RSS author or dc:creator that Rome keeps as a single string. */
    private static List<String> authors(SyndEntry entry) {
        List<String> names = entry.getAuthors().stream().map(SyndPerson::getName).map(FeedReader::blankToNull)
                .filter(Objects::nonNull).distinct().toList();
        return names.isEmpty() ? Stream.ofNullable(blankToNull(entry.getAuthor())).toList() : names;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
