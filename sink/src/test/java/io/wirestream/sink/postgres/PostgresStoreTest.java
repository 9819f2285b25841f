package io.wirestream.sink.postgres;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestBatches.P0;
import static io.wirestream.sink.TestBatches.P1;
import static io.wirestream.sink.TestBatches.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wirestream.core.record.Article;
import io.wirestream.sink.MigratedDatabase;
import io.wirestream.sink.TestArticles;
import io.wirestream.sink.store.ArticleChange;
import io.wirestream.sink.store.StoreBatch;
import io.wirestream.sink.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the PostgreSQL store lays articles and positions out in its tables; what every store does is in StoreContract. */
class PostgresStoreTest {

    @RegisterExtension
    static final MigratedDatabase db = MigratedDatabase.perTestClass();
    private static PostgresStore sink;

    @BeforeAll
    static void openStore() {
        sink = store("test-group");
    }

    @Test
    void writesAnArticleWithItsEntitiesMentionsAndQuotes() throws Exception {
        sink.write(batch(P0, 0, ArticleChange.upsert(article("a1"))));

        assertThat(db.counts()).isEqualTo(Map.of("articles", 1L, "entities", 2L, "article_entities", 2L,
                "quotes", 2L));
        Map<String, Object> row = db.query("SELECT id, url, source, title, authors, language, body, extractor_version, "
                + "published_at = '2026-01-01T10:00:00Z' AS published_in_utc, "
                + "listed_at = published_at AS listed_when_published, "
                + "enriched_at = '2026-01-02T03:04:05.123Z' AS enriched, "
                + "search @@ plainto_tsquery('simple', 'acme paris') AS found FROM articles").get(0);
        assertThat(row).containsEntry("id", "a1").containsEntry("url", "https://news.example.com/a1")
                .containsEntry("source", "news.example.com").containsEntry("title", "Title of a1")
                .containsEntry("authors", List.of("Ann Writer", "Bob Editor")).containsEntry("language", "en")
                .containsEntry("body", TestArticles.BODY).containsEntry("extractor_version", "test-1")
                .containsEntry("published_in_utc", true).containsEntry("listed_when_published", true)
                .containsEntry("enriched", true).containsEntry("found", true);
        assertThat(db.query("SELECT id, name, type FROM entities ORDER BY id")).containsExactly(
                Map.of("id", "organization:acme corp", "name", "Acme Corp", "type", "ORGANIZATION"),
                Map.of("id", "person:jane doe", "name", "Jane Doe", "type", "PERSON"));
        assertThat(db.query("SELECT entity_id, mention_count, first_offset, aliases, mention_starts, mention_ends, "
                + "mention_texts FROM article_entities ORDER BY entity_id")).containsExactly(
                Map.of("entity_id", "organization:acme corp", "mention_count", 1, "first_offset", 13,
                        "aliases", List.of(), "mention_starts", List.of(13), "mention_ends", List.of(22),
                        "mention_texts", List.of("Acme Corp")),
                Map.of("entity_id", "person:jane doe", "mention_count", 2, "first_offset", 0,
                        "aliases", List.of("Doe"), "mention_starts", List.of(0, 54), "mention_ends", List.of(8, 57),
                        "mention_texts", List.of("Jane Doe", "Doe")));
        List<Map<String, Object>> quotes = db.query("SELECT position, text, kind, cue, speaker_name, "
                + "speaker_entity_id, published_at = '2026-01-01T10:00:00Z' AS dated FROM quotes ORDER BY position");
        assertThat(quotes.get(0)).containsEntry("text", "We will build it,").containsEntry("kind", "direct")
                .containsEntry("cue", "said").containsEntry("speaker_name", "Jane Doe")
                .containsEntry("speaker_entity_id", "person:jane doe").containsEntry("dated", true);
        assertThat(quotes.get(1)).containsEntry("kind", "indirect").containsEntry("cue", null)
                .containsEntry("speaker_name", null).containsEntry("speaker_entity_id", null);
        assertThat(db.query("SELECT group_id, topic, partition, next_offset FROM sink_positions")).containsExactly(
                Map.of("group_id", "test-group", "topic", "news.articles.v1", "partition", 0, "next_offset", 1L));
    }

