package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleBatchWriterTest {

    private static MigratedDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = new MigratedDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        db.truncate();
    }

    @Test
    void writesTheWholeBatchWhenTheDatabaseTakesIt() throws SQLException {
        List<ArticleBatchWriter.Rejection> rejected = new ArticleBatchWriter(new PostgresArticleSink(db.dataSource()))
                .write(List.of(ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2"))));

        assertThat(rejected).isEmpty();
        assertThat(db.count("articles")).isEqualTo(2);
    }

    @Test
    void writesTheRestOfABatchAndReturnsTheArticlesTheDatabaseRefuses() throws SQLException {
        ArticleChange nul = ArticleChange.upsert(TestArticles.withBody(article("nul"), "NUL \u0000 in the body"));
        Article base = article("twice");
        Entity entity = base.entities().get(0);
        ArticleChange sameEntityTwice = ArticleChange.upsert(new Article(base.id(), base.url(), base.canonicalUrl(),
                base.source(), base.title(), base.authors(), base.publishedAt(), base.language(), base.body(),
                List.of(entity, entity), base.quotes(), base.enrichedAt(), base.extractorVersion()));

        List<ArticleBatchWriter.Rejection> rejected = new ArticleBatchWriter(new PostgresArticleSink(db.dataSource()))
                .write(List.of(ArticleChange.upsert(article("a1")), nul, sameEntityTwice,
                        ArticleChange.upsert(article("a2"))));

        assertThat(rejected).extracting(ArticleBatchWriter.Rejection::change).containsExactly(nul, sameEntityTwice);
        assertThat(rejected).extracting(r -> r.error().getSQLState()).containsExactly("22021", "23505");
        assertThat(db.query("SELECT id FROM articles ORDER BY id"))
                .containsExactly(Map.of("id", "a1"), Map.of("id", "a2"));
    }

    @Test
    void aDatabaseThatIsDownRejectsNothingAndFailsTheWholeBatch() {
        HikariDataSource closed = Database.connect(db.database().jdbcUrl(), db.database().user(),
                db.database().password(), 2);
        closed.close();

        assertThatThrownBy(() -> new ArticleBatchWriter(new PostgresArticleSink(closed))
                .write(List.of(ArticleChange.upsert(article("a1")))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlErrors.isCausedByData(e)).isFalse());
    }
}
