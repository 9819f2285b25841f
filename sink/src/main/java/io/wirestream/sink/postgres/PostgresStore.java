package io.wirestream.sink.postgres;

import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/**
 * The PostgreSQL {@link Store}: each batch is one transaction that locks its partitions' rows of
 * {@code sink_positions}, writes the articles not applied yet ({@link ArticleRows}) and moves the
 * positions. The schema is migrated by {@link Database#migrate}.
 */
public final class PostgresStore implements Store {

    private final DataSource dataSource;
    private final PositionRows positions;
    private final String location;

    /**
     * @param dataSource the migrated database; the caller closes it after this store
     * @param groupId    the consumer group whose positions this store keeps
     * @param location   where the database is, for logs
     */
    public PostgresStore(DataSource dataSource, String groupId, String location) {
        this.dataSource = dataSource;
        this.positions = new PositionRows(groupId);
        this.location = location;
    }

    @Override
    public Map<TopicPartition, Long> positions(Collection<TopicPartition> partitions) throws StoreException {
        try (Connection connection = dataSource.getConnection()) {
            return positions.read(connection, partitions);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(StoreBatch batch) throws StoreException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<TopicPartition, Long> stored = positions.lock(connection, batch.nextOffsets().keySet());
                List<ChangeRecord> fresh = batch.changesFrom(stored);
                if (!fresh.isEmpty()) {
                    ArticleRows.apply(connection, StoreBatch.latestPerArticle(fresh));
                }
                positions.update(connection, batch.positionsAfter(stored));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public String location() {
        return location;
    }

    /** The data source stays open: it belongs to the caller, who may share it with the query API. */
    @Override
    public void close() {
    }

    private static StoreException failure(SQLException e) {
        return SqlErrors.dataError(e)
                .map(data -> StoreException.rejected(SqlErrors.summary(e), data))
                .orElseGet(() -> StoreException.unavailable(SqlErrors.summary(e), e));
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is most likely gone with the transaction; the original failure says why.
            failure.addSuppressed(e);
        }
    }
}
