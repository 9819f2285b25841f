package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article extractor, on Jsoup: the page repaired if it was decoded with the wrong charset
 * ({@link Mojibake}) and parsed within its {@link ExtractionLimits} ({@link BoundedParser}); metadata read
 * from the whole page ({@link MetadataReader}); then the page chrome removed ({@link BoilerplateFilter}),
 * the main content found by paragraph-text density ({@link MainContentLocator}), rendered as paragraphs
 * ({@link TextRenderer}) and freed of what surrounds an article's text ({@link ArticleEdges}), or replaced by
 * the body the page states in its JSON-LD when the page shows only part of it ({@link StatedBody}); last
 * the language settled between declaration and text ({@link LanguageChoice}).
 */
public final class JsoupArticleExtractor implements ArticleExtractor {

    private final ExtractionLimits limits;
    private final BoundedParser parser;
    private final MetadataReader metadata = new MetadataReader();
    private final BoilerplateFilter boilerplate;
    private final MainContentLocator locator;
    private final TextRenderer renderer;
    private final boolean articleEdges;
    private final boolean statedBody;

    /** An extractor with the {@link ExtractionLimits#DEFAULT default limits}. */
    public JsoupArticleExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    /** An extractor with every {@link Heuristic}, within {@code limits}. */
    public JsoupArticleExtractor(ExtractionLimits limits) {
        this(limits, Heuristic.ALL);
    }

    /** An extractor with only the given heuristics, for measuring what each is worth. */
    public JsoupArticleExtractor(ExtractionLimits limits, Set<Heuristic> heuristics) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = new BoundedParser(limits.maxDepth());
        this.boilerplate = new BoilerplateFilter(heuristics);
        this.locator = new MainContentLocator(heuristics);
        this.renderer = new TextRenderer(heuristics);
        this.articleEdges = heuristics.contains(Heuristic.ARTICLE_EDGES);
        this.statedBody = heuristics.contains(Heuristic.STATED_BODY);
    }

    /**
     * {@inheritDoc}
     *
     * @throws ExtractionLimitException when the page exceeds the extractor's limits
     */
    @Override
    public ExtractedArticle extract(String html, String baseUrl) {
        ExtractionBudget budget = limits.start();
        Document doc = parser.parse(Mojibake.repair(html), baseUrl, budget);
        JsonNode article = JsonLd.article(doc);
        PageMetadata meta = metadata.read(doc, article);
        budget.checkTime();
        Element body = doc.body();
        boilerplate.clean(body, budget);
        List<Paragraph> paragraphs = renderer.render(locator.locate(body, budget));
        String text = String.join("\n\n", articleEdges ? ArticleEdges.trim(paragraphs, meta) : texts(paragraphs));
        if (statedBody) {
            text = StatedBody.preferred(text, JsonLd.text(article, "articleBody"));
        }
        budget.checkTime();
        return new ExtractedArticle(meta.withLanguage(LanguageChoice.choose(meta.language(), text)), text);
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        List<String> texts = new ArrayList<>(paragraphs.size());
        paragraphs.forEach(p -> texts.add(p.text()));
        return texts;
    }
}
