package io.wirestream.core.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a feed said about one item, kept verbatim.
 *
 * @param guid       the item's guid or Atom id, or null
 * @param title      the item title, or null
 * @param summary    the item description or summary (may hold HTML), or null
 * @param link       the item link
 * @param published  the published (or updated) date the feed gave, or null
 * @param authors    author names, possibly empty
 * @param categories category labels, possibly empty
 */
public record FeedItem(String guid, String title, String summary, String link, OffsetDateTime published,
                       List<String> authors, List<String> categories) {

    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
