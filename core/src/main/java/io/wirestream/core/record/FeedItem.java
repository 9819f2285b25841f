package io.wirestream.core.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a feed said about one item, kept verbatim.
 *
 * @param guid       the item's guid, Atom id or JSON Feed id, or null
 * @param title      the item title, or null
 * @param summary    the item description or summary (may hold HTML), or null
 * @param link       the item link
 * @param published  the published (or, when there is none, updated) date, with the publisher's offset, or null
 * @param authors    author names, possibly empty
 * @param categories category labels, possibly empty
 * @param updated    the date the feed says the item was last updated, with the publisher's offset, or null
 * @param image      the URL of the item's image (Media RSS thumbnail or content, an image enclosure, a JSON
 *                   Feed image, a news sitemap image), or null
 * @param enclosures the files the item points to, possibly empty
 */
public record FeedItem(String guid, String title, String summary, String link, OffsetDateTime published,
                       List<String> authors, List<String> categories, OffsetDateTime updated, String image,
                       List<Enclosure> enclosures) {

    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }

    /** An item with the fields of the first version of the contract: no update date, image or enclosures. */
    public FeedItem(String guid, String title, String summary, String link, OffsetDateTime published,
                    List<String> authors, List<String> categories) {
        this(guid, title, summary, link, published, authors, categories, null, null, List.of());
    }
}
