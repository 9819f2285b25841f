package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object of a page's JSON-LD ({@code <script type="application/ld+json">}), when
 * it has one. Broken JSON-LD is common and is ignored: it never fails an extraction.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report");

    /** Bounds the walk over hostile JSON-LD (deeply nested or huge graphs). */
    private static final int MAX_NODES = 5_000;

    private JsonLd() {
    }

    /** The first article-typed object in the page's JSON-LD, or null. */
    static JsonNode article(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = Json.mapper().readTree(script.data());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            JsonNode found = findArticle(root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Breadth-first over arrays, {@code @graph} and nested objects, without recursion. */
    private static JsonNode findArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    return node;
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** A text field of {@code node}, or null when absent, empty or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value == null || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The names of the {@code author} (or {@code creator}) of {@code article}: strings, objects or arrays of them. */
    static List<String> authors(JsonNode article) {
        List<String> names = new ArrayList<>();
        if (article == null) {
            return names;
        }
        JsonNode author = article.get("author");
        if (author == null) {
            author = article.get("creator");
        }
        if (author == null) {
            return names;
        }
        Iterable<JsonNode> items = author.isArray() ? author : List.of(author);
        for (JsonNode item : items) {
            if (item.isTextual()) {
                names.add(item.asText());
            } else if (item.isObject()) {
                JsonNode type = item.get("@type");
                // An Organization as "author" is the publisher, not a byline.
                if (type != null && type.isTextual() && !"person".equalsIgnoreCase(type.asText())) {
                    continue;
                }
                String name = text(item, "name");
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
