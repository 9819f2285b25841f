package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each source of metadata, on small pages written for it. */
class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    private PageMetadata read(String head, String body) {
        return reader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://example.com/news/story.html"));
    }

    @Test
    void titleFromOpenGraphFirst() {
        PageMetadata meta = read("<meta property='og:title' content='The OG title'><title>Other | Site</title>",
                "<h1>The heading</h1>");
        assertThat(meta.title()).isEqualTo("The OG title");
    }

    @Test
    void titleFromTheHeadingWithoutOpenGraph() {
        assertThat(read("<title>Other | Site</title>", "<h1> The heading </h1>").title()).isEqualTo("The heading");
    }

    @Test
    void titleFromTheTitleElementWithoutTheSiteName() {
        assertThat(read("<title>Markets rally as rates fall | The Daily Planet</title>", "").title())
                .isEqualTo("Markets rally as rates fall");
        assertThat(read("<title>Markets rally as rates fall - Planet</title>", "").title())
                .isEqualTo("Markets rally as rates fall");
        assertThat(read("<meta property='og:site_name' content='Planet'><title>Planet | Markets rally</title>", "")
                .title()).isEqualTo("Markets rally");
        // A separator inside a short title is not a site suffix.
        assertThat(read("<title>Q&amp;A - Part two</title>", "").title()).isEqualTo("Q&A - Part two");
    }

    @Test
    void openGraphTitleLosesOnlyTheKnownSiteName() {
        assertThat(read("<meta property='og:site_name' content='Planet'>"
                + "<meta property='og:title' content='Markets rally | Planet'>", "").title()).isEqualTo("Markets rally");
        assertThat(read("<meta property='og:title' content='Markets rally - a new high'>", "").title())
                .isEqualTo("Markets rally - a new high");
    }

    @Test
    void noTitleWhenThePageHasNone() {
        assertThat(read("", "<p>Text.</p>").title()).isNull();
    }

    @Test
    void authorsFromJsonLdBeforeMeta() {
        PageMetadata meta = read("""
                <meta name="author" content="Meta Person">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "name": "x"},
                  {"@type": "NewsArticle", "headline": "H",
                   "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"},
                              {"@type": "Organization", "name": "The Planet"}],
                   "datePublished": "2019-11-19T08:30:00-05:00"}]}
                </script>""", "");
        assertThat(meta.authors()).containsExactly("Ann Lee", "Bo Chan");
        assertThat(meta.publishedAt()).isEqualTo(OffsetDateTime.parse("2019-11-19T08:30:00-05:00"));
    }

    @Test
    void authorsFromMetaWithoutByAndSplit() {
        assertThat(read("<meta name='author' content='By Ann Lee and Bo Chan'>", "").authors())
                .containsExactly("Ann Lee", "Bo Chan");
        assertThat(read("<meta property='article:author' content='https://facebook.com/ann'>", "").authors()).isEmpty();
    }

    @Test
    void brokenJsonLdIsIgnored() {
        PageMetadata meta = read("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", </script>"
                + "<meta name='author' content='Ann Lee'>", "");
        assertThat(meta.authors()).containsExactly("Ann Lee");
    }

    @Test
    void publishedAtFromArticleMetaKeepsTheOffset() {
        assertThat(read("<meta property='article:published_time' content='2024-03-05T10:15:00+0100'>", "")
                .publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:00+01:00"));
        assertThat(read("<meta property='article:published_time' content='2024-03-05T10:15:00.123Z'>", "")
                .publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:00.123Z"));
    }

    @Test
    void publishedAtFromATimeElement() {
        assertThat(read("", "<article><time datetime='2024-03-05'>5 March</time></article>").publishedAt())
                .isEqualTo(OffsetDateTime.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void noDateWhenNoneIsReadable() {
        assertThat(read("<meta property='article:published_time' content='yesterday'>", "").publishedAt()).isNull();
    }

    @Test
    void languageFromHtmlLangThenContentLanguageThenLocale() {
        assertThat(reader.read(Jsoup.parse("<html lang='pt-BR'><head></head></html>")).language()).isEqualTo("pt");
        assertThat(read("<meta http-equiv='Content-Language' content='it'>", "").language()).isEqualTo("it");
        assertThat(read("<meta property='og:locale' content='ko_KR'>", "").language()).isEqualTo("ko");
        assertThat(read("", "").language()).isNull();
    }

    @Test
    void canonicalUrlResolvedAgainstThePage() {
        assertThat(read("<link rel='canonical' href='/news/story'>", "").canonicalUrl())
                .isEqualTo("https://example.com/news/story");
        assertThat(read("<meta property='og:url' content='https://example.com/og'>", "").canonicalUrl())
                .isEqualTo("https://example.com/og");
        assertThat(read("", "").canonicalUrl()).isNull();
    }
}
