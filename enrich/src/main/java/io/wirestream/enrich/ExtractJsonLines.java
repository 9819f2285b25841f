package io.wirestream.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.core.record.Article;
import io.wirestream.core.serde.Json;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.core.topic.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline extraction over JSON Lines, what {@code wirestream extract} runs: the same {@link ArticlePipeline}
 * as the topology, without Kafka.
 *
 * <p>Each input line is {@code {"id", "url", "html"}} (a page to extract) or {@code {"id", "title", "body"}}
 * (clean text to enrich). Each produces one output line: the article exactly as it is serialized on
 * {@code news.articles.v1}, with the input's id; or, when the line cannot be processed,
 * {@code {"id": ..., "error": "..."}}, and the run goes on. Blank lines are skipped.
 */
public final class ExtractJsonLines {

    private static final Logger log = LoggerFactory.getLogger(ExtractJsonLines.class);

    private final ArticlePipeline pipeline;
    private final Serializer<Article> serializer = WirestreamSerdes.article().serializer();

    public ExtractJsonLines(ArticlePipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * Processes every line of {@code in}, writing one line per input line to {@code out} (flushed after
     * each, so that a consumer of a pipe sees results as they come).
     *
     * @return the number of lines that failed
     * @throws IOException when reading {@code in} or writing {@code out} fails
     */
    public int run(Reader in, Writer out) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int failed = 0;
        long lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String output;
            try {
                output = process(line);
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
                String id = idOf(line);
                log.warn("Line {} (id {}) failed: {}", lineNumber, id, e.toString());
                output = error(id, e);
            }
            out.write(output);
            out.write('\n');
            out.flush();
        }
        return failed;
    }

    private String process(String line) {
        JsonNode input;
        try {
            input = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (!(input instanceof ObjectNode)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(input, "id");
        if (id == null) {
            throw new IllegalArgumentException("no \"id\"");
        }
        Article article;
        if (input.hasNonNull("html")) {
            article = pipeline.fromHtml(id, text(input, "url"), text(input, "html"));
        } else if (input.hasNonNull("body")) {
            article = pipeline.fromText(id, text(input, "title"), text(input, "body"));
        } else {
            throw new IllegalArgumentException("neither \"html\" nor \"body\"");
        }
        return new String(serializer.serialize(Topics.ARTICLES.name(), article), StandardCharsets.UTF_8);
    }

    /** The id of a line, as far as it can be read, for the error line. */
    private static String idOf(String line) {
        try {
            return text(Json.mapper().readTree(line), "id");
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String error(String id, Throwable e) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", id);
        String message = e.getMessage();
        node.put("error", e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
