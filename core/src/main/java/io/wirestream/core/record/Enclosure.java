package io.wirestream.core.record;

/**
 * A file a feed item points to beside its page: an RSS enclosure, an Atom {@code rel="enclosure"} link, a
 * Media RSS {@code media:content} or a JSON Feed attachment.
 *
 * @param url    the file's URL
 * @param type   its MIME type as the feed gave it, or null
 * @param length its size in bytes as the feed gave it, or null
 */
public record Enclosure(String url, String type, Long length) {
}
