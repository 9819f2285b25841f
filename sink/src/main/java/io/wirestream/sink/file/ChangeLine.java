package io.wirestream.sink.file;

import io.wirestream.core.record.Article;
import io.wirestream.sink.store.ChangeRecord;
import java.time.Instant;

/**
 * One line of a JSON Lines file: a change, where its record was in {@code news.articles.v1}, and the article
 * as the record contract shapes it. A loader rebuilds the current articles by keeping, for each id, the line
 * with the highest offset (an article's records all go to one partition) and dropping ids whose last line
 * is a delete.
 *
 * @param op        {@code upsert} or {@code delete}
 * @param id        the article id
 * @param topic     the record's topic
 * @param partition the record's partition
 * @param offset    the record's offset
 * @param timestamp when the enricher published the record
 * @param article   the article, or null for a delete
 */
record ChangeLine(String op, String id, String topic, int partition, long offset, Instant timestamp,
                  Article article) {

    static final String UPSERT = "upsert";
    static final String DELETE = "delete";

    static ChangeLine of(ChangeRecord record) {
        return new ChangeLine(record.change().isDelete() ? DELETE : UPSERT, record.change().id(),
                record.partition().topic(), record.partition().partition(), record.offset(), record.timestamp(),
                record.change().article());
    }
}
