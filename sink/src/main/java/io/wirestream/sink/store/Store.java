package io.wirestream.sink.store;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the sink keeps the articles of {@code news.articles.v1}, together with how far it has consumed each
 * partition (its positions), so that rows and positions can only ever change together.
 *
 * <p>That is what makes delivery effectively exactly once: the consumer starts each partition it is given
 * at the position the store holds ({@link #positions}), and {@link #write} applies a batch and moves the
 * positions in one atomic step, skipping any record that lies before its partition's position. A crash at
 * any point, a replay, or a consumer that goes on writing after its partitions were taken away thus
 * neither loses nor doubles a change.
 *
 * <p>A store keeps the positions of one consumer group, the one it was opened for. Implementations are
 * used by one thread at a time.
 */
public interface Store extends AutoCloseable {

    /**
     * The positions held for {@code partitions}: for each, the offset of the next record to read. A partition
     * the store has no position for is left out; its consumer starts where the consumer group says.
     *
     * @throws StoreException when the store cannot be read now
     */
    Map<TopicPartition, Long> positions(Collection<TopicPartition> partitions) throws StoreException;

    /**
     * Applies the changes of {@code batch} that lie at or after their partition's position, in order (the
     * last change of an article wins), and moves each partition's position to the batch's next offset,
     * unless it is already further. Each partition's part is applied durably with its position or, when this
     * throws, not at all; a store may apply the parts of different partitions separately, so that after a
     * failure some are applied and writing the batch again skips them.
     *
     * @throws StoreException when the batch is not applied: {@link StoreException#rejectsData()} tells a
     *                        change the store will never accept from a store that cannot write now
     */
    void write(StoreBatch batch) throws StoreException;

    /** Where the store is, for logs: a JDBC URL, a folder. */
    String location();

    /** Releases the store's resources; what was written stays. */
    @Override
    void close();
}
