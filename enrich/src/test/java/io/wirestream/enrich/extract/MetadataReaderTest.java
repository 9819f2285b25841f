package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
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

    @Test
    void titleFromJsonLdHeadlineUnlessCutShort() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"%s\"}</script>";
        assertThat(read(ld.formatted("Markets rally &amp; rates fall") + "<meta property='og:title' content='OG'>", "")
                .title()).isEqualTo("Markets rally & rates fall");
        assertThat(read(ld.formatted("Markets rally as...") + "<meta property='og:title' content='Markets rally as "
                + "rates fall to a record low'>", "").title()).isEqualTo("Markets rally as rates fall to a record low");
    }

    @Test
    void titleLosesASectionPrefix() {
        assertThat(read("<meta property='article:section' content='Opinion'>"
                + "<meta property='og:title' content='Opinion | Republicans follow the leader'>", "").title())
                .isEqualTo("Republicans follow the leader");
    }

    @Test
    void authorsFromTheVisibleByline() {
        assertThat(read("", "<div itemprop='author' itemscope><span itemprop='name'>Giulia Ferraris</span></div>")
                .authors()).containsExactly("Giulia Ferraris");
        assertThat(read("", "<p>By <a rel='author' href='/a/ruth'>Ruth Okafor</a></p>").authors())
                .containsExactly("Ruth Okafor");
        assertThat(read("", "<div class='byline'>Por Ana Lima e Carlos Menezes</div>").authors())
                .containsExactly("Ana Lima", "Carlos Menezes");
        assertThat(read("", "<div class='byline'>" + "A very long teaser that is not a byline at all. ".repeat(4)
                + "</div>").authors()).isEmpty();
    }

    @Test
    void publishedAndUpdatedFromEachSource() {
        OffsetDateTime published = OffsetDateTime.parse("2024-05-14T07:45:00-03:00");
        OffsetDateTime updated = OffsetDateTime.parse("2024-05-14T11:10:00-03:00");
        PageMetadata ld = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-05-14T07:45:00-03:00\",\"dateModified\":\"2024-05-14T11:10:00-03:00\"}"
                + "</script><meta property='article:published_time' content='2000-01-01'>", "");
        assertThat(ld.publishedAt()).isEqualTo(published);
        assertThat(ld.updatedAt()).isEqualTo(updated);
        PageMetadata meta = read("<meta property='article:published_time' content='2024-05-14T07:45:00-03:00'>"
                + "<meta property='article:modified_time' content='2024-05-14T11:10:00-03:00'>", "");
        assertThat(meta.publishedAt()).isEqualTo(published);
        assertThat(meta.updatedAt()).isEqualTo(updated);
        PageMetadata microdata = read("", "<time itemprop='datePublished' datetime='2024-05-14T07:45:00-03:00'>14/05"
                + "</time><time itemprop='dateModified' datetime='2024-05-14T11:10:00-03:00'>11h10</time>");
        assertThat(microdata.publishedAt()).isEqualTo(published);
        assertThat(microdata.updatedAt()).isEqualTo(updated);
        PageMetadata fromUrl = reader.read(Jsoup.parse("<html><body><p>x</p></body></html>",
                "https://example.com/2019/11/19/story/"));
        assertThat(fromUrl.publishedAt()).isEqualTo(OffsetDateTime.parse("2019-11-19T00:00:00Z"));
        assertThat(fromUrl.updatedAt()).isNull();
    }

    @Test
    void languageFromJsonLdWhenTheMarkupDeclaresNone() {
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"inLanguage\":\"pt-BR\"}"
                + "</script>", "").language()).isEqualTo("pt");
    }

    @Test
    void canonicalUrlFromJsonLdLast() {
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":"
                + "{\"@type\":\"WebPage\",\"@id\":\"https://example.com/c\"}}</script>", "").canonicalUrl())
                .isEqualTo("https://example.com/c");
    }

    @Test
    void siteNameSectionAndDescriptionFromEachSource() {
        PageMetadata ld = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleSection\":"
                + "[\"Cidades\",\"Recife\"],\"description\":\"LD summary\",\"publisher\":{\"@type\":"
                + "\"Organization\",\"name\":\"Jornal do Litoral\"}}</script>"
                + "<meta name='description' content='Meta summary'>", "");
        assertThat(ld.siteName()).isEqualTo("Jornal do Litoral");
        assertThat(ld.section()).isEqualTo("Cidades");
        assertThat(ld.description()).isEqualTo("LD summary");
        PageMetadata meta = read("<meta property='og:site_name' content='Planet'><meta property='article:section' "
                + "content='World'><meta name='description' content='Meta summary'>", "");
        assertThat(meta.siteName()).isEqualTo("Planet");
        assertThat(meta.section()).isEqualTo("World");
        assertThat(meta.description()).isEqualTo("Meta summary");
        assertThat(read("<meta property='og:site_name' content='https://www.planet.example'>", "").siteName()).isNull();
    }

    @Test
    void tagsFromKeywordsWithoutTheCmsOwn() {
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"keywords\":"
                + "\"chuva, Recife,Defesa Civil, @post-id:1913719, chuva\"}</script>", "").tags())
                .containsExactly("chuva", "Recife", "Defesa Civil");
        assertThat(read("<meta property='article:tag' content='metro'><meta property='article:tag' content='transport'>"
                + "<meta name='keywords' content='ignored, because, article:tag, came, first'>", "").tags())
                .containsExactly("metro", "transport");
        assertThat(read("<meta name='news_keywords' content='strikes, shipping,_internal'>", "").tags())
                .containsExactly("strikes", "shipping");
    }

    @Test
    void topImageResolvedFromEachSource() {
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"image\":[{\"@type\":"
                + "\"ImageObject\",\"url\":\"/img/lead.jpg\"}]}</script>", "").topImage())
                .isEqualTo("https://example.com/img/lead.jpg");
        assertThat(read("<meta property='og:image' content='https://cdn.example.com/a.jpg'>", "").topImage())
                .isEqualTo("https://cdn.example.com/a.jpg");
        assertThat(read("<meta name='twitter:image' content='b.jpg'>", "").topImage())
                .isEqualTo("https://example.com/news/b.jpg");
        assertThat(read("<link rel='image_src' href='/c.jpg'>", "").topImage()).isEqualTo("https://example.com/c.jpg");
        assertThat(read("<meta property='og:image' content='data:image/png;base64,AAAA'>", "").topImage()).isNull();
    }

    @Test
    void nothingIsInventedForAPageThatStatesNothing() {
        PageMetadata meta = reader.read(Jsoup.parse("<html><body><p>Text.</p></body></html>", "https://example.com/a"));
        assertThat(meta).isEqualTo(new PageMetadata(null, null, List.of(), null, null, null, null, null, null,
                List.of(), null));
    }
}
