package io.wirestream.core.record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An enriched article, the value of {@code news.articles.v1}. All offsets index into {@link #body()}.
 * Metadata the page does not state is null (or empty): the extractor never invents a value.
 *
 * @param id               the article id (also the record key)
 * @param url              the URL the article was fetched from
 * @param canonicalUrl     the page's canonical URL, or {@code url} when it names none
 * @param source           the host name of the publisher
 * @param siteName         the publisher's name as the page gives it ("The Example Times"), or null
 * @param title            the article title, without the site name, or null
 * @param description      the page's summary of the article (its standfirst or meta description), or null
 * @param authors          author names without "By", possibly empty
 * @param publishedAt      when the article was published, with the publisher's offset, or null
 * @param updatedAt        when the article was last modified, with the publisher's offset, or null
 * @param language         ISO 639-1 language code, or null
 * @param section          the section the publisher files the article under ("World", "Sport"), or null
 * @param tags             the publisher's keywords and tags, possibly empty
 * @param topImage         the absolute URL of the article's lead image, or null
 * @param body             plain text, paragraphs separated by blank lines
 * @param entities         people, organizations, locations and other names, one per real-world thing
 * @param quotes           what was said, by whom
 * @param enrichedAt       when this record was produced
 * @param extractorVersion the version of the extraction and enrichment code that produced it
 */
public record Article(String id, String url, String canonicalUrl, String source, String siteName, String title,
                      String description, List<String> authors, OffsetDateTime publishedAt,
                      OffsetDateTime updatedAt, String language, String section, List<String> tags,
                      String topImage, String body, List<Entity> entities, List<Quote> quotes, Instant enrichedAt,
                      String extractorVersion) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    /**
     * An article without the metadata added to the contract after its first version (site name,
     * description, update time, section, tags, top image), as readers that do not store them rebuild it.
     */
    public Article(String id, String url, String canonicalUrl, String source, String title, List<String> authors,
                   OffsetDateTime publishedAt, String language, String body, List<Entity> entities,
                   List<Quote> quotes, Instant enrichedAt, String extractorVersion) {
        this(id, url, canonicalUrl, source, null, title, null, authors, publishedAt, null, language, null,
                List.of(), null, body, entities, quotes, enrichedAt, extractorVersion);
    }
}
