package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The body rules of the first extractor, each on a page written for it. */
class JsoupArticleExtractorTest {

    private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

    private static final String PROSE_1 = "The council voted on Tuesday to extend the tram line to the harbour, "
            + "a project that has been debated for more than a decade.";
    private static final String PROSE_2 = "Work is due to start next spring, and the first trams should run in "
            + "2027, according to the plans approved by the council.";
    private static final String PROSE_3 = "Residents along the route, who had campaigned against the noise, "
            + "said they would study the decision before deciding whether to appeal.";

    private String body(String html) {
        return extractor.extract(html, "https://example.com/story").body();
    }

    @Test
    void keepsParagraphsAndHeadingsInOrderSeparatedByBlankLines() {
        String html = "<html><body><div class='content'><h1>Title</h1><p>" + PROSE_1 + "</p><h2>What next</h2><p>"
                + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\nWhat next\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    }

    @Test
    void dropsPageChromeScriptsAndCaptions() {
        String html = "<html><head><style>p{}</style></head><body>"
                + "<header><p>Sign in to read more of our journalism, and subscribe to our newsletter today.</p></header>"
                + "<nav><ul><li><a href='/'>Home</a></li></ul></nav>"
                + "<main><article><p>" + PROSE_1 + "</p>"
                + "<figure><img src='x.jpg'><figcaption>The harbour at dawn, seen from the old tram depot.</figcaption></figure>"
                + "<script>var tracking = 'The council voted';</script>"
                + "<form><p>Leave a comment: your email address will not be published, required fields are marked.</p></form>"
                + "<p>" + PROSE_2 + "</p></article></main>"
                + "<aside><p>Most read: ten things the council does not want you to know about the tram.</p></aside>"
                + "<footer><p>Copyright 2024 The Example Gazette, all rights reserved, registered in England.</p></footer>"
                + "</body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void dropsBlocksWhoseClassSaysTheyAreNotContent() {
        String html = "<html><body><div class='story-body'><p>" + PROSE_1 + "</p>"
                + "<div class='social-share'><p>Share this story with your friends on every network you use.</p></div>"
                + "<div class='comments'><p>Great article, I have been waiting for this tram for years, thanks!</p></div>"
                + "<p>" + PROSE_2 + "</p></div></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void picksTheContainerWithTheMostProseOverLinkLists() {
        StringBuilder links = new StringBuilder("<div class='menu-list'>");
        for (int i = 0; i < 30; i++) {
            links.append("<p><a href='/s").append(i).append("'>Another headline about something else, number ")
                    .append(i).append(", with commas, many, of, them</a></p>");
        }
        links.append("</div>");
        String html = "<html><body>" + links + "<div id='main'><div><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p></div></div></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    }

    @Test
    void treatsTextInDivisionsAsParagraphs() {
        String html = "<html><body><div class='article'><div>" + PROSE_1 + "</div><div>" + PROSE_2
                + "<br>" + PROSE_3 + "</div></div></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    }

    @Test
    void dropsLinkDenseBlocksAndWidgetLabelsInsideTheArticle() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><p>Advertisement</p><p>Share this on WhatsApp</p>"
                + "<ul><li><a href='/a'>Related: the tram line that never was</a></li></ul>"
                + "<p>" + PROSE_2 + " <a href='/plans'>See the plans</a>.</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + " See the plans.");
    }

    @Test
    void keepsAWholePageWrappedInAForm() {
        String html = "<html><body><form id='aspnetForm'><div class='article'><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p><p>" + PROSE_1 + "</p></div></form></body></html>";
        assertThat(body(html)).startsWith(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void joinsAnArticleSplitIntoChunksOfTheSameClass() {
        String html = "<html><body><article><div class='chunks'>"
                + "<div class='grid'><div class='article__body'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div>"
                + "<div class='ad-rail'>Ad</div></div>"
                + "<div class='grid'><div class='article__body'><p>" + PROSE_3 + "</p></div></div>"
                + "</div></article><div class='footer-links'><p>About us, contact, careers, and more.</p></div>"
                + "</body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    }

    @Test
    void readsTextWrittenStraightIntoASection() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><section class='article-page'>" + PROSE_1
                + "<br><br>" + PROSE_2 + "<h2>Deals</h2>" + PROSE_3 + "</section></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\nDeals\n\n" + PROSE_3);
    }

    @Test
    void keepsEmbeddedPostsInsideSocialWrappers() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><div class='social-embed'>"
                + "<blockquote class='twitter-tweet'><p>The tram will change this town forever.</p>"
                + "&mdash; A Resident (@resident)</blockquote></div><p>" + PROSE_2 + "</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\nThe tram will change this town forever.\n\n"
                + "— A Resident (@resident)\n\n" + PROSE_2);
    }

