package io.wirestream.sink.postgres;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.Mention;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.Speaker;
import io.wirestream.sink.search.SearchVector;
import io.wirestream.sink.store.ArticleChange;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes articles with their entities, mentions and quotes to PostgreSQL in the caller's transaction,
 * replacing what was there: every article of the batch is deleted first with its entity links and quotes,
 * then the batch is loaded with {@code COPY}. A re-delivered record thus changes nothing, and a re-enriched
 * one replaces what the earlier enrichment found. Links and quotes have no foreign keys (see migration V5):
 * this class is what keeps them with their articles and entities.
 */
final class ArticleRows {

    private static final List<String> DELETES = List.of("DELETE FROM article_entities WHERE article_id = ANY (?)",
            "DELETE FROM quotes WHERE article_id = ANY (?)", "DELETE FROM articles WHERE id = ANY (?)");
    // Entities are shared by every article that names them. Existing ones are not locked unless their name
    // changes, so that writers of different partitions do not wait for each other on popular entities.
    private static final String INSERT_ENTITIES = """
            INSERT INTO entities (id, name, type)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[])
            ON CONFLICT (id) DO NOTHING""";
    // The latest article's name and type win. The rows are locked in id order first, so that concurrent
    // writers renaming the same entities cannot deadlock; NO KEY UPDATE, as a plain UPDATE of these columns
    // takes, does not conflict with the KEY SHARE locks that other writers' article_entities rows take.
    private static final String RENAME_ENTITIES = """
            WITH v AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS v (id, name, type)),
                 renamed AS (SELECT e.id FROM entities e JOIN v ON v.id = e.id
                             WHERE (e.name, e.type) IS DISTINCT FROM (v.name, v.type)
                             ORDER BY e.id FOR NO KEY UPDATE OF e)
            UPDATE entities e SET name = v.name, type = v.type
            FROM v WHERE e.id = v.id AND e.id IN (SELECT id FROM renamed)""";
    private static final String COPY_ARTICLES = """
            COPY articles (id, url, canonical_url, source, site_name, title, description, authors, published_at,
                           updated_at, language, section, tags, top_image, body, enriched_at, extractor_version,
                           search) FROM STDIN""";
    private static final String COPY_ARTICLE_ENTITIES = """
            COPY article_entities (article_id, entity_id, mention_count, first_offset, aliases, roles,
                                   mention_starts, mention_ends, mention_texts) FROM STDIN""";
    private static final String COPY_QUOTES = """
            COPY quotes (article_id, position, text, start_offset, end_offset, kind, cue, speaker_name,
                         speaker_entity_id, published_at) FROM STDIN""";

    /** About what the rows of a few articles take: enough to keep the round trips few. */
    private static final int SEND_CHARS = 64 * 1024;

    private ArticleRows() {
    }

    /**
     * Applies {@code changes}, at most one per article, on {@code connection} without committing.
     *
     * @throws SQLException when the database is unreachable or rejects a row; see {@link SqlErrors}
     */
    static void apply(Connection connection, List<ArticleChange> changes) throws SQLException {
        List<Article> written = changes.stream().filter(change -> !change.isDelete())
                .map(ArticleChange::article).toList();
        Array ids = connection.createArrayOf("text", changes.stream().map(ArticleChange::id).toArray());
        for (String sql : DELETES) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
        if (written.isEmpty()) {
            return;
        }
        Map<String, Entity> entities = entities(written);
        // Before the links that name them.
        upsertEntities(connection, INSERT_ENTITIES, entities);
        copy(connection, COPY_ARTICLES, written, ArticleRows::addArticle);
        copy(connection, COPY_ARTICLE_ENTITIES, written, ArticleRows::addLinks);
        copy(connection, COPY_QUOTES, written, ArticleRows::addQuotes);
        upsertEntities(connection, RENAME_ENTITIES, entities);
    }

