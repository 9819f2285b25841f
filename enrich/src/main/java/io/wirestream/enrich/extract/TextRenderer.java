package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders the article containers as plain text: one paragraph per block (paragraph, heading, list item,
 * quote, and text directly inside a division), whitespace collapsed, paragraphs separated by a blank
 * line. Blocks that are mostly links (related stories, tag lists) and one-line widget labels are left out.
 */
final class TextRenderer {

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "br", "dd", "div", "dl",
            "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table",
            "tbody", "td", "th", "thead", "tr", "ul");
    /** Short blocks that are widget labels, not prose. */
    private static final Pattern LABEL = Pattern.compile("(?i)(advertisement|advertising|advert|sponsored|"
            + "sponsored content|ad|read more|more|continue reading|share|share this( article| story)?|"
            + "sharing is caring|related( articles| stories)?|see also|sign up|subscribe|subscribe now|click here|"
            + "comments?|leave a comment|tell us what you think|follow us|print|print this page|email|"
            + "this slideshow requires javascript|loading\\.*)[.:!]*");
    private static final double MAX_LINK_DENSITY = 0.5;

    /** The text of {@code containers}, paragraphs separated by blank lines. */
    String render(List<Element> containers) {
        List<String> paragraphs = new ArrayList<>();
        for (Element container : containers) {
            Collector collector = new Collector(paragraphs);
            NodeTraversor.traverse(collector, container);
            collector.flush();
        }
        return String.join("\n\n", paragraphs);
    }

    /** Walks the tree without recursion, cutting a paragraph at each block boundary. */
    private static final class Collector implements NodeVisitor {

        private final List<String> out;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int headingDepth;

        Collector(List<String> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                }
                if (tag.equals("a")) {
                    linkDepth++;
                }
                if (tag.equals("h1")) {
                    headingDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                if (tag.equals("h1")) {
                    // The page's h1 is the title, which the article carries on its own.
                    text.setLength(0);
                    linkChars = 0;
                    headingDepth--;
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
        }

        private void append(String raw) {
            if (headingDepth > 0) {
                return;
            }
            int before = text.length();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00a0';
                if (space) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    text.append(c);
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            String paragraph = text.toString().strip();
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            if (paragraph.isEmpty()) {
                return;
            }
            if ((double) links / paragraph.length() > MAX_LINK_DENSITY) {
                return;
            }
            if (paragraph.length() < 40 && LABEL.matcher(paragraph).matches()) {
                return;
            }
            out.add(paragraph);
        }
    }
}
