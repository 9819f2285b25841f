package io.wirestream.sink.postgres;

import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.Store;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;

/**
 * The PostgreSQL {@link Store}. Each partition's part of a batch is one transaction that locks the
 * partition's row of {@code sink_positions}, writes the articles not applied yet ({@link ArticleRows}) and
 * moves the position. The parts of different partitions are written at the same time on up to
 * {@code parallelism} connections: storing the rows and updating the indexes (the full-text one most) is
 * most of the work, and PostgreSQL does it on one core per connection. The schema is migrated by
 * {@link Database#migrate}.
 */
public final class PostgresStore implements Store {

    private final DataSource dataSource;
    private final PositionRows positions;
    private final String location;
    private final ExecutorService writers;

    /**
     * @param dataSource  the migrated database; the caller closes it after this store
     * @param groupId     the consumer group whose positions this store keeps
     * @param location    where the database is, for logs
     * @param parallelism how many partitions are written at once, each on a connection of its own
     */
    public PostgresStore(DataSource dataSource, String groupId, String location, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.dataSource = dataSource;
        this.positions = new PositionRows(groupId);
        this.location = location;
        this.writers = parallelism == 1 ? null : Executors.newFixedThreadPool(parallelism - 1, r -> {
            Thread thread = new Thread(r, "wirestream-sink-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A store that writes one partition at a time. */
    public PostgresStore(DataSource dataSource, String groupId, String location) {
        this(dataSource, groupId, location, 1);
    }

    @Override
    public Map<TopicPartition, Long> positions(Collection<TopicPartition> partitions) throws StoreException {
        try (Connection connection = dataSource.getConnection()) {
            return positions.read(connection, partitions);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each partition's part of the batch is atomic on its own: when this throws, some partitions may have
     * been written, with their positions, and writing the batch again skips them.
     */
    @Override
    public void write(StoreBatch batch) throws StoreException {
        List<StoreBatch> parts = batch.byPartition();
        if (writers == null || parts.size() == 1) {
            for (StoreBatch part : parts) {
                writePartition(part);
            }
            return;
        }
        // The calling thread writes the first part itself while the writers take the others.
        List<Future<?>> others = new ArrayList<>();
        for (StoreBatch part : parts.subList(1, parts.size())) {
            others.add(writers.submit(() -> {
                writePartition(part);
                return null;
            }));
        }
        StoreException failed = null;
        try {
            writePartition(parts.get(0));
        } catch (StoreException e) {
            failed = e;
        }
        for (Future<?> other : others) {
            failed = worse(failed, await(other));
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void writePartition(StoreBatch batch) throws StoreException {
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

    private static StoreException await(Future<?> write) {
        try {
            write.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StoreException.unavailable("Interrupted while waiting for a write", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException failure) {
                return failure;
            }
            throw new IllegalStateException("A partition's write failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The failure to report of two: a store that cannot write, which is retried as a whole, before a refused
     * change, which would have the batch written again one change at a time.
     */
    private static StoreException worse(StoreException a, StoreException b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.rejectsData() ? b : a;
    }

    @Override
    public String location() {
        return location;
    }

    /** Stops the writer threads; the data source stays open, as it belongs to the caller. */
    @Override
    public void close() {
        if (writers != null) {
            writers.shutdown();
        }
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
