package io.wirestream.enrich;

import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.RawPage;
import io.wirestream.enrich.extract.ArticleExtractor;
import io.wirestream.enrich.extract.ExtractedArticle;
import io.wirestream.enrich.extract.ExtractionLimitException;
import io.wirestream.enrich.extract.ExtractionLimits;
import io.wirestream.enrich.extract.JsoupArticleExtractor;
import io.wirestream.enrich.extract.LanguageChoice;
import io.wirestream.enrich.extract.PageMetadata;
import io.wirestream.enrich.nlp.Enrichment;
import io.wirestream.enrich.nlp.EnrichmentStages;
import io.wirestream.enrich.nlp.TextEnricher;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one extraction and enrichment code path: from a fetched page (or clean text) to the article
 * published on {@code news.articles.v1}. The Kafka Streams topology and {@code wirestream extract} both
 * run it, so they produce the same articles.
 *
 * <p>Two stages, each replaceable: an {@link ArticleExtractor} (HTML to body and metadata) and a
 * {@link TextEnricher} (body to entities and quotes). Instances are immutable and thread-safe.
 */
public final class ArticlePipeline {

    /** The version of the extraction and enrichment code, recorded in every article it produces. */
    public static final String EXTRACTOR_VERSION = "enrich-0.1.0";

    /** The default page size limit, as {@link EnrichConfig#MAX_HTML_BYTES} documents it. */
    public static final long DEFAULT_MAX_HTML_BYTES = 8L << 20;

    private static final Pattern HOST = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/:?#\\s]+)");

    private final ArticleExtractor extractor;
    private final TextEnricher enricher;
    private final long maxHtmlBytes;
    private final Clock clock;

    /**
     * @param extractor    HTML to body and metadata
     * @param enricher     body to entities and quotes
     * @param maxHtmlBytes pages with more UTF-8 bytes of HTML are rejected unparsed
     * @param clock        the clock of {@link Article#enrichedAt()}
     */
    public ArticlePipeline(ArticleExtractor extractor, TextEnricher enricher, long maxHtmlBytes, Clock clock) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        if (maxHtmlBytes < 1) {
            throw new IllegalArgumentException("maxHtmlBytes must be at least 1, not " + maxHtmlBytes);
        }
        this.maxHtmlBytes = maxHtmlBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default stages with the default limits. */
    public static ArticlePipeline standard() {
        return new ArticlePipeline(new JsoupArticleExtractor(), TextEnricher.standard(), DEFAULT_MAX_HTML_BYTES,
                Clock.systemUTC());
    }

    /**
     * The default extractor and enrichment stages with the stages and page limits of {@code config}
     * ({@link EnrichConfig}).
     */
    public static ArticlePipeline from(WirestreamConfig config) {
        ExtractionLimits limits = new ExtractionLimits(config.get(EnrichConfig.MAX_HTML_ELEMENTS),
                config.get(EnrichConfig.MAX_HTML_DEPTH), config.get(EnrichConfig.MAX_EXTRACT_TIME));
        return new ArticlePipeline(new JsoupArticleExtractor(limits),
                EnrichmentStages.enricher(EnrichConfig.stages(config)), config.get(EnrichConfig.MAX_HTML_BYTES),
                Clock.systemUTC());
    }

    /** This pipeline with other enrichment stages. */
    public ArticlePipeline withEnricher(TextEnricher other) {
        return new ArticlePipeline(extractor, other, maxHtmlBytes, clock);
    }

    /** This pipeline with another page size limit. */
    public ArticlePipeline withMaxHtmlBytes(long limit) {
        return new ArticlePipeline(extractor, enricher, limit, clock);
    }

    /** This pipeline with another clock, for reproducible {@link Article#enrichedAt()} values. */
    public ArticlePipeline withClock(Clock other) {
        return new ArticlePipeline(extractor, enricher, maxHtmlBytes, other);
    }

