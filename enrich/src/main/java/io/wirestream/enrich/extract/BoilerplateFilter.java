package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before the main content is looked for: scripts and styles, page
 * chrome (navigation, header, footer, asides, forms), media and their captions, hidden elements, and
 * elements whose class or id says they are comments, share bars, related links, ads and the like.
 */
final class BoilerplateFilter {

    private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "embed, video, audio, picture, source, img, map, nav, header, footer, aside, button, input, select, "
            + "textarea, label, figure, figcaption, dialog, menu, link, meta";
    private static final String REMOVED_ROLES = "[role~=(?i)^(navigation|banner|contentinfo|complementary|dialog"
            + "|alertdialog|menu|menubar|search|toolbar)$], [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";

    /** Class or id words of non-content blocks (after Mozilla Readability's "unlikely candidates"). */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|"
            + "byline|caption|combx|comment|community|consent|cookie|cover-wrap|credit|disqus|extra|footer|gdpr|"
            + "header|legends|menu|modal|newsletter|outbrain|paywall|popup|promo|read-?more|recirc|recommend|related|"
            + "remark|"
            + "replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|"
            + "taboola|tags|toolbar|trending|agegate|pagination|pager|yom-remote", Pattern.CASE_INSENSITIVE);
    private static final String MEDIA = "img, picture, video, iframe";
    private static final String EMBEDDED_POST =
            "blockquote[class~=(?i)(tweet|instagram|tiktok|embed|fb-|reddit|bluesky|threads|mastodon)]";
    private static final Set<String> MEDIA_BOX_TAGS = Set.of("div", "span", "section", "figure", "a", "picture");
    /** Text a media box may hold: a caption and a credit, not paragraphs. */
    private static final int MAX_CAPTION_CHARS = 200;

    /** Class or id words that keep a block despite an unlikely word ("article-header-wrapper" aside). */
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text",
            Pattern.CASE_INSENSITIVE);

    private final boolean embeddedPosts;
    private final boolean mediaBoxes;

    BoilerplateFilter(Set<Heuristic> heuristics) {
        this.embeddedPosts = heuristics.contains(Heuristic.EMBEDDED_POSTS);
        this.mediaBoxes = heuristics.contains(Heuristic.MEDIA_BOXES);
    }

    void clean(Element root, ExtractionBudget budget) {
        if (mediaBoxes) {
            root.select(MEDIA).forEach(BoilerplateFilter::removeMediaBox);
        }
        root.select(REMOVED_ROLES).forEach(BoilerplateFilter::removeUnlessMain);
        budget.checkTime();
        root.select(REMOVED_TAGS).forEach(BoilerplateFilter::removeUnlessMain);
        budget.checkTime();
        root.select("form").forEach(BoilerplateFilter::removeUnlessMain);
        removeUnlikely(root, budget);
    }

    /**
     * Removes the box around a picture or video with the little text that goes with it (caption, credit),
     * whatever the box's class calls it: the nearest one or two wrapping divisions whose text is short.
     */
    private static void removeMediaBox(Element media) {
        Element box = null;
        Element up = media.parent();
        for (int level = 0; level < 2 && up != null && MEDIA_BOX_TAGS.contains(up.normalName()); level++) {
            if (textLongerThan(up, MAX_CAPTION_CHARS)) {
                break;
            }
            box = up;
            up = up.parent();
        }
        if (box != null && box.parent() != null && !box.text().isBlank()) {
            box.remove();
        }
    }

    /** Whether {@code e} has more than {@code limit} characters of text, reading no further than that. */
    private static boolean textLongerThan(Element e, int limit) {
        int[] length = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    length[0] += t.text().length();
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return length[0] > limit;
    }

    /**
     * Removes {@code e} unless it holds much of the page's prose: some sites wrap the whole page in a
     * {@code <form>} or put the story in an {@code <aside>}-less {@code <header>}.
     */
    private static void removeUnlessMain(Element e) {
        if (e.parent() == null) {
            return;
        }
        if (!e.normalName().equals("script") && !e.normalName().equals("style") && holdsProse(e)) {
            return;
        }
        e.remove();
    }

    private static boolean holdsProse(Element e) {
        int long_ = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() > 80 && ++long_ >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * An embedded post (a tweet, an Instagram or TikTok post) is a {@code <blockquote>} marked by the
     * network's embed code, in a wrapper whose class names the network: what it quotes is part of the story.
     */
    private static boolean embedsPost(Element e) {
        return !e.select(EMBEDDED_POST).isEmpty();
    }

    private static boolean isUnlikely(String signature) {
        return UNLIKELY.matcher(signature).find() && !MAYBE.matcher(signature).find();
    }

    private void removeUnlikely(Element root, ExtractionBudget budget) {
        List<Element> doomed = new ArrayList<>();
        // Pages repeat their class names hundreds of times: each signature is matched once.
        Map<String, Boolean> unlikely = new HashMap<>();
        for (Element e : root.getAllElements()) {
            budget.step();
            String tag = e.normalName();
            if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
                    || tag.equals("a") || tag.equals("#root")) {
                continue;
            }
            String signature = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (signature.isBlank()) {
                continue;
            }
            if (unlikely.computeIfAbsent(signature, BoilerplateFilter::isUnlikely) && !holdsProse(e)
                    && !(embeddedPosts && embedsPost(e))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }
}
