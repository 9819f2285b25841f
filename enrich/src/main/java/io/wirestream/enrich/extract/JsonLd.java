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
import org.jsoup.parser.Parser;

/**
 * The schema.org article object of a page's JSON-LD ({@code <script type="application/ld+json">}), when
 * it has one. Broken JSON-LD is common and is ignored: it never fails an extraction.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report");
    private static final Set<String> PERSON = Set.of("person");

    /** Metadata is kilobytes: a bigger script is not parsed, so that it cannot cost a page's memory. */
    private static final int MAX_SCRIPT_CHARS = 1 << 20;
    /** Bounds the walk over hostile JSON-LD (deeply nested or huge graphs). */
    private static final int MAX_NODES = 5_000;

    private JsonLd() {
    }

    /** The first article-typed object in the page's JSON-LD, or null. */
    static JsonNode article(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")
                    || script.data().length() > MAX_SCRIPT_CHARS) {
                continue;
            }
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
        return hasType(type, ARTICLE_TYPES);
    }

    /** Whether {@code type} (a string or an array of them, in any case) names one of {@code types}. */
    private static boolean hasType(JsonNode type, Set<String> types) {
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && types.contains(t.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
        if (text.indexOf('&') >= 0) {
            // Many CMSs write HTML-escaped strings into their JSON ("Q&amp;A").
            text = Parser.unescapeEntities(text, false);
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The names of the people in {@code field} of {@code article} ({@code author}, {@code creator}): strings,
     * Person objects or arrays of them. Organizations are left out: an organization as author is the
     * publisher, not a byline.
     */
    static List<String> personNames(JsonNode article, String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : items(article, field)) {
            if (item.isTextual()) {
                names.add(item.asText());
            } else if (item.isObject() && (item.get("@type") == null || hasType(item.get("@type"), PERSON))) {
                String name = text(item, "name");
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The {@code name} of the object in {@code field} (a publisher, an isPartOf), or null. */
    static String nameOf(JsonNode article, String field) {
        JsonNode value = article == null ? null : article.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isObject() ? text(value, "name") : null;
    }

    /** The entries of a list field: an array of strings, or one string separated by commas. */
    static List<String> list(JsonNode article, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items(article, field)) {
            if (item.isTextual()) {
                for (String part : item.asText().split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    /**
     * A URL field: a string, an object with {@code url}, {@code contentUrl} or {@code @id} (ImageObject,
     * WebPage), or the first of an array of those; null when there is none.
     */
    static String url(JsonNode article, String field) {
        JsonNode value = article == null ? null : article.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText().isBlank() ? null : value.asText().strip();
        }
        for (String key : new String[] {"url", "contentUrl", "@id"}) {
            String url = text(value, key);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** The value of {@code field}: the items of an array, a single value alone, nothing when absent. */
    private static Iterable<JsonNode> items(JsonNode article, String field) {
        JsonNode value = article == null ? null : article.get(field);
        return value == null ? List.of() : value.isArray() ? value : List.of(value);
    }
}
