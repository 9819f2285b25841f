package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "br", "dd", "div", "dl",
            "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table",
            "tbody", "td", "th", "thead", "tr", "ul");
    /** Short blocks that are widget labels, not prose. */
    private static final Pattern LABEL = Pattern.compile("(?i)(advertisement|advertising|advert|sponsored|"
            + "sponsored content|ad|read more|more|continue reading|"
            + "share( this( article| story| post)?)?( (?:on|via) \\w+)?|"
            + "sharing is caring|related( articles| stories)?|see also|sign up|subscribe|subscribe now|click here|"
            + "comments?|leave a comment|tell us what you think|follow us|print|print this page|email|"
            + "this slideshow requires javascript|loading\\.*)[.:!]*");
    /** Link text that is a written-out address reads as text: the page shows the reader the URL. */
    private static final Pattern URL_TEXT = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s*");
    private static final int MAX_LABEL_CHARS = 40;
    /** A short label and a colon before a link: a cross-reference ("LEGGI ANCHE: ...", "Related: ..."). */
    private static final Pattern LABELLED = Pattern.compile("[^:.!?]{1,30}:\\s");
    /** A block this much link text is a link, whatever punctuation surrounds it. */
    private static final double WHOLE_LINK = 0.9;

    private final boolean loneLinks;
    private final boolean writtenUrls;
    private final boolean listLabels;

    TextRenderer(Set<Heuristic> heuristics) {
        this.loneLinks = heuristics.contains(Heuristic.LONE_LINKS);
        this.writtenUrls = heuristics.contains(Heuristic.WRITTEN_URLS);
        this.listLabels = heuristics.contains(Heuristic.LIST_LABELS);
    }

    /** The paragraphs of {@code containers}, in document order. */
    List<Paragraph> render(List<Element> containers) {
        List<Paragraph> blocks = new ArrayList<>();
        for (Element container : containers) {
            Collector collector = new Collector(blocks, writtenUrls);
            NodeTraversor.traverse(collector, container);
            collector.flush();
        }
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Paragraph block = blocks.get(i);
            if (!block.linky() || loneLinks && isLoneLink(blocks, i)) {
                paragraphs.add(block);
            } else if (listLabels && i > 0 && !paragraphs.isEmpty()
                    && paragraphs.get(paragraphs.size() - 1) == blocks.get(i - 1) && isLabel(blocks.get(i - 1))) {
                // The label of a list of links ("Read also", "Mehr zum Thema") goes with the list.
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        return paragraphs;
    }

    private static boolean isLabel(Paragraph p) {
        String text = p.text();
        return text.length() <= MAX_LABEL_CHARS && !text.endsWith(".") && !p.linked();
    }

    /**
     * A paragraph that is one link to another site and nothing else (not a list item, not labelled "Read
     * more:" inside or outside the link), with prose on both sides: a call to action or a source within the
     * text. A lone link to the site's own pages is a cross-reference to another story.
     */
    private static boolean isLoneLink(List<Paragraph> blocks, int i) {
        Paragraph block = blocks.get(i);
        return !block.listItem() && block.links() == 1 && block.offSiteLink() && block.linkDensity() >= WHOLE_LINK
                && !LABELLED.matcher(block.text()).lookingAt() && i > 0
                && i + 1 < blocks.size() && !blocks.get(i - 1).linky() && !blocks.get(i + 1).linky();
    }

    /** Walks the tree without recursion, cutting a paragraph at each block boundary. */
    private static final class Collector implements NodeVisitor {

        private final List<Paragraph> out;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder linkText = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int titleDepth;
        private int headingDepth;
        private int listDepth;
        private int links;
        private Element firstLink;

        private final boolean writtenUrls;

        Collector(List<Paragraph> out, boolean writtenUrls) {
            this.out = out;
            this.writtenUrls = writtenUrls;
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
                    case "a" -> {
                        if (linkDepth++ == 0 && links++ == 0) {
                            firstLink = e;
                        }
                    }
                    case "h1" -> titleDepth++;
                    case "li" -> listDepth += inList(e) ? 1 : 0;
                    default -> {
                    }
                }
                if (HEADINGS.contains(tag)) {
                    headingDepth++;
                }
            }
        }

        /** An item of a list of several: a list of one is a paragraph in a list's clothes. */
        private static boolean inList(Element item) {
            return item.parent() != null && item.parent().childrenSize() > 1;
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
                        titleDepth--;
                    }
                    default -> {
                    }
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                }
                if (tag.equals("li") && inList(e)) {
                    listDepth--;
                }
                if (HEADINGS.contains(tag)) {
                    headingDepth--;
                }
            }
        }

        private void endLink() {
            linkDepth--;
            if (linkDepth == 0) {
                if (writtenUrls && URL_TEXT.matcher(linkText).matches()) {
                    linkChars -= linkText.length();
                }
                linkText.setLength(0);
            }
        }

        private void append(String raw) {
            if (titleDepth > 0) {
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
            int linkTextChars = Math.max(0, linkChars);
            int linkCount = links;
            boolean offSite = linkCount == 1 && leadsOffSite(firstLink);
            text.setLength(0);
            linkChars = 0;
            links = 0;
            firstLink = null;
            if (paragraph.isEmpty()) {
                return;
            }
            if (paragraph.length() < 40 && LABEL.matcher(paragraph).matches()) {
                return;
            }
            out.add(new Paragraph(paragraph, Math.min(1.0, (double) linkTextChars / paragraph.length()), linkCount,
                    listDepth > 0, headingDepth > 0, offSite));
        }

        /** Whether {@code link} leads to another site than the page's own. */
        private static boolean leadsOffSite(Element link) {
            String target = host(link.absUrl("href"));
            return target != null && !target.equals(host(link.ownerDocument() == null ? ""
                    : link.ownerDocument().location()));
        }

        private static String host(String url) {
            try {
                String host = url.isEmpty() ? null : URI.create(url).getHost();
                return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
