package io.wirestream.sink;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of changes in one transaction and, when the database rejects the batch for its data,
 * writes the changes one at a time, so that only the changes the database rejects on their own are
 * left out of the store (for the caller to dead-letter) and the rest are written.
 */
final class ArticleBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(ArticleBatchWriter.class);

    private final PostgresArticleSink sink;

    ArticleBatchWriter(PostgresArticleSink sink) {
        this.sink = sink;
    }

    /**
     * Writes {@code changes}.
     *
     * @return the changes the database rejected, each with its error; empty when all were written
     * @throws SQLException when the database fails for a reason other than the data; some of the changes
     *                      may have been written, which is harmless since writing them again changes nothing
     */
    List<Rejection> write(List<ArticleChange> changes) throws SQLException {
        try {
            sink.apply(changes);
            return List.of();
        } catch (SQLException e) {
            if (!SqlErrors.isCausedByData(e)) {
                throw e;
            }
            log.info("The database rejected a batch of {} changes ({}); writing them one at a time to find which",
                    changes.size(), SqlErrors.summary(e));
        }
        List<Rejection> rejected = new ArrayList<>();
        for (ArticleChange change : changes) {
            try {
                sink.apply(List.of(change));
            } catch (SQLException e) {
                rejected.add(new Rejection(change, SqlErrors.dataError(e).orElseThrow(() -> e)));
            }
        }
        return rejected;
    }

    /**
     * A change the database will not accept.
     *
     * @param change the change
     * @param error  why, as the database said it
     */
    record Rejection(ArticleChange change, SQLException error) {
    }
}
