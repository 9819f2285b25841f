package io.wirestream.sink.store;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.asStored;
import static io.wirestream.sink.TestBatches.P0;
import static io.wirestream.sink.TestBatches.P1;
import static io.wirestream.sink.TestBatches.batch;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.record.Article;
import io.wirestream.sink.TestArticles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} does, run against each: atomic batches of changes and positions, records before
 * the position skipped, positions that survive reopening and never move back. Subclasses open the store.
 */
public abstract class StoreContract {

    protected static final String GROUP = "contract-group";

    private Store store;

    /** Opens the store under test for {@link #GROUP}: a new one the first time, the same one again after. */
    protected abstract Store open() throws Exception;

    /** The article {@code id} as the store holds it now (the store may be open), or empty. */
    protected abstract Optional<Article> read(String id) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void reopen() throws Exception {
        store.close();
        store = open();
    }

    @Test
    void aNewStoreHasNoPositions() throws Exception {
        assertThat(store.positions(List.of(P0, P1))).isEmpty();
    }

    @Test
    void writesArticlesAndTheirPositionTogether() throws Exception {
        Article a1 = article("a1");
        Article a2 = article("a2");

        store.write(batch(P0, 0, ArticleChange.upsert(a1), ArticleChange.upsert(a2)));

        assertThat(store.positions(List.of(P0, P1))).isEqualTo(Map.of(P0, 2L));
        assertThat(stored("a1")).contains(asStored(a1));
        assertThat(stored("a2")).contains(asStored(a2));
        assertThat(stored("a3")).isEmpty();
    }

    @Test
    void articlesAndPositionsSurviveReopening() throws Exception {
        Article a1 = article("a1");
        store.write(batch(P0, 5, ArticleChange.upsert(a1)));

        reopen();

        assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 6L));
        assertThat(stored("a1")).contains(asStored(a1));
    }

    @Test
    void aReplayedBatchChangesNothing() throws Exception {
        Article a1 = article("a1");
        store.write(batch(P0, 0, ArticleChange.upsert(a1), ArticleChange.upsert(article("a2"))));

        // The same offsets again, as after a crash before Kafka heard of the write; a changed article would
        // show if the replay were applied.
        store.write(batch(P0, 0, ArticleChange.upsert(TestArticles.reEnriched(a1)), ArticleChange.delete("a2")));

        assertThat(stored("a1")).contains(asStored(a1));
        assertThat(stored("a2")).isPresent();
        assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 2L));
    }

    @Test
    void aBatchOverlappingThePositionAppliesOnlyItsNewRecords() throws Exception {
        Article a2 = article("a2");
        store.write(batch(P0, 0, ArticleChange.upsert(article("a1")), ArticleChange.upsert(a2)));

        store.write(batch(P0, 1, ArticleChange.upsert(TestArticles.reEnriched(a2)),
                ArticleChange.upsert(article("a3"))));

        assertThat(stored("a2")).contains(asStored(a2));
        assertThat(stored("a3")).isPresent();
        assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 3L));
    }

    @Test
    void aReEnrichedArticleReplacesTheEarlierOne() throws Exception {
        Article first = article("a1");
        store.write(batch(P0, 0, ArticleChange.upsert(first)));

        store.write(batch(P0, 1, ArticleChange.upsert(TestArticles.reEnriched(first))));

        assertThat(stored("a1")).contains(asStored(TestArticles.reEnriched(first)));
    }

    @Test
    void aTombstoneDeletesTheArticle() throws Exception {
        store.write(batch(P0, 0, ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2"))));

        store.write(batch(P0, 2, ArticleChange.delete("a1"), ArticleChange.delete("never-written")));

        assertThat(stored("a1")).isEmpty();
        assertThat(stored("a2")).isPresent();
    }

    @Test
    void theLastChangeOfAnArticleInABatchWins() throws Exception {
        store.write(batch(P0, 0, ArticleChange.upsert(article("a1")), ArticleChange.delete("a1"),
                ArticleChange.delete("a2"), ArticleChange.upsert(article("a2"))));

        assertThat(stored("a1")).isEmpty();
        assertThat(stored("a2")).isPresent();
    }

    @Test
    void partitionsHaveTheirOwnPositions() throws Exception {
        store.write(batch(P0, 0, ArticleChange.upsert(article("a1"))));

        store.write(batch(P1, 40, ArticleChange.upsert(article("a2"))));

        assertThat(store.positions(List.of(P0, P1))).isEqualTo(Map.of(P0, 1L, P1, 41L));
        assertThat(store.positions(List.of(P1))).isEqualTo(Map.of(P1, 41L));
    }

    @Test
    void aBatchOfDeadLetteredRecordsOnlyMovesThePosition() throws Exception {
        store.write(StoreBatch.positionsOnly(Map.of(P0, 7L)));

        assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 7L));
    }

    @Test
    void positionsNeverMoveBack() throws Exception {
        store.write(StoreBatch.positionsOnly(Map.of(P0, 10L)));

        store.write(batch(P0, 3, ArticleChange.upsert(article("late"))));

        assertThat(stored("late")).isEmpty();
        assertThat(store.positions(List.of(P0))).isEqualTo(Map.of(P0, 10L));
    }

    /** The article as stored, its dates in UTC, as every store may give them. */
    private Optional<Article> stored(String id) throws Exception {
        return read(id).map(TestArticles::asStored);
    }
}
