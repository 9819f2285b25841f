package io.wirestream.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
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
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final MainContentLocator locator = new MainContentLocator();
    private final TextRenderer renderer = new TextRenderer();

    /** An extractor with the {@link ExtractionLimits#DEFAULT default limits}. */
    public JsoupArticleExtractor() {
        this(ExtractionLimits.DEFAULT);
    }

    public JsoupArticleExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = new BoundedParser(limits.maxDepth());
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
        String text = StatedBody.preferred(String.join("\n\n", ArticleEdges.trim(paragraphs, meta)),
                JsonLd.text(article, "articleBody"));
        budget.checkTime();
        return new ExtractedArticle(meta.withLanguage(LanguageChoice.choose(meta.language(), text)), text);
    }
}