    @Test
    void keepsALoneLinkToAnotherSiteButNotALabelledOneOrACrossReference() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><p><a href='https://shop.example/buy'>Get the tram "
                + "pass for $39</a></p><p>" + PROSE_2 + "</p><p><a href='https://shop.example/x'>Read more: the tram "
                + "line that never was</a></p><p>" + PROSE_3 + "</p><p><a href='/2024/tram-history'>The tram line that "
                + "never was</a></p><p>" + PROSE_1 + "</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\nGet the tram pass for $39\n\n" + PROSE_2 + "\n\n" + PROSE_3
                + "\n\n" + PROSE_1);
    }

    @Test
    void countsAWrittenOutUrlAsText() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><p><a href='https://amzn.to/x'>https://amzn.to/x</a>"
                + "</p><ul><li><a href='https://example.com/plans'>https://example.com/plans</a></li>"
                + "<li><a href='https://example.com/map'>https://example.com/map</a></li></ul><p>" + PROSE_2
                + "</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\nhttps://amzn.to/x\n\nhttps://example.com/plans\n\n"
                + "https://example.com/map\n\n" + PROSE_2);
    }

    @Test
    void dropsTheLabelOfADroppedListOfLinks() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><div class='also'><b>Leia também</b><ul>"
                + "<li><a href='/a'>Previsão indica mais chuva</a></li>"
                + "<li><a href='/b'>Prefeitura mapeia áreas</a></li>"
                + "</ul></div><p>" + PROSE_2 + "</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void dropsMediaBoxesWithTheirCaptionsWhateverTheirClass() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><div class='content-media'><img src='a.jpg'>"
                + "<p class='desc'>The harbour at dawn — Photo: Reader</p></div><p>" + PROSE_2
                + "</p></article></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void readsParagraphsSetOutWithLineBreaks() {
        String html = "<html><body><table><tr><td>"
                + "<div class='view_title'><h3>Headline</h3><span>2024.06.03</span></div>"
                + "<div id='text'>" + PROSE_1 + "<br><br>" + PROSE_2 + "<br><br>" + PROSE_3 + "</div>"
                + "<div class='etc'><p>Other stories from the desk.</p></div></td></tr></table></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    }

    @Test
    void keepsAStandfirstBesideTheArticleContainer() {
        String html = "<html><body><div class='story'><div class='lead'><p>" + PROSE_3 + "</p></div>"
                + "<div class='text'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_1 + "</p></div></div>"
                + "</body></html>";
        assertThat(body(html)).startsWith(PROSE_3 + "\n\n" + PROSE_1);
    }

    @Test
    void prefersTheStatedBodyWhenThePageShowsOnlyPartOfIt() {
        String stated = PROSE_1 + "\\n" + PROSE_2 + "\\n\\n" + PROSE_3;
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + stated + "\"}</script></head><body><div class='app'><p>" + PROSE_1 + "</p></div></body></html>";
        assertThat(body(html)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
        String full = html.replace("<p>" + PROSE_1 + "</p>", "<p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><h2>What next</h2><p>" + PROSE_3 + "</p>");
        assertThat(body(full)).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\nWhat next\n\n" + PROSE_3);
    }

    @Test
    void everyHeuristicCanBeSwitchedOff() {
        String html = "<html><body><article><p>" + PROSE_1 + "</p><p><a href='https://shop.example/buy'>Get the "
                + "tram pass for $39</a></p><p>" + PROSE_2 + "</p></article></body></html>";
        JsoupArticleExtractor core = new JsoupArticleExtractor(ExtractionLimits.DEFAULT, Set.of());
        assertThat(core.extract(html, null).body()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    }

    @Test
    void anEmptyPageHasAnEmptyBodyAndNoValues() {
        ExtractedArticle article = extractor.extract("<html><body></body></html>", null);
        assertThat(article.body()).isEmpty();
        assertThat(article.metadata()).isEqualTo(new PageMetadata(null, null, List.of(), null, null, null, null,
                null, null, List.of(), null));
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        String html = "<div>".repeat(20_000) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(20_000);
        assertThat(body(html)).contains("The council voted");
    }
}
