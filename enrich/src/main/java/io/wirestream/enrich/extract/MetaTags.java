package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of one page, indexed once by every name they go by ({@code property},
 * {@code name}, {@code itemprop}, {@code http-equiv}; case-insensitive), so that reading a dozen keys
 * does not walk the page a dozen times.
 */
final class MetaTags {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, List<Element>> byKey = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr("content").isBlank()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute).strip();
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(meta);
                }
            }
        }
    }

    /** The content of the first tag of the first key present, stripped, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<Element> tags = byKey.get(key.toLowerCase(Locale.ROOT));
            if (tags != null) {
                return tags.get(0).attr("content").strip();
            }
        }
        return null;
    }

    /** The contents of every tag named {@code key}, in page order. */
    List<String> all(String key) {
        List<Element> tags = byKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
        List<String> contents = new ArrayList<>(tags.size());
        tags.forEach(tag -> contents.add(tag.attr("content").strip()));
        return contents;
    }

    /** The first tag of the first key present, for resolving its content as a URL, or null. */
    Element firstTag(String... keys) {
        for (String key : keys) {
            List<Element> tags = byKey.get(key.toLowerCase(Locale.ROOT));
            if (tags != null) {
                return tags.get(0);
            }
        }
        return null;
    }
}
