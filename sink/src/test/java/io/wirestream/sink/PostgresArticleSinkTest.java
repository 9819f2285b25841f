package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.record.Article;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresArticleSinkTest {

    private static MigratedDatabase db;
    private static PostgresArticleSink sink;

    @BeforeAll
    static void createDatabase() {
        db = new MigratedDatabase();
        sink = new PostgresArticleSink(db.dataSource());
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
    void writesAnArticleWithItsEntitiesMentionsAndQuotes() throws SQLException {
        sink.apply(List.of(ArticleChange.upsert(article("a1"))));

        assertThat(db.counts()).isEqualTo(Map.of("articles", 1L, "entities", 2L, "article_entities", 2L,
                "mentions", 3L, "quotes", 2L));
        Map<String, Object> row = db.query("SELECT id, url, source, title, authors, language, body, extractor_version, "
                + "published_at = '2026-01-01T10:00:00Z' AS published_in_utc, "
                + "enriched_at = '2026-01-02T03:04:05.123Z' AS enriched, "
                + "search @@ plainto_tsquery('simple', 'acme paris') AS found FROM articles").get(0);
        assertThat(row).containsEntry("id", "a1").containsEntry("url", "https://news.example.com/a1")
                .containsEntry("source", "news.example.com").containsEntry("title", "Title of a1")
                .containsEntry("authors", List.of("Ann Writer", "Bob Editor")).containsEntry("language", "en")
                .containsEntry("body", TestArticles.BODY).containsEntry("extractor_version", "test-1")
                .containsEntry("published_in_utc", true).containsEntry("enriched", true)
                .containsEntry("found", true);
        assertThat(db.query("SELECT id, name, type FROM entities ORDER BY id")).containsExactly(
                Map.of("id", "organization:acme corp", "name", "Acme Corp", "type", "ORGANIZATION"),
                Map.of("id", "person:jane doe", "name", "Jane Doe", "type", "PERSON"));
        assertThat(db.query("SELECT entity_id, mention_count, first_offset, aliases FROM article_entities "
                + "ORDER BY entity_id")).containsExactly(
                Map.of("entity_id", "organization:acme corp", "mention_count", 1, "first_offset", 13,
                        "aliases", List.of()),
                Map.of("entity_id", "person:jane doe", "mention_count", 2, "first_offset", 0,
                        "aliases", List.of("Doe")));
        assertThat(db.query("SELECT entity_id, start_offset, end_offset, text FROM mentions "
                + "ORDER BY start_offset")).extracting(r -> r.get("text"))
                .containsExactly("Jane Doe", "Acme Corp", "Doe");
        List<Map<String, Object>> quotes = db.query("SELECT position, text, kind, cue, speaker_name, "
                + "speaker_entity_id, published_at = '2026-01-01T10:00:00Z' AS dated FROM quotes ORDER BY position");
        assertThat(quotes.get(0)).containsEntry("text", "We will build it,").containsEntry("kind", "direct")
                .containsEntry("cue", "said").containsEntry("speaker_name", "Jane Doe")
                .containsEntry("speaker_entity_id", "person:jane doe").containsEntry("dated", true);
        assertThat(quotes.get(1)).containsEntry("kind", "indirect").containsEntry("cue", null)
                .containsEntry("speaker_name", null).containsEntry("speaker_entity_id", null);
    }

    @Test
    void writingTheSameArticlesAgainChangesNothing() throws SQLException {
        List<ArticleChange> batch = List.of(ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2")));
        sink.apply(batch);
        var before = db.snapshot();

        sink.apply(batch);

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.counts()).isEqualTo(Map.of("articles", 2L, "entities", 2L, "article_entities", 4L,
                "mentions", 6L, "quotes", 4L));
    }

    @Test
    void aReEnrichedArticleReplacesItsEntitiesMentionsAndQuotes() throws SQLException {
        Article first = article("a1");
        sink.apply(List.of(ArticleChange.upsert(first), ArticleChange.upsert(article("a2"))));

        sink.apply(List.of(ArticleChange.upsert(TestArticles.reEnriched(first))));

        assertThat(db.query("SELECT title, extractor_version FROM articles WHERE id = 'a1'"))
                .containsExactly(Map.of("title", "New title", "extractor_version", "test-2"));
        assertThat(db.query("SELECT entity_id FROM article_entities WHERE article_id = 'a1'"))
                .containsExactly(Map.of("entity_id", "location:paris"));
        assertThat(db.query("SELECT text FROM mentions WHERE article_id = 'a1'"))
                .containsExactly(Map.of("text", "Paris"));
        assertThat(db.query("SELECT position, speaker_name FROM quotes WHERE article_id = 'a1'"))
                .containsExactly(Map.of("position", 0, "speaker_name", "Doe"));
        // The other article keeps its own, and entities stay for the articles that still name them.
        assertThat(db.count("article_entities")).isEqualTo(3);
        assertThat(db.count("entities")).isEqualTo(3);
    }

    @Test
    void aDeleteRemovesTheArticleWithItsLinksMentionsAndQuotes() throws SQLException {
        sink.apply(List.of(ArticleChange.upsert(article("a1")), ArticleChange.upsert(article("a2"))));

        sink.apply(List.of(ArticleChange.delete("a1"), ArticleChange.delete("never-written")));

        assertThat(db.counts()).isEqualTo(Map.of("articles", 1L, "entities", 2L, "article_entities", 2L,
                "mentions", 3L, "quotes", 2L));
        assertThat(db.query("SELECT DISTINCT article_id FROM quotes")).containsExactly(Map.of("article_id", "a2"));
    }

    @Test
    void theLastChangeOfAnArticleInABatchWins() throws SQLException {
        sink.apply(List.of(ArticleChange.upsert(article("a1")), ArticleChange.delete("a1"),
                ArticleChange.delete("a2"), ArticleChange.upsert(article("a2"))));

        assertThat(db.query("SELECT id FROM articles")).containsExactly(Map.of("id", "a2"));
    }

    @Test
    void aBatchTheDatabaseRefusesLeavesNothingBehind() throws SQLException {
        Article refused = TestArticles.withBody(article("bad"), "a NUL \u0000 character");

        assertThatThrownBy(() -> sink.apply(List.of(ArticleChange.upsert(article("a1")),
                ArticleChange.upsert(refused))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlErrors.isCausedByData(e)).isTrue());

        assertThat(db.counts()).containsOnlyKeys(MigratedDatabase.TABLES).allSatisfy((table, rows) ->
                assertThat(rows).as(table).isZero());
    }
}
