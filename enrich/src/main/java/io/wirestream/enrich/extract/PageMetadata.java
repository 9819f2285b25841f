package io.wirestream.enrich.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The metadata a page states about its article, each value null (or empty) when the page does not say.
 *
 * @param title        the title, without the site-name suffix
 * @param authors      author names
 * @param publishedAt  the publication time
 * @param language     ISO 639-1 code
 * @param canonicalUrl the canonical URL, absolute
 * @param siteName     the publisher's name as the page gives it
 */
public record PageMetadata(String title, List<String> authors, OffsetDateTime publishedAt, String language,
                           String canonicalUrl, String siteName) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
