package io.wirestream.core.record;

/**
 * The feed an article was found in.
 *
 * @param url   the feed URL as configured
 * @param title the feed's own title, or null
 */
public record FeedRef(String url, String title) {
}
