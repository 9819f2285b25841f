package io.wirestream.sink;

import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch to the store and, when the store refuses the data of one of its changes, writes the batch
 * again one change at a time, so that only the changes the store refuses on their own are left out (and
 * handed to the caller to dead-letter) and the rest are written.
 */
final class StoreBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(StoreBatchWriter.class);

    /** Takes a change the store refuses; it must keep it (e.g. as a dead letter) before returning. */
    @FunctionalInterface
    interface RejectionHandler {
        void rejected(ChangeRecord record, Throwable error);
    }

    private final Store store;

    StoreBatchWriter(Store store) {
        this.store = store;
    }

    /**
     * Writes {@code batch}, moving every partition of the batch to its next offset.
     *
     * @param onRejected called for each change the store refuses, before the position moves past it, so that a
     *                   crash cannot lose a refused change
     * @return the number of changes refused
     * @throws StoreException when the store cannot write now; part of the batch may have been written, with
     *                        its positions, which makes writing it again skip that part
     */
    int write(StoreBatch batch, RejectionHandler onRejected) throws StoreException {
        try {
            store.write(batch);
            return 0;
        } catch (StoreException e) {
            if (!e.rejectsData()) {
                throw e;
            }
            log.info("The store refused a batch of {} changes ({}); writing them one at a time to find which",
                    batch.changes().size(), e.getMessage());
        }
        int rejected = 0;
        for (ChangeRecord change : batch.changes()) {
            try {
                store.write(StoreBatch.of(change));
            } catch (StoreException e) {
                if (!e.rejectsData()) {
                    throw e;
                }
                onRejected.rejected(change, e.getCause() == null ? e : e.getCause());
                rejected++;
            }
        }
        store.write(StoreBatch.positionsOnly(batch.nextOffsets()));
        return rejected;
    }
}
