/**
 * The enrich stage: the Kafka Streams topology from {@code news.raw.v1} to {@code news.articles.v1} and
 * {@code news.quotes.v1} ({@link io.wirestream.enrich.EnrichTopology}, run by
 * {@link io.wirestream.enrich.EnrichService}), and the one extraction and enrichment code path that the
 * topology and {@code wirestream extract} share ({@link io.wirestream.enrich.ArticlePipeline},
 * {@link io.wirestream.enrich.ExtractJsonLines}).
 *
 * <p>The stages behind the pipeline are replaceable: HTML extraction in {@code io.wirestream.enrich.extract},
 * entities and quotes in {@code io.wirestream.enrich.nlp}.
 */
package io.wirestream.enrich;