    /**
     * The article of a fetched page. Title, authors and publication time come from the page and, where
     * the page does not state them, from the feed item.
     *
     * @throws PageRejectedException when the page has no id or HTML, or is over a size or complexity limit
     */
    public Article enrich(RawPage page) {
        Objects.requireNonNull(page, "page");
        if (page.id() == null || page.id().isBlank()) {
            throw new PageRejectedException("page has no id");
        }
        if (page.html() == null) {
            throw new PageRejectedException("page " + page.id() + " has no html");
        }
        checkSize(page.id(), page.html());
        String fetchedFrom = page.finalUrl() != null ? page.finalUrl() : page.url();
        ExtractedArticle extracted;
        try {
            extracted = extractor.extract(page.html(), fetchedFrom);
        } catch (ExtractionLimitException e) {
            throw new PageRejectedException("page " + page.id() + " " + e.getMessage() + ", over the limit of "
                    + limitKey(e.limit()), e);
        }
        PageMetadata meta = extracted.metadata();
        FeedItem item = page.item();
        String title = meta.title() != null ? meta.title() : item == null ? null : blankToNull(item.title());
        List<String> authors = !meta.authors().isEmpty() || item == null ? meta.authors() : item.authors();
        var publishedAt = meta.publishedAt() != null || item == null ? meta.publishedAt() : item.published();
        List<String> tags = !meta.tags().isEmpty() || item == null ? meta.tags() : item.categories();
        String canonicalUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : page.url();
        Enrichment enrichment = enrichIfReadable(meta.language(), extracted.body());
        return new Article(page.id(), page.url(), canonicalUrl, host(fetchedFrom), meta.siteName(), title,
                meta.description(), authors, publishedAt, meta.updatedAt(), meta.language(), meta.section(), tags,
                meta.topImage(), extracted.body(), enrichment.entities(), enrichment.quotes(), clock.instant(),
                EXTRACTOR_VERSION);
    }

    /** The article of an HTML page that did not come through a feed. */
    public Article fromHtml(String id, String url, String html) {
        return enrich(new RawPage(id, url, url, null, null, null, html));
    }

    /** The article of text that is already clean: no HTML extraction, only entities and quotes. */
    public Article fromText(String id, String title, String body) {
        if (id == null || id.isBlank()) {
            throw new PageRejectedException("text has no id");
        }
        String text = body == null ? "" : body;
        checkSize(id, text);
        String language = LanguageChoice.choose(null, text);
        Enrichment enrichment = enrichIfReadable(language, text);
        return new Article(id, null, null, null, blankToNull(title), List.of(), null, language, text,
                enrichment.entities(), enrichment.quotes(), clock.instant(), EXTRACTOR_VERSION);
    }

    /**
     * The entities and quotes of an article the enrichment stages can read, else none: rules written for one
     * language find wrong names and wrong speakers in another, and a wrong speaker is worse than none. The
     * body stays, for a replay once the article's language has stages.
     */
    private Enrichment enrichIfReadable(String language, String body) {
        return enricher.reads(language) ? enricher.enrich(body) : Enrichment.NONE;
    }

    private static String limitKey(ExtractionLimitException.Limit limit) {
        return switch (limit) {
            case ELEMENTS -> EnrichConfig.MAX_HTML_ELEMENTS.name();
            case TIME -> EnrichConfig.MAX_EXTRACT_TIME.name();
        };
    }

    private void checkSize(String id, String text) {
        // A char is at most 3 UTF-8 bytes (a surrogate pair is 4 for 2 chars), so most pages need no count.
        if ((long) text.length() * 3 <= maxHtmlBytes) {
            return;
        }
        long bytes = text.length() > maxHtmlBytes ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxHtmlBytes) {
            throw new PageRejectedException("page " + id + " is " + (text.length() > maxHtmlBytes ? "over " : "")
                    + bytes + " bytes, more than the limit of " + maxHtmlBytes + " bytes ("
                    + EnrichConfig.MAX_HTML_BYTES.name() + ")");
        }
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            // Pages link to URLs with spaces and other characters java.net.URI rejects; the host is still plain.
            Matcher m = HOST.matcher(url.strip());
            host = m.lookingAt() ? m.group(1) : null;
        }
        return host == null || host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
