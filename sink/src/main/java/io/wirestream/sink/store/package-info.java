/**
 * What the sink writes to: the {@link io.wirestream.sink.store.Store} interface, which keeps the consumed
 * positions with the data, the batches it takes and the changes a record asks for.
 */
package io.wirestream.sink.store;