    /** The entities of {@code articles} by id; when two name one differently, the later article wins. */
    private static Map<String, Entity> entities(List<Article> articles) {
        // Sorted, so that concurrent writers that do lock entities lock them in one order and cannot deadlock.
        Map<String, Entity> entities = new TreeMap<>();
        for (Article article : articles) {
            for (Entity entity : article.entities()) {
                if (entity.id() != null) {
                    entities.put(entity.id(), entity);
                }
            }
        }
        return entities;
    }

    private static void upsertEntities(Connection connection, String sql, Map<String, Entity> entities)
            throws SQLException {
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", entities.keySet().toArray()));
            statement.setArray(2, connection.createArrayOf("text",
                    entities.values().stream().map(Entity::name).toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    entities.values().stream().map(e -> ContractNames.of(e.type())).toArray()));
            statement.executeUpdate();
        }
    }

    private static void addArticle(CopyText rows, Article article) {
        rows.text(article.id()).text(article.url()).text(article.canonicalUrl()).text(article.source())
                .text(article.siteName()).text(article.title()).text(article.description())
                .textArray(article.authors()).value(article.publishedAt()).value(article.updatedAt())
                .text(article.language()).text(article.section()).textArray(article.tags())
                .text(article.topImage()).text(article.body())
                .value(article.enrichedAt() == null ? null : article.enrichedAt().atOffset(ZoneOffset.UTC))
                .text(article.extractorVersion())
                .text(SearchVector.of(article.title(), article.description(), article.body())).endRow();
    }

    private static void addLinks(CopyText rows, Article article) {
        for (Entity entity : article.entities()) {
            List<Mention> mentions = distinctByStart(entity.mentions());
            rows.text(article.id()).text(entity.id()).value(mentions.size())
                    .value(mentions.isEmpty() ? null : mentions.get(0).start()).textArray(entity.aliases())
                    .textArray(entity.roles())
                    .intArray(mentions.stream().mapToInt(Mention::start).toArray())
                    .intArray(mentions.stream().mapToInt(Mention::end).toArray())
                    .textArray(mentions.stream().map(Mention::text).toList()).endRow();
        }
    }

    /** The mentions in start order, a span listed twice kept once. */
    private static List<Mention> distinctByStart(List<Mention> mentions) {
        Map<Integer, Mention> byStart = new TreeMap<>();
        for (Mention mention : mentions) {
            byStart.putIfAbsent(mention.start(), mention);
        }
        return new ArrayList<>(byStart.values());
    }

    private static void addQuotes(CopyText rows, Article article) {
        List<Quote> list = article.quotes();
        for (int position = 0; position < list.size(); position++) {
            Quote quote = list.get(position);
            Speaker speaker = quote.speaker();
            // The position in the article's list, which makes re-delivery an exact replacement.
            rows.text(article.id()).value(position).text(quote.text()).value(quote.start()).value(quote.end())
                    .text(ContractNames.of(quote.kind())).text(quote.cue())
                    .text(speaker == null ? null : speaker.name()).text(speaker == null ? null : speaker.entityId())
                    .value(article.publishedAt()).endRow();
        }
    }

    /**
     * Loads the rows that {@code rows} makes of each article with {@code sql}, sending them as they are made, so
     * that PostgreSQL stores the first while the next are being made.
     */
    private static void copy(Connection connection, String sql, List<Article> articles,
                             BiConsumer<CopyText, Article> rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyText text = new CopyText();
            for (Article article : articles) {
                rows.accept(text, article);
                if (text.length() >= SEND_CHARS) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    private static void cancel(CopyIn copy, Exception failure) {
        if (!copy.isActive()) {
            return;
        }
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            // The transaction is lost with the copy; the original failure says why.
            failure.addSuppressed(e);
        }
    }

    private static void send(CopyIn copy, CopyText text) throws SQLException {
        if (text.length() == 0) {
            return;
        }
        // The driver always talks to PostgreSQL in UTF-8.
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.clear();
    }
}
