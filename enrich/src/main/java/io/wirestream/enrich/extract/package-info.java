/**
 * Article extraction: from a fetched HTML page to its main text and metadata
 * ({@link io.wirestream.enrich.extract.ArticleExtractor}). The first implementation,
 * {@link io.wirestream.enrich.extract.JsoupArticleExtractor}, reads metadata from the page head and finds the
 * main text by paragraph-text density.
 */
package io.wirestream.enrich.extract;
