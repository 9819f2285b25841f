package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestBatches.P0;
import static io.wirestream.sink.TestBatches.P1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.sink.postgres.Database;
import io.wirestream.sink.postgres.PostgresStore;
import io.wirestream.sink.store.ArticleChange;
import io.wirestream.sink.store.ChangeRecord;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreBatchWriterTest {

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();
    private static PostgresStore store;

    @BeforeAll
    static void openStore() {
        store = new PostgresStore(db.dataSource(), "group", db.database().jdbcUrl());
    }

    @Test
    void writesTheWholeBatchWhenTheStoreTakesIt() throws Exception {
        List<ChangeRecord> rejected = new ArrayList<>();

        int count = new StoreBatchWriter(store).write(TestBatches.batch(P0, 0, ArticleChange.upsert(article("a1")),
                ArticleChange.upsert(article("a2"))), (change, error) -> rejected.add(change));

        assertThat(count).isZero();
        assertThat(rejected).isEmpty();
        assertThat(db.count("articles")).isEqualTo(2);
    }

    @Test
    void writesTheRestOfABatchAndHandsOverTheChangesTheStoreRefuses() throws Exception {
        ArticleChange nul = ArticleChange.upsert(TestArticles.withBody(article("nul"), "NUL \u0000 in the body"));
        Article base = article("twice");
        Entity entity = base.entities().get(0);
        ArticleChange sameEntityTwice = ArticleChange.upsert(new Article(base.id(), base.url(), base.canonicalUrl(),
                base.source(), base.title(), base.authors(), base.publishedAt(), base.language(), base.body(),
                List.of(entity, entity), base.quotes(), base.enrichedAt(), base.extractorVersion()));
        StoreBatch p0 = TestBatches.batch(P0, 10, ArticleChange.upsert(article("a1")), nul, sameEntityTwice,
                ArticleChange.upsert(article("a2")));
        // Every partition of the batch moves, also one whose records were all dead-lettered before the write.
        StoreBatch batch = new StoreBatch(p0.changes(), Map.of(P0, 14L, P1, 7L));
        List<String> rejected = new ArrayList<>();

        int count = new StoreBatchWriter(store).write(batch, (change, error) -> rejected.add(change.change().id()
                + ": " + ((SQLException) error).getSQLState()));

        assertThat(count).isEqualTo(2);
        assertThat(rejected).containsExactly("nul: 22021", "twice: 23505");
        assertThat(db.query("SELECT id FROM articles ORDER BY id"))
                .containsExactly(Map.of("id", "a1"), Map.of("id", "a2"));
        assertThat(store.positions(List.of(P0, P1))).isEqualTo(Map.of(P0, 14L, P1, 7L));
    }

    @Test
    void aStoreThatIsDownRejectsNothingAndFailsTheWholeBatch() {
        HikariDataSource closed = Database.connect(db.database().jdbcUrl(), db.database().user(),
                db.database().password(), 2);
        closed.close();
        List<ChangeRecord> rejected = new ArrayList<>();

        assertThatThrownBy(() -> new StoreBatchWriter(new PostgresStore(closed, "group", "closed"))
                .write(TestBatches.batch(P0, 0, ArticleChange.upsert(article("a1"))),
                        (change, error) -> rejected.add(change)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.rejectsData()).isFalse());
        assertThat(rejected).isEmpty();
    }
}
