/**
 * The file store for data lakes: gzip JSON Lines files partitioned by day, committed by replacing one state
 * file ({@link io.wirestream.sink.file.JsonLinesFileStore}).
 */
package io.wirestream.sink.file;
