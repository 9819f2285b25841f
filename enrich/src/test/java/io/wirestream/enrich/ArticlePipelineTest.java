package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.RawPage;
import io.wirestream.enrich.extract.ExtractionLimitException;
import io.wirestream.enrich.extract.ExtractionLimits;
import io.wirestream.enrich.extract.JsoupArticleExtractor;
import io.wirestream.enrich.nlp.TextEnricher;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's own rules around the stages: feed fallbacks, URLs, limits. */
class ArticlePipelineTest {

    private final ArticlePipeline pipeline = ArticlePipeline.standard();

    @Test
    void takesMetadataFromThePageFirst() {
        Article article = pipeline.enrich(TestPages.rawPage("a", TestPages.ARTICLE_HTML));

        assertThat(article.title()).isEqualTo("Summit ends without a deal");
        assertThat(article.authors()).containsExactly("Jane Doe");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:00+01:00"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo("https://news.example.com/world/summit-ends?utm_source=rss");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.com/world/summit-ends");
        assertThat(article.source()).isEqualTo("news.example.com");
        assertThat(article.enrichedAt()).isNotNull();
    }

    @Test
    void fallsBackOnTheFeedItemForWhatThePageDoesNotState() {
        String bare = "<html><body><div><p>" + "A plain page with one paragraph of text, and no metadata. ".repeat(3)
                + "</p></div></body></html>";

        Article article = pipeline.enrich(TestPages.rawPage("b", bare));

        assertThat(article.title()).isEqualTo("Feed title");
        assertThat(article.authors()).containsExactly("Feed Author");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:00:00Z"));
        assertThat(article.tags()).containsExactly("World");
        assertThat(article.language()).as("detected from the body").isEqualTo("en");
        assertThat(article.siteName()).isNull();
        assertThat(article.canonicalUrl()).isEqualTo(article.url());
        assertThat(article.body()).startsWith("A plain page with one paragraph");
    }

    @Test
    void anArticleInALanguageTheStagesDoNotReadKeepsItsBodyButGetsNoEntitiesOrQuotes() {
        String italian = "Il ministro dell'Economia Marco Bellandi ha presentato la manovra a Roma. "
                + "«Abbiamo fatto scelte chiare per le famiglie», ha dichiarato Bellandi ai giornalisti, "
                + "secondo i quali il governo punta a ridurre il deficit entro la fine dell'anno.";

        Article html = pipeline.fromHtml("it-html", "https://notizie.example.it/manovra",
                "<html lang=\"it\"><body><article><p>" + italian + "</p></article></body></html>");
        Article text = pipeline.fromText("it-text", "La manovra", italian);

        assertThat(html.language()).isEqualTo("it");
        assertThat(html.body()).isEqualTo(italian);
        assertThat(html.entities()).isEmpty();
        assertThat(html.quotes()).isEmpty();
        assertThat(text.language()).as("detected from the text").isEqualTo("it");
        assertThat(text.entities()).isEmpty();
    }

