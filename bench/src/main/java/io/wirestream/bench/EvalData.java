package io.wirestream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The evaluation kit's data, read from {@code ../shared/eval} beside the project (or the folder named by
 * the system property {@code wirestream.shared.dir}), never copied into the project.
 */
public final class EvalData {

    /** One page of the extraction benchmark. */
    public record Page(String id, String url, String html) {
    }

    /** One page of the extraction benchmark with the body its annotators extracted. */
    public record AnnotatedPage(Page page, String expectedBody) {
    }

    /** One article of the enrichment gold. */
    public record Text(String id, String title, String body) {
    }

    private EvalData() {
    }

    /** The folder {@code eval} of the evaluation kit. */
    public static Path evalDir() {
        Path dir = Path.of(System.getProperty("wirestream.shared.dir", "../shared"), "eval");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The evaluation kit is not at " + dir.toAbsolutePath()
                    + ": run from the project folder with ../shared beside it, or set -Dwirestream.shared.dir");
        }
        return dir;
    }

    /** The pages of {@code extract-dev}, in the order of its ground truth. */
    public static List<Page> extractionPages() {
        List<Page> pages = new ArrayList<>();
        annotatedPages().forEach(annotated -> pages.add(annotated.page()));
        return pages;
    }

    /** The pages of {@code extract-dev} with their ground truth, in its order. */
    public static List<AnnotatedPage> annotatedPages() {
        Path data = evalDir().resolve("extract-dev");
        List<AnnotatedPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = readJson(data.resolve("ground-truth.json")).fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            try (InputStream in = new GZIPInputStream(
                    Files.newInputStream(data.resolve("html").resolve(entry.getKey() + ".html.gz")))) {
                Page page = new Page(entry.getKey(), entry.getValue().path("url").asText(""),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                pages.add(new AnnotatedPage(page, entry.getValue().path("articleBody").asText("")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    /** The articles of {@code enrich-dev/gold.json}. */
    public static List<Text> enrichmentTexts() {
        List<Text> texts = new ArrayList<>();
        readJson(evalDir().resolve("enrich-dev").resolve("gold.json")).fields().forEachRemaining(entry ->
                texts.add(new Text(entry.getKey(), entry.getValue().path("title").asText(""),
                        entry.getValue().path("body").asText(""))));
        return texts;
    }

    private static JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
