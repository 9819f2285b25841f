/**
 * Article extraction: from a fetched HTML page to its main text and metadata
 * ({@link io.wirestream.enrich.extract.ArticleExtractor}), implemented by
 * {@link io.wirestream.enrich.extract.JsoupArticleExtractor}.
 *
 * <p>The page is parsed within {@link io.wirestream.enrich.extract.ExtractionLimits} (elements, depth, time),
 * after a repair of UTF-8 read with the wrong charset. Metadata comes from the first source that states
 * each value, schema.org JSON-LD first ({@link io.wirestream.enrich.extract.MetadataReader}); nothing is
 * guessed. The body is found by Readability's paragraph-density scoring, after page chrome and
 * non-content blocks are removed, and refined by the {@link io.wirestream.enrich.extract.Heuristic}s:
 * general rules about page structure (embedded posts, media boxes, standfirsts, lone links, the furniture
 * at an article's edges), none keyed to a site. Their worth is measured by cross-validation in the
 * {@code bench} module, and each is pinned by tests on small pages and on whole hand-written pages in eight
 * languages.
 */
package io.wirestream.enrich.extract;
