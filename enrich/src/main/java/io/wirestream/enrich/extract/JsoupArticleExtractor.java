package io.wirestream.enrich.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first article extractor, on Jsoup: metadata from the page head ({@link MetadataReader}), then the
 * page chrome removed ({@link BoilerplateFilter}), the main content found by paragraph-text density
 * ({@link MainContentLocator}) and rendered as paragraphs ({@link TextRenderer}).
 */
public final class JsoupArticleExtractor implements ArticleExtractor {

    private final MetadataReader metadata = new MetadataReader();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final MainContentLocator locator = new MainContentLocator();
    private final TextRenderer renderer = new TextRenderer();

    @Override
    public ExtractedArticle extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata meta = metadata.read(doc);
        Element body = doc.body();
        boilerplate.clean(body);
        String text = renderer.render(locator.locate(body));
        return new ExtractedArticle(meta.title(), meta.authors(), meta.publishedAt(), meta.language(),
                meta.canonicalUrl(), text);
    }
}
