package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an article's metadata from its page: the schema.org article of the JSON-LD first, then Open Graph,
 * Twitter, Dublin Core and CMS meta tags, {@code <link>} elements, and the visible page (heading, byline,
 * {@code <time>}, the date in the URL). Each value comes from the first source that states it; nothing is
 * guessed, and what no source states is null.
 */
public final class MetadataReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern TRUNCATED = Pattern.compile("(?:\\.\\.\\.|…)$");
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "citation_author"};
    private static final String[] TAG_META = {"article:tag", "news_keywords", "keywords", "parsely-tags",
            "sailthru.tags"};
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_CHARS = 100;

    /** Reads the metadata of {@code doc}, whose location resolves relative links. */
    public PageMetadata read(Document doc) {
        return read(doc, JsonLd.article(doc));
    }

    /** Reads the metadata of {@code doc}, whose JSON-LD article (or null) has been found already. */
    PageMetadata read(Document doc, JsonNode article) {
        MetaTags meta = new MetaTags(doc);
        String siteName = notUrl(firstNonBlank(meta.first("og:site_name"), JsonLd.nameOf(article, "publisher"),
                meta.first("application-name")));
        String section = firstNonBlank(JsonLd.text(article, "articleSection"), meta.first("article:section",
                "parsely-section", "section"));
        return new PageMetadata(title(doc, article, meta, siteName, section),
                firstNonBlank(JsonLd.text(article, "description"), meta.first("og:description",
                        "twitter:description", "description")),
                authors(doc, article, meta),
                PublicationDates.published(doc, article, meta),
                PublicationDates.updated(doc, article, meta),
                language(doc, article, meta),
                canonicalUrl(doc, article, meta),
                siteName,
                section,
                tags(article, meta),
                topImage(doc, article, meta));
    }

    /**
     * The headline: JSON-LD's unless it is cut short, then Open Graph's or Twitter's, the page's main
     * heading, and last the {@code <title>}; without the site name or the section the page prefixes
     * ("Opinion | ...").
     */
    private static String title(Document doc, JsonNode article, MetaTags meta, String siteName, String section) {
        String og = meta.first("og:title", "twitter:title");
        String headline = JsonLd.text(article, "headline");
        if (headline != null && !(og != null && TRUNCATED.matcher(headline).find())) {
            return TitleCleaner.strip(TitleCleaner.strip(headline, siteName, false), section, false);
        }
        if (og != null) {
            return TitleCleaner.strip(TitleCleaner.strip(og, siteName, false), section, false);
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : TitleCleaner.strip(title, siteName, true);
    }

    private static List<String> authors(Document doc, JsonNode article, MetaTags meta) {
        Set<String> names = new LinkedHashSet<>();
        JsonLd.personNames(article, "author").forEach(name -> AuthorNames.addTo(names, name));
        if (names.isEmpty()) {
            JsonLd.personNames(article, "creator").forEach(name -> AuthorNames.addTo(names, name));
        }
        for (int i = 0; i < AUTHOR_META.length && names.isEmpty(); i++) {
            meta.all(AUTHOR_META[i]).forEach(content -> AuthorNames.addTo(names, content));
        }
        if (names.isEmpty()) {
            Bylines.addTo(names, doc);
        }
        return new ArrayList<>(names);
    }

    private static String language(Document doc, JsonNode article, MetaTags meta) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : primaryLanguage(firstNonBlank(html.attr("lang"), html.attr("xml:lang")));
        if (lang == null) {
            lang = primaryLanguage(meta.first("content-language", "language", "dc.language"));
        }
        if (lang == null) {
            lang = primaryLanguage(JsonLd.text(article, "inLanguage"));
        }
        return lang != null ? lang : primaryLanguage(meta.first("og:locale"));
    }

    /** "en-US", "en_GB", "EN" to "en"; null unless it looks like a language code. */
    static String primaryLanguage(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String primary = raw.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String canonicalUrl(Document doc, JsonNode article, MetaTags meta) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = link == null ? null : absolute(doc, link.attr("href"));
        if (url == null) {
            url = absolute(doc, meta.first("og:url"));
        }
        return url != null ? url : absolute(doc, firstNonBlank(JsonLd.url(article, "mainEntityOfPage"),
                JsonLd.url(article, "url")));
    }

    private static List<String> tags(JsonNode article, MetaTags meta) {
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> raw = new ArrayList<>(JsonLd.list(article, "keywords"));
        for (int i = 0; i < TAG_META.length && raw.isEmpty(); i++) {
            for (String content : meta.all(TAG_META[i])) {
                for (String tag : content.split(TAG_META[i].equals("article:tag") ? "\\n" : ",")) {
                    raw.add(tag);
                }
            }
        }
        for (String tag : raw) {
            String clean = Parser.unescapeEntities(tag, false).strip();
            // Tags that start with a mark ("@post-id:1913719", "_no-apple-news", "/article") are the CMS's own.
            if (!clean.isEmpty() && Character.isLetterOrDigit(clean.codePointAt(0))
                    && clean.length() <= MAX_TAG_CHARS && tags.size() < MAX_TAGS) {
                tags.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return new ArrayList<>(tags.values());
    }

    private static String topImage(Document doc, JsonNode article, MetaTags meta) {
        String url = absolute(doc, JsonLd.url(article, "image"));
        if (url == null) {
            url = absolute(doc, meta.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image",
                    "twitter:image:src"));
        }
        if (url == null) {
            Element link = doc.selectFirst("link[rel~=(?i)^image_src$][href]");
            url = link == null ? null : absolute(doc, link.attr("href"));
        }
        return url;
    }

    /** {@code raw} resolved against the page's location; null unless that gives an http(s) URL. */
    private static String absolute(Document doc, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        try {
            String base = doc.location();
            if (!base.isEmpty()) {
                url = new URI(base).resolve(new URI(url.replace(" ", "%20"))).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.startsWith("http://") || url.startsWith("https://") ? url : null;
        }
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    private static String notUrl(String value) {
        return value == null || value.contains("://") ? null : value;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
