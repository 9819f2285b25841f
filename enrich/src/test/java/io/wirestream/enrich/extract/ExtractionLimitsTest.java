package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile HTML costs bounded time and memory: each limit on a page written to exceed it. */
class ExtractionLimitsTest {

    private static final String PROSE = "The council voted on Tuesday to extend the tram line to the harbour, "
            + "a project that has been debated for more than a decade.";

    @Test
    void stopsParsingAtTheElementLimit() {
        JsoupArticleExtractor extractor = new JsoupArticleExtractor(
                new ExtractionLimits(1_000, 512, Duration.ofSeconds(10)));
        String html = "<html><body>" + "<span>x</span>".repeat(5_000) + "</body></html>";

        assertThatThrownBy(() -> extractor.extract(html, null))
                .isInstanceOf(ExtractionLimitException.class)
                .hasMessage("has more than 1000 elements")
                .extracting(e -> ((ExtractionLimitException) e).limit())
                .isEqualTo(ExtractionLimitException.Limit.ELEMENTS);
        assertThat(extractor.extract("<html><body><p>" + PROSE + "</p></body></html>", null).body())
                .isEqualTo(PROSE);
    }

    @Test
    void stopsWhenThePageTakesLongerThanItsTime() {
        JsoupArticleExtractor extractor = new JsoupArticleExtractor(
                new ExtractionLimits(1_000_000, 512, Duration.ofNanos(1)));
        String html = "<html><body>" + ("<div><p>" + PROSE + "</p></div>").repeat(2_000) + "</body></html>";

        assertThatThrownBy(() -> extractor.extract(html, null))
                .isInstanceOf(ExtractionLimitException.class)
                .hasMessage("took more than 0 ms to extract")
                .extracting(e -> ((ExtractionLimitException) e).limit())
                .isEqualTo(ExtractionLimitException.Limit.TIME);
    }

    @Test
    void flattensNestingDeeperThanTheDepthLimit() {
        JsoupArticleExtractor extractor = new JsoupArticleExtractor(
                new ExtractionLimits(1_000_000, 64, Duration.ofSeconds(10)));
        String html = "<div>".repeat(100_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(100_000);

        assertThat(extractor.extract(html, null).body()).isEqualTo(PROSE);
    }

    @Test
    void megabytesOfInlineScriptCostNothingInTheBody() {
        String script = "<script>var data = \"" + "x".repeat(4 << 20) + "\";</script>";
        String html = "<html><head>" + script + "</head><body>" + script + "<article><p>" + PROSE + "</p></article>"
                + script + "</body></html>";

        assertThat(new JsoupArticleExtractor().extract(html, null).body()).isEqualTo(PROSE);
    }

    @Test
    void brokenMarkupStillYieldsTheText() {
        String html = "<html><body><div class=story><p>" + PROSE + "<p>Second <b>bold <i>paragraph</b> never"
                + " closed, with a <a href='x'>link</a> and stray end tags</div></td></table></span>"
                + "<p>A third paragraph follows the junk.</p>";

        assertThat(new JsoupArticleExtractor().extract(html, null).body())
                .contains(PROSE, "Second bold paragraph never closed", "A third paragraph follows the junk.");
    }

    @Test
    void hugeJsonLdIsSkippedNotParsed() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"x\":\""
                + "y".repeat(2 << 20) + "\"}</script>";
        String html = "<html><head>" + ld + "<title>The page title is here</title></head><body><p>" + PROSE
                + "</p></body></html>";

        assertThat(new JsoupArticleExtractor().extract(html, null).metadata().title())
                .isEqualTo("The page title is here");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new ExtractionLimits(0, 512, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractionLimits(1, 512, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
