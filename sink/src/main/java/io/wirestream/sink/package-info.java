/**
 * The sink stage: a Kafka consumer that writes the enriched articles of {@code news.articles.v1} to
 * PostgreSQL, and the query API over them.
 *
 * <p>The launcher wires it as: {@link io.wirestream.sink.Database#connect} (or an
 * {@link io.wirestream.sink.EmbeddedPostgresServer} first, when {@code sink.jdbc.url} is empty), then
 * {@link io.wirestream.sink.SinkService#start}, whose {@code health()} goes to {@code /health}, and an
 * {@link io.wirestream.sink.ArticlesEndpoint} at {@code /api/articles}. The schema is in the Flyway
 * migrations under {@code db/migration}.
 */
package io.wirestream.sink;
