package io.wirestream.enrich.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an {@link ArticleExtractor} found in a page. Every field the page does not state is null (or
 * empty): an extractor never invents a value.
 *
 * @param title        the article title, or null
 * @param authors      author names without "By", possibly empty
 * @param publishedAt  when the article was published, or null
 * @param language     ISO 639-1 code (lower case), or null
 * @param canonicalUrl the canonical URL the page names, absolute, or null
 * @param body         the main text: paragraphs and in-article headings in order, separated by blank lines;
 *                     empty when the page has no recognisable article text
 */
public record ExtractedArticle(String title, List<String> authors, OffsetDateTime publishedAt, String language,
                               String canonicalUrl, String body) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        body = body == null ? "" : body;
    }
}
