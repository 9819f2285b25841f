/**
 * Full-text search of the stored articles: {@link io.wirestream.sink.search.SearchWords} splits text into
 * words, {@link io.wirestream.sink.search.SearchVector} turns an article into the PostgreSQL {@code tsvector}
 * the store writes, and {@link io.wirestream.sink.search.SearchQuery} turns a web-search query into the
 * {@code tsquery} the API matches against it. Both sides split text with the same code, so that a word is
 * found exactly as it was indexed.
 */
package io.wirestream.sink.search;
