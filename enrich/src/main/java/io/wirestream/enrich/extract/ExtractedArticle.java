package io.wirestream.enrich.extract;

import java.util.Objects;

/**
 * What an {@link ArticleExtractor} found in a page. Every metadata field the page does not state is null
 * (or empty): an extractor never invents a value.
 *
 * @param metadata the page's metadata; its language is the declared one or, failing that, the body's
 * @param body     the main text: paragraphs and in-article headings in order, separated by blank lines;
 *                 empty when the page has no recognisable article text
 */
public record ExtractedArticle(PageMetadata metadata, String body) {

    public ExtractedArticle {
        Objects.requireNonNull(metadata, "metadata");
        body = body == null ? "" : body;
    }
}
