package io.wirestream.core.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An enriched article, the value of {@code news.articles.v1}. All offsets index into {@link #body()}.
 *
 * @param id               the article id (also the record key)
 * @param url              the URL the article was fetched from
 * @param canonicalUrl     the page's canonical URL, or {@code url} when it names none
 * @param source           the host name of the publisher
 * @param title            the article title, or null
 * @param authors          author names without "By", possibly empty
 * @param publishedAt      when the article was published, with the publisher's offset, or null
 * @param language         ISO 639-1 language code, or null
 * @param body             plain text, paragraphs separated by blank lines
 * @param entities         people, organizations, locations and other names, one per real-world thing
 * @param quotes           what was said, by whom
 * @param enrichedAt       when this record was produced
 * @param extractorVersion the version of the extraction and enrichment code that produced it
 */
public record Article(String id, String url, String canonicalUrl, String source, String title,
                      List<String> authors, OffsetDateTime publishedAt, String language, String body,
                      List<Entity> entities, List<Quote> quotes, Instant enrichedAt, String extractorVersion) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
