package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.RawPage;
import io.wirestream.core.serde.Json;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wirestream extract} ({@link ExtractJsonLines}) and the topology print the same quotes and entities
 * for the same page: both run the pipeline the configuration chooses.
 */
class ExtractMatchesTopologyTest {

    private static final String URL = "https://news.example.com/world/2024/11/19/story";

    @ParameterizedTest
    @ValueSource(strings = {"summit", "seed", "forms"})
    void extractAndTopologyAgree(String name) throws Exception {
        String html = page(name);
        ArticlePipeline pipeline = ArticlePipeline.from(
                WirestreamConfig.resolve(List.of(EnrichConfig.GROUP), Map.of(), Map.of()));

        StringWriter out = new StringWriter();
        String line = Json.mapper().writeValueAsString(Map.of("id", name, "url", URL, "html", html));
        new ExtractJsonLines(pipeline).run(new StringReader(line + "\n"), out);
        Article printed = WirestreamSerdes.article().deserializer()
                .deserialize(Topics.ARTICLES.name(), out.toString().strip().getBytes(StandardCharsets.UTF_8));

        Article published = throughTopology(pipeline, new RawPage(name, URL, URL, null, null, null, html));

        assertThat(printed.quotes()).isNotEmpty().isEqualTo(published.quotes());
        assertThat(printed.entities()).isNotEmpty().isEqualTo(published.entities());
        assertThat(printed.body()).isEqualTo(published.body());
    }

    private static Article throughTopology(ArticlePipeline pipeline, RawPage page) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "extract-matches-topology");
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(pipeline), props)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, Article> articles = driver.createOutputTopic(Topics.ARTICLES.name(),
                    WirestreamSerdes.key().deserializer(), WirestreamSerdes.article().deserializer());
            raw.pipeInput(page.id().getBytes(StandardCharsets.UTF_8),
                    WirestreamSerdes.rawPage().serializer().serialize(Topics.RAW.name(), page));
            return articles.readValue();
        }
    }

    private static String page(String name) throws Exception {
        return switch (name) {
            case "summit" -> TestPages.ARTICLE_HTML;
            case "seed" -> html(Files.readString(Path.of(System.getProperty("wirestream.shared.dir", "../../shared"),
                    "eval", "seed", "article.txt")));
            default -> html("""
                    Mayor Ines Okafor toured Lagos on Friday.
                    “The water reached the rooftops in three villages. Nobody was ready for it.
                    “We will rebuild every house,” Okafor said, “and we will do it together.”
                    - The roads will be repaired before the rains - said the mayor.
                    According to the Lagos State Government, 12,000 people lost their homes.
                    The U.S. and the European Union (EU) pledged aid; the EU said it would send engineers.""");
        };
    }

    private static String html(String text) {
        StringBuilder body = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>");
        String[] lines = text.strip().split("\n");
        body.append(escape(lines[0])).append("</title></head><body><article><h1>").append(escape(lines[0]))
                .append("</h1>");
        for (int i = 1; i < lines.length; i++) {
            body.append("<p>").append(escape(lines[i])).append("</p>");
        }
        return body.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
