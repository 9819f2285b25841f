/**
 * The ingest stage: polls RSS and Atom feeds, fetches each new item's page over HTTP and publishes it to
 * {@code news.raw.v1}, keyed by article id (the SHA-256 of the canonical URL).
 *
 * <p>The launcher uses {@link io.wirestream.ingest.IngestService} and {@link io.wirestream.ingest.IngestConfig};
 * everything else is internal.
 */
package io.wirestream.ingest;
