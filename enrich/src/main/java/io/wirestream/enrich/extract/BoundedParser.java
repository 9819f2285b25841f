package io.wirestream.enrich.extract;

import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Parses a page with Jsoup's HTML5 tree builder within an {@link ExtractionBudget}: the page is parsed as
 * a stream of elements, each counted as it completes, so that a page over the element or time limit is
 * abandoned while it is being parsed instead of after its whole tree has been built.
 */
final class BoundedParser {

    private final int maxDepth;

    BoundedParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    Document parse(String html, String baseUrl, ExtractionBudget budget) {
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        try (StreamParser stream = new StreamParser(parser).parse(html, baseUrl == null ? "" : baseUrl)) {
            Iterator<Element> elements = stream.iterator();
            while (elements.hasNext()) {
                elements.next();
                budget.element();
            }
            return stream.document();
        }
    }
}
