package io.wirestream.enrich.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The metadata a page states about its article, each value null (or empty) when the page does not say.
 *
 * @param title        the title, without the site name
 * @param description  the page's summary of the article
 * @param authors      author names
 * @param publishedAt  the publication time
 * @param updatedAt    the time of the last modification
 * @param language     ISO 639-1 code the page declares
 * @param canonicalUrl the canonical URL, absolute
 * @param siteName     the publisher's name as the page gives it
 * @param section      the section the article is filed under
 * @param tags         the publisher's keywords and tags
 * @param topImage     the lead image, an absolute URL
 */
public record PageMetadata(String title, String description, List<String> authors, OffsetDateTime publishedAt,
                           OffsetDateTime updatedAt, String language, String canonicalUrl, String siteName,
                           String section, List<String> tags, String topImage) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** This metadata with another language, for a language found in the text when the page declares none. */
    public PageMetadata withLanguage(String other) {
        return new PageMetadata(title, description, authors, publishedAt, updatedAt, other, canonicalUrl, siteName,
                section, tags, topImage);
    }
}
