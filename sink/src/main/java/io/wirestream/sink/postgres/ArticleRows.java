package io.wirestream.sink.postgres;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.Mention;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.Speaker;
import io.wirestream.sink.store.ArticleChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Writes articles with their entities, mentions and quotes to PostgreSQL, idempotently: an article is
 * upserted by id and its entity links, mentions and quotes are replaced, so that a re-delivered record
 * changes nothing and a re-enriched one replaces what the earlier enrichment found, in the caller's
 * transaction.
 */
final class ArticleRows {

    private static final String DELETE_ARTICLES = "DELETE FROM articles WHERE id = ANY (?)";
    // Rewriting an identical entity row would only bloat the table, hence the WHERE.
    private static final String UPSERT_ENTITY = """
            INSERT INTO entities (id, name, type) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type
            WHERE (entities.name, entities.type) IS DISTINCT FROM (excluded.name, excluded.type)""";
    private static final String UPSERT_ARTICLE = """
            INSERT INTO articles (id, url, canonical_url, source, title, authors, published_at, language, body,
                                  enriched_at, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
                source = excluded.source, title = excluded.title, authors = excluded.authors,
                published_at = excluded.published_at, language = excluded.language, body = excluded.body,
                enriched_at = excluded.enriched_at, extractor_version = excluded.extractor_version""";
    // Mentions go with their article_entities rows (ON DELETE CASCADE).
    private static final String DELETE_ARTICLE_ENTITIES = "DELETE FROM article_entities WHERE article_id = ANY (?)";
    private static final String DELETE_QUOTES = "DELETE FROM quotes WHERE article_id = ANY (?)";
    private static final String INSERT_ARTICLE_ENTITY = """
            INSERT INTO article_entities (article_id, entity_id, mention_count, first_offset, aliases)
            VALUES (?, ?, ?, ?, ?)""";
    // A span listed twice is still one mention.
    private static final String INSERT_MENTION = """
            INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_QUOTE = """
            INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, cue, speaker_name,
                                speaker_entity_id, published_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private ArticleRows() {
    }

    /**
     * Applies {@code changes}, at most one per article, on {@code connection} without committing.
     *
     * @throws SQLException when the database is unreachable or rejects a row; see {@link SqlErrors}
     */
    static void apply(Connection connection, List<ArticleChange> changes) throws SQLException {
        List<String> deleted = new ArrayList<>();
        List<Article> written = new ArrayList<>();
        for (ArticleChange change : changes) {
            if (change.isDelete()) {
                deleted.add(change.id());
            } else {
                written.add(change.article());
            }
        }
        deleteArticles(connection, deleted);
        upsertEntities(connection, written);
        upsertArticles(connection, written);
        replaceChildren(connection, written);
    }

    private static void deleteArticles(Connection connection, List<String> ids) throws SQLException {
        if (!ids.isEmpty()) {
            deleteByArticleIds(connection, DELETE_ARTICLES, ids);
        }
    }

    private static void upsertEntities(Connection connection, List<Article> articles) throws SQLException {
        // Sorted by id so that concurrent sinks lock shared entity rows in one order and cannot deadlock;
        // when two articles of the batch name an entity differently, the later article wins.
        Map<String, Entity> entities = new TreeMap<>();
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                if (entity.id() != null) {
                    entities.put(entity.id(), entity);
                }
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ENTITY)) {
            for (Entity entity : entities.values()) {
                upsert.setString(1, entity.id());
                upsert.setString(2, entity.name());
                upsert.setString(3, ContractNames.of(entity.type()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void upsertArticles(Connection connection, List<Article> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (Article article : articles) {
                upsert.setString(1, article.id());
                upsert.setString(2, article.url());
                upsert.setString(3, article.canonicalUrl());
                upsert.setString(4, article.source());
                upsert.setString(5, article.title());
                upsert.setArray(6, connection.createArrayOf("text", article.authors().toArray()));
                upsert.setObject(7, article.publishedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setString(8, article.language());
                upsert.setString(9, article.body());
                Instant enrichedAt = article.enrichedAt();
                upsert.setObject(10, enrichedAt == null ? null : enrichedAt.atOffset(ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setString(11, article.extractorVersion());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void replaceChildren(Connection connection, List<Article> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        List<String> ids = articles.stream().map(Article::id).toList();
        deleteByArticleIds(connection, DELETE_ARTICLE_ENTITIES, ids);
        deleteByArticleIds(connection, DELETE_QUOTES, ids);
        try (PreparedStatement links = connection.prepareStatement(INSERT_ARTICLE_ENTITY);
             PreparedStatement mentions = connection.prepareStatement(INSERT_MENTION);
             PreparedStatement quotes = connection.prepareStatement(INSERT_QUOTE)) {
            for (Article article : articles) {
                addEntities(connection, links, mentions, article);
                addQuotes(quotes, article);
            }
            // Links first: mentions reference them.
            links.executeBatch();
            mentions.executeBatch();
            quotes.executeBatch();
        }
    }

    private static void addEntities(Connection connection, PreparedStatement links, PreparedStatement mentions,
                                    Article article) throws SQLException {
        for (Entity entity : article.entities()) {
            links.setString(1, article.id());
            links.setString(2, entity.id());
            links.setInt(3, entity.mentions().size());
            links.setObject(4, firstOffset(entity), Types.INTEGER);
            links.setArray(5, connection.createArrayOf("text", entity.aliases().toArray()));
            links.addBatch();
            for (Mention mention : entity.mentions()) {
                mentions.setString(1, article.id());
                mentions.setString(2, entity.id());
                mentions.setInt(3, mention.start());
                mentions.setInt(4, mention.end());
                mentions.setString(5, mention.text());
                mentions.addBatch();
            }
        }
    }

    /** Where the article first names {@code entity}, or null when it lists no mention. */
    private static Integer firstOffset(Entity entity) {
        OptionalInt first = entity.mentions().stream().mapToInt(Mention::start).min();
        return first.isPresent() ? first.getAsInt() : null;
    }

    private static void addQuotes(PreparedStatement quotes, Article article) throws SQLException {
        List<Quote> list = article.quotes();
        for (int position = 0; position < list.size(); position++) {
            Quote quote = list.get(position);
            Speaker speaker = quote.speaker();
            quotes.setString(1, article.id());
            quotes.setInt(2, position);
            quotes.setString(3, quote.text());
            quotes.setInt(4, quote.start());
            quotes.setInt(5, quote.end());
            quotes.setString(6, ContractNames.of(quote.kind()));
            quotes.setString(7, quote.cue());
            quotes.setString(8, speaker == null ? null : speaker.name());
            quotes.setString(9, speaker == null ? null : speaker.entityId());
            quotes.setObject(10, article.publishedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
            quotes.addBatch();
        }
    }

    private static void deleteByArticleIds(Connection connection, String sql, Collection<String> ids)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setArray(1, connection.createArrayOf("text", ids.toArray()));
            delete.executeUpdate();
        }
    }
}
