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
 * Renders the article containers as paragraphs: one per block (paragraph, heading, list item, quote, and
 * text directly inside a division), whitespace collapsed. Left out: one-line widget labels, and blocks
 * that are mostly links when they come in runs (related stories, tag lists); a lone link between two
 * paragraphs of prose ("Get it on Amazon for $39") is part of the text.
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
    /** Link text that is a written-out address reads as text: the page shows the reader the URL. */
    private static final Pattern URL_TEXT = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s*");
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A block this much link text is a link, whatever punctuation surrounds it. */
    private static final double WHOLE_LINK = 0.9;

    /** A rendered block and the share of its text that is link text. */
    private record Block(String text, double linkDensity, boolean listItem) {
        boolean linky() {
            return linkDensity > MAX_LINK_DENSITY;
        }
    }

    /** The paragraphs of {@code containers}, in document order. */
    List<String> render(List<Element> containers) {
        List<Block> blocks = new ArrayList<>();
        for (Element container : containers) {
            Collector collector = new Collector(blocks);
            NodeTraversor.traverse(collector, container);
            collector.flush();
        }
        List<String> paragraphs = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.linky() || isLoneLink(blocks, i)) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    /**
     * A paragraph that is one link and nothing else (not a list item, no "Read more:" before it), with prose
     * on both sides: a call to action within the text.
     */
    private static boolean isLoneLink(List<Block> blocks, int i) {
        return !blocks.get(i).listItem() && blocks.get(i).linkDensity() >= WHOLE_LINK && i > 0 && i + 1 < blocks.size() && !blocks.get(i - 1).linky()
                && !blocks.get(i + 1).linky();
    }

    /** Walks the tree without recursion, cutting a paragraph at each block boundary. */
    private static final class Collector implements NodeVisitor {

        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder linkText = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int headingDepth;
        private int listDepth;

        Collector(List<Block> out) {
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
                switch (tag) {
                    case "a" -> linkDepth++;
                    case "h1" -> headingDepth++;
                    case "li" -> listDepth++;
                    default -> {
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                switch (tag) {
                    case "a" -> endLink();
                    case "h1" -> {
                        // The page's h1 is the title, which the article carries on its own.
                        text.setLength(0);
                        linkChars = 0;
                        headingDepth--;
                    }
                    default -> {
                    }
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                }
                if (tag.equals("li")) {
                    listDepth--;
                }
            }
        }

        private void endLink() {
            linkDepth--;
            if (linkDepth == 0) {
                if (URL_TEXT.matcher(linkText).matches()) {
                    linkChars -= linkText.length();
                }
                linkText.setLength(0);
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
                linkText.append(text, before, text.length());
            }
        }

        void flush() {
            String paragraph = text.toString().strip();
            int links = Math.max(0, linkChars);
            text.setLength(0);
            linkChars = 0;
            if (paragraph.isEmpty()) {
                return;
            }
            if (paragraph.length() < 40 && LABEL.matcher(paragraph).matches()) {
                return;
            }
            out.add(new Block(paragraph, Math.min(1.0, (double) links / paragraph.length()), listDepth > 0));
        }
    }
}
