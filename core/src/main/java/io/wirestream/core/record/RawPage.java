package io.wirestream.core.record;

/**
 * A fetched article page, the value of {@code news.raw.v1}.
 *
 * <p>The raw HTML is kept so that a better extractor can reprocess history by replaying the topic.
 *
 * @param id       the article id: lower-case hex SHA-256 of the canonical URL (also the record key)
 * @param url      the URL the feed item linked to
 * @param finalUrl the URL after redirects
 * @param feed     the feed the item came from, or null for an ad-hoc fetch
 * @param item     what the feed said about the item, or null for an ad-hoc fetch
 * @param fetch    how the page was fetched
 * @param html     the page, decoded to text with the charset in {@code fetch}
 */
public record RawPage(String id, String url, String finalUrl, FeedRef feed, FeedItem item, FetchInfo fetch,
                      String html) {
}
