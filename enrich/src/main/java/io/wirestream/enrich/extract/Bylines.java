package io.wirestream.enrich.extract;

import java.util.Collection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Author names from the page's visible byline, for pages that state them nowhere else: schema.org
 * microdata ({@code itemprop=author}), {@code rel=author} links, and elements whose class says byline or
 * author. Only short texts are read: a long one is a bio or a teaser, not a byline.
 */
final class Bylines {

    private static final String[] SELECTORS = {"[itemprop=author] [itemprop=name]", "[itemprop=author]",
            "a[rel~=(?i)^author$]", "[class~=(?i)^(byline|byline__name|author-name|author__name)$]",
            "[class~=(?i)^(author|byline-author|article-author|story-author)$]"};
    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_ELEMENTS = 5;

    private Bylines() {
    }

    /** Adds the names of the first byline source that yields any. */
    static void addTo(Collection<String> names, Document doc) {
        for (String selector : SELECTORS) {
            int seen = 0;
            for (Element e : doc.select(selector)) {
                if (++seen > MAX_ELEMENTS) {
                    break;
                }
                String text = e.hasAttr("content") ? e.attr("content") : e.text();
                if (text.length() <= MAX_BYLINE_CHARS) {
                    AuthorNames.addTo(names, text);
                }
            }
            if (!names.isEmpty()) {
                return;
            }
        }
    }
}
