/**
 * The record contract: the values that wirestream publishes on its topics.
 *
 * <p>These types are a public contract, documented in {@code docs/topics.md}. Consumers read them as
 * JSON; fields are only ever added (a consumer must ignore fields it does not know). A change that
 * removes or retypes a field is published under a new topic version instead.
 */
package io.wirestream.core.record;
