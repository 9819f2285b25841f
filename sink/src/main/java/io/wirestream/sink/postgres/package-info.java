/**
 * The PostgreSQL store: connection pool and Flyway migrations ({@link io.wirestream.sink.postgres.Database},
 * schema under {@code db/migration}), the store itself ({@link io.wirestream.sink.postgres.PostgresStore}) and
 * the embedded server that {@code run} uses by default.
 */
package io.wirestream.sink.postgres;