    @Test
    void textInTheStagesLanguageOrTooShortToTellIsEnriched() {
        Article english = pipeline.fromText("en", null, "Rob Bauer, the chair of the NATO Military Committee, "
                + "said in Brussels on Monday that the alliance had to prepare for a long confrontation.");
        Article shortText = pipeline.fromText("short", null, "“We will be ready when it comes,” Bauer said.");

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.entities()).extracting(e -> e.name()).contains("Rob Bauer");
        assertThat(shortText.language()).isNull();
        assertThat(shortText.quotes()).isNotEmpty();
    }

    @Test
    void fromHtmlAndFromTextNeedNoFeed() {
        Article html = pipeline.fromHtml("h", "https://example.org/x", "<p>Short.</p>");
        assertThat(html.title()).isNull();
        assertThat(html.authors()).isEmpty();
        assertThat(html.source()).isEqualTo("example.org");

        Article text = pipeline.fromText("t", " ", "Plain body.");
        assertThat(text.title()).isNull();
        assertThat(text.url()).isNull();
        assertThat(text.body()).isEqualTo("Plain body.");
    }

    @Test
    void rejectsPagesOverTheLimitWithoutParsingThem() {
        ArticlePipeline small = pipeline.withMaxHtmlBytes(100);
        String html = "<p>" + "é".repeat(60) + "</p>"; // 67 chars, 127 UTF-8 bytes

        assertThatThrownBy(() -> small.fromHtml("big", null, html))
                .isInstanceOf(PageRejectedException.class)
                .hasMessageContaining("127 bytes, more than the limit of 100 bytes (enrich.max.html.bytes)");
        assertThat(small.fromHtml("fits", null, "<p>" + "e".repeat(60) + "</p>").id()).isEqualTo("fits");
    }

    @Test
    void rejectsPagesOverTheExtractionLimitsNamingTheKey() {
        ArticlePipeline strict = new ArticlePipeline(new JsoupArticleExtractor(
                new ExtractionLimits(100, 512, Duration.ofSeconds(10))), TextEnricher.standard(),
                ArticlePipeline.DEFAULT_MAX_HTML_BYTES, Clock.systemUTC());
        String html = "<div>" + "<span>x</span>".repeat(200) + "</div>";

        assertThatThrownBy(() -> strict.fromHtml("many", null, html))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("page many has more than 100 elements, over the limit of enrich.max.html.elements")
                .hasCauseInstanceOf(ExtractionLimitException.class);
    }

    @Test
    void carriesEveryMetadataFieldOfThePage() {
        Article article = pipeline.fromHtml("m", "https://news.example.com/a", """
                <html lang="pt-BR"><head>
                <meta property="og:site_name" content="Jornal do Litoral">
                <meta property="og:description" content="Defesa Civil registrou 42 ocorrências.">
                <meta property="og:image" content="/img/lead.jpg">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Chuva forte em Recife",
                 "datePublished":"2024-05-14T07:45:00-03:00","dateModified":"2024-05-14T11:10:00-03:00",
                 "articleSection":"Cidades","keywords":["chuva","Recife"],
                 "author":{"@type":"Person","name":"Ana Lima"}}</script>
                </head><body><article><p>A chuva provocou alagamentos em quinze bairros da zona norte.</p></article>
                </body></html>""");

        assertThat(article.siteName()).isEqualTo("Jornal do Litoral");
        assertThat(article.title()).isEqualTo("Chuva forte em Recife");
        assertThat(article.description()).isEqualTo("Defesa Civil registrou 42 ocorrências.");
        assertThat(article.authors()).containsExactly("Ana Lima");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-05-14T07:45:00-03:00"));
        assertThat(article.updatedAt()).isEqualTo(OffsetDateTime.parse("2024-05-14T11:10:00-03:00"));
        assertThat(article.language()).isEqualTo("pt");
        assertThat(article.section()).isEqualTo("Cidades");
        assertThat(article.tags()).containsExactly("chuva", "Recife");
        assertThat(article.topImage()).isEqualTo("https://news.example.com/img/lead.jpg");
    }

    @Test
    void rejectsPagesWithoutIdOrHtml() {
        assertThatThrownBy(() -> pipeline.enrich(new RawPage(null, "u", null, null, null, null, "<p>x</p>")))
                .isInstanceOf(PageRejectedException.class).hasMessage("page has no id");
        assertThatThrownBy(() -> pipeline.enrich(new RawPage("x", "u", null, null, null, null, null)))
                .isInstanceOf(PageRejectedException.class).hasMessage("page x has no html");
    }

    @Test
    void readsAHostFromUrlsThatJavaNetUriRejects() {
        Article article = pipeline.fromHtml("s", "https://news.example.com/a b|c", "<p>x</p>");
        assertThat(article.source()).isEqualTo("news.example.com");
        assertThat(List.of(article.url())).containsExactly("https://news.example.com/a b|c");
    }
}
