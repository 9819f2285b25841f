/**
 * The sink stage: a Kafka consumer that writes the enriched articles of {@code news.articles.v1} to a
 * {@link io.wirestream.sink.store.Store} effectively exactly once, and the query API over them.
 *
 * <p>The launcher runs it as a {@link io.wirestream.sink.ConfiguredSink}, which opens the configured store
 * (PostgreSQL in {@link io.wirestream.sink.postgres}, an embedded one by default; or JSON Lines files in
 * {@link io.wirestream.sink.file}), starts the {@link io.wirestream.sink.SinkService} and, over PostgreSQL,
 * adds the query API of {@link io.wirestream.sink.api} to the HTTP server.
 */
package io.wirestream.sink;
