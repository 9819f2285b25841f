/**
 * The read-only query API over the PostgreSQL store ({@link io.wirestream.sink.api.QueryApi}), described by
 * {@code docs/openapi.yaml}.
 */
package io.wirestream.sink.api;
