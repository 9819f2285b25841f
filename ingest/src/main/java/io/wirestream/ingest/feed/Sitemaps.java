package io.wirestream.ingest.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.ImageAttributes;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.wirestream.core.record.FeedItem;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads XML sitemaps, Google News sitemaps and sitemap indexes with crawler-commons, for publishers
 * without feeds: each URL is an item, with the news title, publication date, keywords and image when
 * the sitemap has them. DTDs are not read.
 */
final class Sitemaps {

    private Sitemaps() {
    }

    /** Whether the root of {@code xml} is a {@code urlset} or {@code sitemapindex}. */
    static boolean isSitemap(String xml) {
        int root = firstElement(xml);
        return root >= 0 && (xml.startsWith("urlset", root) || xml.startsWith("sitemapindex", root));
    }

    /** Parses a sitemap or an index. */
    static AbstractSiteMap parse(byte[] body, String contentType, URI url) throws FetchException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        parser.enableExtension(Extension.IMAGE);
        try {
            return parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(url.toString()));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FetchException(FetchFailure.INVALID_FEED, "Not a readable sitemap at " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** The sitemaps of an index, the most recently modified first. */
    static List<URI> children(SiteMapIndex index) {
        return index.getSitemaps().stream()
                .sorted(Comparator.comparing((AbstractSiteMap s) -> Optional.ofNullable(s.getLastModified())
                        .orElse(new Date(0))).reversed())
                .map(s -> URI.create(s.getUrl().toString())).toList();
    }

    /** The URLs of a sitemap as feed items, newest first. */
    static List<FeedItem> items(SiteMap sitemap) {
        return sitemap.getSiteMapUrls().stream().map(Sitemaps::item)
                .sorted(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static FeedItem item(SiteMapURL url) {
        Optional<NewsAttributes> news = first(url, Extension.NEWS, NewsAttributes.class);
        OffsetDateTime lastModified = url.getLastModified() == null ? null
                : OffsetDateTime.ofInstant(url.getLastModified().toInstant(), ZoneOffset.UTC);
        OffsetDateTime published = news.map(NewsAttributes::getPublicationDateTime)
                .map(date -> date.toOffsetDateTime()).orElse(lastModified);
        List<String> keywords = news.map(NewsAttributes::getKeywords).map(Arrays::asList).orElse(List.of())
                .stream().map(Text::clean).filter(Objects::nonNull).distinct().toList();
        String image = first(url, Extension.IMAGE, ImageAttributes.class).map(ImageAttributes::getLoc)
                .map(Object::toString).orElse(null);
        return new FeedItem(null, news.map(NewsAttributes::getTitle).map(Text::clean).orElse(null), null,
                url.getUrl().toString(), published, List.of(), keywords, lastModified, image, List.of());
    }

    private static <T extends ExtensionMetadata> Optional<T> first(SiteMapURL url, Extension extension, Class<T> type) {
        ExtensionMetadata[] metadata = url.getAttributesForExtension(extension);
        return metadata == null ? Optional.empty() : Arrays.stream(metadata).filter(type::isInstance).map(type::cast)
                .findFirst();
    }

    /** The index of the name of the root element of {@code xml}, past declarations and comments. */
    static int firstElement(String xml) {
        int i = 0;
        while (true) {
            i = xml.indexOf('<', i);
            if (i < 0 || i + 1 >= xml.length()) {
                return -1;
            }
            char next = xml.charAt(i + 1);
            if (next != '?' && next != '!') {
                return i + 1;
            }
            i++;
        }
    }
}
