package io.wirestream.enrich.extract;

/**
 * Turns a fetched HTML page into the article it holds: its main text and metadata.
 *
 * <p>One implementation is used by the Kafka Streams topology and by {@code wirestream extract}, so
 * both produce the same article. Implementations are thread-safe and keep no state between pages.
 */
@FunctionalInterface
public interface ArticleExtractor {

    /**
     * Extracts the article of one page.
     *
     * @param html    the page, as decoded text
     * @param baseUrl the URL the page was fetched from, to resolve relative links; may be null
     * @return the article; its body is empty when the page holds no recognisable article text
     */
    ExtractedArticle extract(String html, String baseUrl);
}
