package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When an article was published and last updated, from the first source that states it: schema.org
 * JSON-LD, then the meta tags of Open Graph, Dublin Core and the common CMSs, then microdata and
 * {@code <time>} elements, and for the publication date alone, the date in the URL.
 */
final class PublicationDates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article.published", "citation_publication_date", "date"};
    private static final String[] UPDATED_META = {"article:modified_time", "og:article:modified_time",
            "og:updated_time", "dateModified", "dc.date.modified", "dcterms.modified", "last-modified",
            "article.updated", "lastmod"};

    private PublicationDates() {
    }

    static OffsetDateTime published(Document doc, JsonNode article, MetaTags meta) {
        OffsetDateTime date = firstDate(JsonLd.text(article, "datePublished"), JsonLd.text(article, "dateCreated"));
        if (date == null) {
            date = fromMeta(meta, PUBLISHED_META);
        }
        if (date == null) {
            date = fromElements(doc, "time[itemprop=datePublished], [itemprop=datePublished][content], "
                    + "time[pubdate][datetime], article time[datetime], time[datetime]");
        }
        return date != null ? date : UrlDate.parse(doc.location());
    }

    static OffsetDateTime updated(Document doc, JsonNode article, MetaTags meta) {
        OffsetDateTime date = firstDate(JsonLd.text(article, "dateModified"));
        if (date == null) {
            date = fromMeta(meta, UPDATED_META);
        }
        return date != null ? date : fromElements(doc, "time[itemprop=dateModified], [itemprop=dateModified][content]");
    }

    private static OffsetDateTime firstDate(String... raws) {
        for (String raw : raws) {
            OffsetDateTime date = DateValues.parse(raw);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static OffsetDateTime fromMeta(MetaTags meta, String[] keys) {
        for (String key : keys) {
            for (String content : meta.all(key)) {
                OffsetDateTime date = DateValues.parse(content);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static OffsetDateTime fromElements(Document doc, String selector) {
        for (Element e : doc.select(selector)) {
            OffsetDateTime date = DateValues.parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
