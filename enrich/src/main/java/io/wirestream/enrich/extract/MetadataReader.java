package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from the page head: Open Graph and article meta tags, schema.org JSON-LD,
 * {@code <link rel=canonical>} and {@code <html lang>}. Each value comes from the first source that
 * states it; nothing is guessed.
 */
public final class MetadataReader {

    /** Separators between a title and the site name appended to it ("Title | Site", "Title - Site"). */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl"};

    /** Reads the metadata of {@code doc}, whose base URI resolves relative links. */
    public PageMetadata read(Document doc) {
        JsonNode article = JsonLd.article(doc);
        String siteName = meta(doc, "og:site_name");
        return new PageMetadata(title(doc, article, siteName), authors(doc, article), publishedAt(doc, article),
                language(doc), canonicalUrl(doc), siteName);
    }

    private static String title(Document doc, JsonNode article, String siteName) {
        String og = meta(doc, "og:title");
        if (og != null) {
            return stripSiteName(og, siteName, false);
        }
        String headline = JsonLd.text(article, "headline");
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : stripSiteName(title, siteName, true);
    }

    /**
     * {@code title} without the site name appended to it. The suffix goes when it is the known site name,
     * or, for a {@code <title>}, when it is a short last segment after a long enough title.
     */
    static String stripSiteName(String title, String siteName, boolean guess) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        if (siteName != null) {
            String site = siteName.strip().toLowerCase(Locale.ROOT);
            String last = parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
            String first = parts[0].strip().toLowerCase(Locale.ROOT);
            if (last.equals(site)) {
                return title.substring(0, lastSeparatorStart(title)).strip();
            }
            if (first.equals(site)) {
                return title.substring(firstSeparatorEnd(title)).strip();
            }
        }
        if (guess) {
            String head = title.substring(0, lastSeparatorStart(title)).strip();
            String tail = parts[parts.length - 1].strip();
            if (words(tail) <= 4 && words(head) >= 3) {
                return head;
            }
        }
        return title.strip();
    }

    private static int lastSeparatorStart(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static List<String> authors(Document doc, JsonNode article) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : JsonLd.authors(article)) {
            addAuthors(names, name);
        }
        if (names.isEmpty()) {
            for (String key : AUTHOR_META) {
                for (Element meta : metas(doc, key)) {
                    addAuthors(names, meta.attr("content"));
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Adds the names in {@code raw} ("By A and B", "A, B"), skipping URLs (article:author is often one). */
    private static void addAuthors(Set<String> names, String raw) {
        if (raw == null) {
            return;
        }
        String value = BY.matcher(raw.strip()).replaceFirst("");
        if (value.isEmpty() || value.contains("://") || value.startsWith("www.")) {
            return;
        }
        for (String name : AUTHOR_SEPARATOR.split(value)) {
            String clean = name.strip();
            if (!clean.isEmpty() && clean.length() <= 80) {
                names.add(clean);
            }
        }
    }

    private static OffsetDateTime publishedAt(Document doc, JsonNode article) {
        OffsetDateTime fromLd = DateValues.parse(JsonLd.text(article, "datePublished"));
        if (fromLd != null) {
            return fromLd;
        }
        for (String key : PUBLISHED_META) {
            for (Element meta : metas(doc, key)) {
                OffsetDateTime date = DateValues.parse(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime]");
        return time == null ? null : DateValues.parse(time.attr("datetime"));
    }

    private static String language(Document doc) {
        String lang = primaryLanguage(doc.selectFirst("html") == null ? null
                : firstNonBlank(doc.selectFirst("html").attr("lang"), doc.selectFirst("html").attr("xml:lang")));
        if (lang != null) {
            return lang;
        }
        Element contentLanguage = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
        if (contentLanguage != null) {
            lang = primaryLanguage(contentLanguage.attr("content"));
            if (lang != null) {
                return lang;
            }
        }
        return primaryLanguage(meta(doc, "og:locale"));
    }

    /** "en-US", "en_GB", "EN" to "en"; null unless it looks like a language code. */
    static String primaryLanguage(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String primary = raw.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String canonicalUrl(Document doc) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = link == null ? null : link.absUrl("href");
        if (url == null || url.isBlank()) {
            Element og = firstMeta(doc, "og:url");
            url = og == null ? null : og.absUrl("content");
        }
        return url == null || url.isBlank() || !url.startsWith("http") ? null : url;
    }

    /** The content of the first meta tag named {@code key} (by property, name or itemprop), or null. */
    private static String meta(Document doc, String key) {
        Element meta = firstMeta(doc, key);
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static Element firstMeta(Document doc, String key) {
        List<Element> all = metas(doc, key);
        for (Element meta : all) {
            if (!meta.attr("content").isBlank()) {
                return meta;
            }
        }
        return null;
    }

    private static List<Element> metas(Document doc, String key) {
        List<Element> found = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                found.add(meta);
            }
        }
        return found;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
