package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.record.Article;
import io.wirestream.core.serde.Json;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code wirestream extract} prints for each kind of input line. */
class ExtractJsonLinesTest {

    private final ArticlePipeline pipeline = ArticlePipeline.standard()
            .withClock(Clock.fixed(Instant.parse("2024-03-05T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void writesTheArticleExactlyAsTheTopicCarriesIt() throws Exception {
        String input = Json.mapper().writeValueAsString(java.util.Map.of("id", "p1",
                "url", "https://news.example.com/world/summit-ends", "html", TestPages.ARTICLE_HTML));

        List<String> lines = run(input + "\n");

        assertThat(lines).hasSize(1);
        Article expected = pipeline.fromHtml("p1", "https://news.example.com/world/summit-ends", TestPages.ARTICLE_HTML);
        assertThat(lines.get(0)).isEqualTo(new String(
                WirestreamSerdes.article().serializer().serialize(Topics.ARTICLES.name(), expected),
                StandardCharsets.UTF_8));
        JsonNode article = Json.mapper().readTree(lines.get(0));
        assertThat(article.get("id").asText()).isEqualTo("p1");
        assertThat(article.get("title").asText()).isEqualTo("Summit ends without a deal");
        assertThat(article.get("body").asText()).startsWith("Leaders of the European Union");
        assertThat(article.get("quotes")).isNotEmpty();
    }

    @Test
    void enrichesCleanTextAsItIs() throws Exception {
        String body = "- We will not give up - said Rob Bauer.\nBauer added that the Alliance was ready.";
        String input = Json.mapper().writeValueAsString(java.util.Map.of("id", "t1", "title", "Ready", "body", body));

        JsonNode article = Json.mapper().readTree(run(input).get(0));

        assertThat(article.get("id").asText()).isEqualTo("t1");
        assertThat(article.get("title").asText()).isEqualTo("Ready");
        assertThat(article.get("body").asText()).isEqualTo(body);
        assertThat(article.get("quotes")).hasSize(2);
        assertThat(article.get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Rob Bauer");
        assertThat(article.get("quotes").get(1).get("speaker").get("entityId").asText()).isEqualTo("person:rob-bauer");
    }

    @Test
    void reportsABadLineAndGoesOn() throws Exception {
        String good = Json.mapper().writeValueAsString(java.util.Map.of("id", "ok", "body", "Nothing was said."));
        StringWriter out = new StringWriter();

        int failed = new ExtractJsonLines(pipeline).run(new StringReader(
                "{not json\n\n{\"id\": \"empty\"}\n[1, 2]\n" + good + "\n"), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(failed).isEqualTo(3);
        assertThat(lines).hasSize(4);
        JsonNode notJson = Json.mapper().readTree(lines.get(0));
        assertThat(notJson.get("id").isNull()).isTrue();
        assertThat(notJson.get("error").asText()).contains("not a JSON object");
        JsonNode empty = Json.mapper().readTree(lines.get(1));
        assertThat(empty.get("id").asText()).isEqualTo("empty");
        assertThat(empty.get("error").asText()).contains("neither \"html\" nor \"body\"");
        assertThat(Json.mapper().readTree(lines.get(2)).has("error")).isTrue();
        assertThat(Json.mapper().readTree(lines.get(3)).get("id").asText()).isEqualTo("ok");
    }

    private List<String> run(String input) throws Exception {
        StringWriter out = new StringWriter();
        int failed = new ExtractJsonLines(pipeline).run(new StringReader(input), out);
        assertThat(failed).isZero();
        return out.toString().lines().toList();
    }
}
