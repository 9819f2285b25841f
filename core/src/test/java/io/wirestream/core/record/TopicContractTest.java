package io.wirestream.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.serde.Json;
import io.wirestream.core.topic.Topic;
import io.wirestream.core.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The records of each topic have exactly the shape that {@code docs/topics.md} shows, so that the
 * contract cannot change without its documentation changing.
 */
class TopicContractTest {

    private static final Path DOC = Path.of(System.getProperty("wirestream.project.dir", ".."), "docs", "topics.md");

    static Stream<Arguments> topics() {
        return Stream.of(
                Arguments.of(Topics.RAW, ContractExamples.rawPage()),
                Arguments.of(Topics.ARTICLES, ContractExamples.article()),
                Arguments.of(Topics.QUOTES, ContractExamples.quoteRecord()),
                Arguments.of(Topics.DLQ, ContractExamples.deadLetter()),
                Arguments.of(Topics.FEEDS, ContractExamples.feedSettings()),
                Arguments.of(Topics.FEED_STATE, ContractExamples.feedState()));
    }

    @ParameterizedTest
    @MethodSource("topics")
    void recordHasTheDocumentedShape(Topic topic, Object example) throws IOException {
        JsonNode documented = Json.mapper().readTree(documentedExample(topic));
        JsonNode actual = Json.mapper().valueToTree(example);

        assertThat(shape(actual, "")).as("fields of %s as serialized vs. as documented in %s", topic, DOC)
                .isEqualTo(shape(documented, ""));
    }

    @ParameterizedTest
    @MethodSource("topics")
    void documentedExampleReadsBackAsTheRecord(Topic topic, Object example) throws IOException {
        Object parsed = Json.mapper().readValue(documentedExample(topic), example.getClass());

        assertThat(parsed).isEqualTo(example);
    }

    @Test
    void everyTopicIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (Topic topic : Topics.ALL) {
            assertThat(doc).as("section of %s", topic).contains("\n## " + topic.name() + "\n");
        }
    }

    private static String documentedExample(Topic topic) throws IOException {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("\n## " + Pattern.quote(topic.name()) + "\n.*?```json\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).as("a ```json example in the section of %s in %s", topic, DOC).isTrue();
        return m.group(1);
    }

    /** Every path in the JSON with the kind of value found there, e.g. {@code entities[].mentions[].start:number}. */
    private static TreeSet<String> shape(JsonNode node, String path) {
        TreeSet<String> paths = new TreeSet<>();
        if (node.isObject()) {
            paths.add(path + ":object");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                paths.addAll(shape(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
            }
        } else if (node.isArray()) {
            paths.add(path + ":array");
            node.forEach(element -> paths.addAll(shape(element, path + "[]")));
        } else {
            paths.add(path + ":" + node.getNodeType().name().toLowerCase());
        }
        return paths;
    }
}
