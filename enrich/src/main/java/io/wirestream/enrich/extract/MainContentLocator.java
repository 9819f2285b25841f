package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article text by paragraph-text density, in the manner of Arc90's
 * Readability: every paragraph scores its parent and grandparent by its length and commas; a container's
 * score is weighed by its class and id and by how little of its text is links; the best container wins,
 * with those siblings that look like more of the same article.
 */
final class MainContentLocator {

    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|"
            + "post|text|blog|story|paragraph|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|"
            + "share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|byline|newsletter",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    /**
     * The elements holding the article, in document order: the best-scoring container and the siblings
     * that belong with it; {@code root} itself when nothing scores.
     */
    private final boolean lineBreakParagraphs;
    private final boolean standfirstSiblings;

    MainContentLocator(Set<Heuristic> heuristics) {
        this.lineBreakParagraphs = heuristics.contains(Heuristic.LINE_BREAK_PARAGRAPHS);
        this.standfirstSiblings = heuristics.contains(Heuristic.STANDFIRST_SIBLINGS);
    }

    List<Element> locate(Element root, ExtractionBudget budget) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : paragraphs(root)) {
            budget.step();
            // Text written straight into a container (between its headings and breaks) is a paragraph of it;
            // a division whose paragraphs are separated by line breaks is the container itself.
            boolean looseText = !PARAGRAPH_TAGS.contains(paragraph.normalName())
                    && (!isParagraphLike(paragraph) || lineBreakParagraphs && breaksIntoParagraphs(paragraph));
            String text = looseText ? paragraph.ownText() : paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = looseText ? paragraph : paragraph.parent();
            Element grandparent = parent == null ? null : parent.parent();
            if (parent != null) {
                scores.merge(parent, score + initialScore(parent), (a, b) -> a + score);
            }
            if (grandparent != null) {
                scores.merge(grandparent, score / 2 + initialScore(grandparent), (a, b) -> a + score / 2);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            budget.step();
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > topScore) {
                top = entry.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(root);
        }
        top = promote(top, topScore, scores, root);
        return withSiblings(top, scores.getOrDefault(top, topScore), scores);
    }

    /**
     * Moves up from the best container when the article is split over several (Readability's rules): to
     * an ancestor holding other containers that score nearly as well, to a parent that scores better,
     * and past wrappers with no other child.
     */
    private static Element promote(Element top, double topScore, Map<Element, Double> scores, Element root) {
        List<Element> alternatives = new ArrayList<>();
        scores.entrySet().stream()
                .filter(e -> e.getKey() != top && e.getValue() >= topScore * 0.75)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(4)
                .forEach(e -> alternatives.add(e.getKey()));
        Element candidate = top;
        if (alternatives.size() >= 2) {
            for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
                int holds = 0;
                for (Element alternative : alternatives) {
                    if (isAncestor(parent, alternative)) {
                        holds++;
                    }
                }
                if (holds >= 2) {
                    candidate = parent;
                    break;
                }
            }
        }
        if (candidate == top && !top.className().isBlank()) {
            // An article split into chunks of the same class ("article__body" twice around an ad): their
            // nearest common ancestor, if it is close.
            for (Map.Entry<Element, Double> e : scores.entrySet()) {
                Element other = e.getKey();
                if (other != top && e.getValue() >= topScore * 0.2 && other.className().equals(top.className())) {
                    Element common = commonAncestor(candidate, other, 3);
                    if (common != null && common != root) {
                        candidate = common;
                    }
                }
            }
        }
        double last = scores.getOrDefault(candidate, topScore);
        for (Element parent = candidate.parent(); parent != null && parent != root; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < last / 3) {
                break;
            }
            if (score > last) {
                candidate = parent;
                break;
            }
            last = score;
        }
        while (candidate.parent() != null && candidate.parent() != root && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    /** The nearest common ancestor of {@code a} and {@code b} at most {@code levels} above {@code a}, or null. */
    private static Element commonAncestor(Element a, Element b, int levels) {
        Element p = a;
        for (int i = 0; i <= levels && p != null; i++, p = p.parent()) {
            if (p == b || isAncestor(p, b)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** {@code <p>}-like elements, and {@code <div>}s used as paragraphs (text and no block children). */
    private static List<Element> paragraphs(Element root) {
        List<Element> found = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            boolean container = tag.equals("div") || tag.equals("section") || tag.equals("article")
                    || tag.equals("main");
            if (PARAGRAPH_TAGS.contains(tag) || container && (isParagraphLike(e)
                    || e.ownText().length() >= MIN_PARAGRAPH_CHARS)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Text set out as paragraphs with {@code <br><br>} rather than {@code <p>}. */
    private static boolean breaksIntoParagraphs(Element e) {
        int breaks = 0;
        for (Element child : e.children()) {
            if (child.normalName().equals("br") && ++breaks >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParagraphLike(Element e) {
        boolean hasText = false;
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                return false;
            }
            if (child instanceof TextNode t && !t.isBlank()) {
                hasText = true;
            }
        }
        return hasText;
    }

    private List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                kept.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p") || standfirstSiblings && isParagraphLike(sibling)) {
                String text = sibling.text();
                double links = linkDensity(sibling);
                if ((text.length() > 80 && links < 0.25)
                        || (text.length() > 0 && links == 0 && text.matches("(?s).*\\.( |$).*"))) {
                    kept.add(sibling);
                }
            } else if (standfirstSiblings && wrapsOneParagraph(sibling) && sibling.text().length() > 80
                    && linkDensity(sibling) < 0.25) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    /** A wrapper around just one paragraph (a standfirst in a {@code <div class="lead">}). */
    private static boolean wrapsOneParagraph(Element e) {
        Element inner = e;
        while (inner.childrenSize() == 1 && !inner.normalName().equals("p") && !hasOwnText(inner)) {
            inner = inner.child(0);
        }
        return inner != e && (inner.normalName().equals("p") || isParagraphLike(inner));
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Readability's starting score of a container, by tag and by class and id. */
    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String signature : new String[] {e.className(), e.id()}) {
            if (signature.isEmpty()) {
                continue;
            }
            String s = signature.toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(s).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(s).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** The share of {@code e}'s text that is link text. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / length);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