    @Test
    void anotherGroupWritingTheSameArticlesChangesNoRowButItsPositions() throws Exception {
        sink.write(batch(P0, 0, ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2"))));
        var before = db.snapshot();

        store("other-group").write(batch(P0, 0, ArticleChange.upsert(article("a1")),
                ArticleChange.upsert(article("a2"))));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.count("sink_positions")).isEqualTo(2);
        assertThat(sink.positions(List.of(P0))).isEqualTo(Map.of(P0, 2L));
    }

    @Test
    void aReEnrichedArticleReplacesItsEntitiesMentionsAndQuotes() throws Exception {
        Article first = article("a1");
        sink.write(batch(P0, 0, ArticleChange.upsert(first), ArticleChange.upsert(article("a2"))));

        sink.write(batch(P0, 2, ArticleChange.upsert(TestArticles.reEnriched(first))));

        assertThat(db.query("SELECT title, extractor_version FROM articles WHERE id = 'a1'"))
                .containsExactly(Map.of("title", "New title", "extractor_version", "test-2"));
        assertThat(db.query("SELECT entity_id FROM article_entities WHERE article_id = 'a1'"))
                .containsExactly(Map.of("entity_id", "location:paris"));
        assertThat(db.query("SELECT mention_texts FROM article_entities WHERE article_id = 'a1'"))
                .containsExactly(Map.of("mention_texts", List.of("Paris")));
        assertThat(db.query("SELECT position, speaker_name FROM quotes WHERE article_id = 'a1'"))
                .containsExactly(Map.of("position", 0, "speaker_name", "Doe"));
        // The other article keeps its own, and entities stay for the articles that still name them.
        assertThat(db.count("article_entities")).isEqualTo(3);
        assertThat(db.count("entities")).isEqualTo(3);
    }

    @Test
    void aDeleteRemovesTheArticleWithItsLinksMentionsAndQuotes() throws Exception {
        sink.write(batch(P0, 0, ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2"))));

        sink.write(batch(P0, 2, ArticleChange.delete("a1"), ArticleChange.delete("never-written")));

        assertThat(db.counts()).isEqualTo(Map.of("articles", 1L, "entities", 2L, "article_entities", 2L,
                "quotes", 2L));
        assertThat(db.query("SELECT DISTINCT article_id FROM quotes")).containsExactly(Map.of("article_id", "a2"));
    }

    @Test
    void anUndatedArticleIsListedAtItsEnrichmentTime() throws Exception {
        sink.write(batch(P0, 0, ArticleChange.upsert(article("undated", null))));

        assertThat(db.query("SELECT listed_at = '2026-01-02T03:04:05.123Z' AS listed FROM articles"))
                .containsExactly(Map.of("listed", true));
    }

    @Test
    void aBatchTheDatabaseRefusesLeavesNothingBehindNotEvenItsPositions() throws Exception {
        Article refused = TestArticles.withBody(article("bad"), "a NUL \u0000 character");

        assertThatThrownBy(() -> sink.write(batch(P0, 0, ArticleChange.upsert(article("a1")),
                ArticleChange.upsert(refused))))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.rejectsData()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                    assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("22021");
                });

        assertThat(db.counts()).containsOnlyKeys(MigratedDatabase.TABLES).allSatisfy((table, rows) ->
                assertThat(rows).as(table).isZero());
        assertThat(sink.positions(List.of(P0))).isEmpty();
    }

    @Test
    void aDatabaseThatIsDownIsUnavailableNotARejection() {
        HikariDataSource closed = Database.connect(db.database().jdbcUrl(), db.database().user(),
                db.database().password(), 2);
        closed.close();
        PostgresStore down = new PostgresStore(closed, "test-group", db.database().jdbcUrl());

        assertThatThrownBy(() -> down.write(batch(P0, 0, ArticleChange.upsert(article("a1")))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.rejectsData()).isFalse());
        assertThatThrownBy(() -> down.positions(List.of(P0)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.rejectsData()).isFalse());
    }

    @Test
    void aSecondWriterOfThePartitionWaitsForTheFirstAndSkipsWhatItWrote() throws Exception {
        PostgresStore zombie = store("test-group");
        try (Connection first = db.dataSource().getConnection()) {
            // The first writer holds the partition's row, as in the middle of its transaction.
            first.setAutoCommit(false);
            new PositionRows("test-group").lock(first, List.of(P0));
            ArticleRows.apply(first, List.of(ArticleChange.upsert(article("a1"))));
            new PositionRows("test-group").update(first, Map.of(P0, 1L));
            Thread late = new Thread(() -> {
                try {
                    zombie.write(batch(P0, 0, ArticleChange.upsert(TestArticles.reEnriched(article("a1")))));
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            late.start();
            late.join(300);
            assertThat(late.isAlive()).as("the second writer waits for the first's lock").isTrue();
            first.commit();
            late.join();
        }

        assertThat(db.query("SELECT extractor_version FROM articles")).containsExactly(
                Map.of("extractor_version", "test-1"));
        assertThat(sink.positions(List.of(P0, P1))).isEqualTo(Map.of(P0, 1L));
    }

    @Test
    void positionsOfManyPartitionsAreReadOnlyForThoseAsked() throws Exception {
        sink.write(StoreBatch.positionsOnly(Map.of(P0, 3L, P1, 4L)));

        assertThat(sink.positions(List.of(P1))).isEqualTo(Map.of(P1, 4L));
        assertThat(sink.positions(List.of())).isEmpty();
    }

    private static PostgresStore store(String group) {
        return new PostgresStore(db.dataSource(), group, db.database().jdbcUrl());
    }
}
