package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is trimmed from the edges of an article's text, and what is not. */
class ArticleEdgesTest {

    private static final String PROSE = "The council voted on Tuesday to extend the tram line to the harbour, "
            + "a project that has been debated for more than a decade.";
    private static final PageMetadata META = new PageMetadata("Tram line to reach the harbour", null,
            List.of("Ruth Okafor"), null, null, null, null, null, null, List.of(), null);

    private static Paragraph text(String text) {
        return new Paragraph(text, 0, 0, false, false, false);
    }

    private static Paragraph linkedItem(String text) {
        return new Paragraph(text, 1, 1, true, false, false);
    }

    private static List<String> trim(Paragraph... paragraphs) {
        return ArticleEdges.trim(new ArrayList<>(List.of(paragraphs)), META);
    }

    @Test
    void trimsTitleDatelineAndBylineBeforeTheText() {
        assertThat(trim(text("Tram line to reach the harbour"), text("By Ruth Okafor"),
                text("sexta-feira, 22 de outubro de 2010 às 20:13"), text(PROSE))).containsExactly(PROSE);
    }

    @Test
    void trimsBioContactCallsToActionAndHeadlineListsAfterTheText() {
        assertThat(trim(text(PROSE), text("Ruth Okafor has covered the council since 2015 and lives with two cats."),
                text("Have a tip? Reach her at ruth@example.com."),
                text("Subscribe to our newsletter for the week's top stories."),
                text("You may also like:"))).containsExactly(PROSE);
        assertThat(trim(text(PROSE), text("More from the city"), linkedItem("Budget approved after long night"),
                linkedItem("New bus routes on Monday"))).containsExactly(PROSE);
        assertThat(trim(text(PROSE), linkedItem("Budget approved"), linkedItem("New bus routes"),
                linkedItem("Leaf collection starts"))).containsExactly(PROSE);
    }

    @Test
    void leavesTheSameWordsInsideTheStoryAndLongParagraphsAlone() {
        String subscribers = "The streaming service said it had lost subscribers for the first time, and would "
                + "raise its subscription price in April.";
        String comment = "The governor's office didn't immediately respond to a request for comment.";
        assertThat(trim(text(PROSE), text(subscribers), text(comment))).containsExactly(PROSE, subscribers, comment);
        String agency = "Asked about the delay, the mayor told Ruth Okafor the work would start in spring.";
        String email = "Residents can send their questions to trams@city.example.";
        assertThat(trim(text(PROSE), text(agency), text(email))).containsExactly(PROSE, agency, email);
        String quoted = "Sign up to our newsletter, the flyer said, and you will hear about every meeting. " + PROSE;
        assertThat(trim(text(PROSE), text(quoted + " " + PROSE))).hasSize(2);
    }

    @Test
    void neverTrimsTheLastParagraph() {
        assertThat(trim(text("By Ruth Okafor"))).containsExactly("By Ruth Okafor");
    }
}
