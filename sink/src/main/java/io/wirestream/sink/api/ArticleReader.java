package io.wirestream.sink.api;

import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import io.wirestream.core.record.Quote;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import io.wirestream.sink.postgres.ContractNames;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads articles back from the tables the PostgreSQL store writes, as the record contract shapes them.
 * Dates come back in UTC: PostgreSQL keeps the instant, not the publisher's offset.
 */
public final class ArticleReader {

    private static final String COLUMNS = """
            SELECT a.id, a.url, a.canonical_url, a.source, a.site_name, a.title, a.description, a.authors,
                   a.published_at, a.updated_at, a.language, a.section, a.tags, a.top_image, a.body, a.enriched_at,
                   a.extractor_version, a.listed_at
            FROM articles a
            """;
    // Entities in the order the article first names them.
    private static final String ENTITIES = """
            SELECT ae.article_id, e.id, e.name, e.type, ae.aliases, ae.roles, ae.mention_starts, ae.mention_ends,
                   ae.mention_texts
            FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
            WHERE ae.article_id = ANY (?)
            ORDER BY ae.article_id, ae.first_offset NULLS LAST, e.id""";
    private static final String QUOTES = """
            SELECT article_id, text, start_offset, end_offset, kind, cue, speaker_name, speaker_entity_id
            FROM quotes
            WHERE article_id = ANY (?)
            ORDER BY article_id, position""";

    private final DataSource dataSource;

    public ArticleReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A page of articles, newest first (by {@code listed_at}, then by id).
     *
     * @param filter which articles, from where
     * @param limit  the most to return
     */
    Page page(SqlFilter filter, int limit) throws SQLException {
        try (Connection connection = readOnlySnapshot()) {
            List<Listed> listed = articles(connection,
                    COLUMNS + filter.where() + " ORDER BY a.listed_at DESC, a.id DESC LIMIT ?", filter, limit + 1);
            boolean more = listed.size() > limit;
            List<Listed> page = more ? listed.subList(0, limit) : listed;
            List<Article> articles = withChildren(connection, page.stream().map(Listed::article).toList());
            connection.commit();
            Listed last = more ? page.get(page.size() - 1) : null;
            return new Page(articles, last == null ? null : new ListingCursor(last.listedAt(), last.article().id()));
        }
    }

    /** The article {@code id}, or empty when there is none. */
    public Optional<Article> byId(String id) throws SQLException {
        try (Connection connection = readOnlySnapshot()) {
            SqlFilter filter = new SqlFilter().and("a.id = ?", id);
            List<Listed> listed = articles(connection, COLUMNS + filter.where() + " LIMIT ?", filter, 1);
            List<Article> articles = withChildren(connection, listed.stream().map(Listed::article).toList());
            connection.commit();
            return articles.stream().findFirst();
        }
    }

    /**
     * A page of articles and where the next one starts.
     *
     * @param articles   the articles, newest first
     * @param nextCursor where the next page starts, or null when this is the last
     */
    record Page(List<Article> articles, ListingCursor nextCursor) {
    }

    /** An article with the time it is listed at. */
    private record Listed(Article article, Instant listedAt) {
    }

    /**
     * A read-only transaction on one snapshot, so that an article is never paired with the entities or quotes
     * of a re-enrichment committed between the queries that read them.
     */
    private Connection readOnlySnapshot() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static List<Listed> articles(Connection connection, String sql, SqlFilter filter, int limit)
            throws SQLException {
        List<Listed> articles = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(filter.bind(query), limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime enrichedAt = rows.getObject("enriched_at", OffsetDateTime.class);
                    articles.add(new Listed(new Article(rows.getString("id"), rows.getString("url"),
                            rows.getString("canonical_url"), rows.getString("source"), rows.getString("site_name"),
                            rows.getString("title"), rows.getString("description"), strings(rows.getArray("authors")),
                            rows.getObject("published_at", OffsetDateTime.class),
                            rows.getObject("updated_at", OffsetDateTime.class), rows.getString("language"),
                            rows.getString("section"), strings(rows.getArray("tags")), rows.getString("top_image"),
                            rows.getString("body"), List.of(), List.of(),
                            enrichedAt == null ? null : enrichedAt.toInstant(), rows.getString("extractor_version")),
                            rows.getObject("listed_at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        return articles;
    }

    private static List<Article> withChildren(Connection connection, List<Article> articles) throws SQLException {
        if (articles.isEmpty()) {
            return articles;
        }
        Array ids = connection.createArrayOf("text", articles.stream().map(Article::id).toArray());
        Map<String, List<Entity>> entities = entities(connection, ids);
        Map<String, List<Quote>> quotes = quotes(connection, ids);
        return articles.stream().map(a -> new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.siteName(),
                a.title(), a.description(), a.authors(), a.publishedAt(), a.updatedAt(), a.language(), a.section(),
                a.tags(), a.topImage(), a.body(), entities.get(a.id()), quotes.get(a.id()), a.enrichedAt(),
                a.extractorVersion())).toList();
    }

    /** Entities by article id. */
    private static Map<String, List<Entity>> entities(Connection connection, Array ids) throws SQLException {
        Map<String, List<Entity>> entities = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(ENTITIES)) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entities.computeIfAbsent(rows.getString("article_id"), k -> new ArrayList<>()).add(new Entity(
                            rows.getString("id"), rows.getString("name"),
                            ContractNames.parse(rows.getString("type"), EntityType.class),
                            strings(rows.getArray("aliases")), mentions(rows), strings(rows.getArray("roles"))));
                }
            }
        }
        return entities;
    }

    /** Quotes by article id. */
    private static Map<String, List<Quote>> quotes(Connection connection, Array ids) throws SQLException {
        Map<String, List<Quote>> quotes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(QUOTES)) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String speakerName = rows.getString("speaker_name");
                    String speakerEntityId = rows.getString("speaker_entity_id");
                    Speaker speaker = speakerName == null && speakerEntityId == null ? null
                            : new Speaker(speakerName, speakerEntityId);
                    quotes.computeIfAbsent(rows.getString("article_id"), k -> new ArrayList<>()).add(new Quote(
                            rows.getString("text"), rows.getInt("start_offset"), rows.getInt("end_offset"),
                            ContractNames.parse(rows.getString("kind"), QuoteKind.class), rows.getString("cue"),
                            speaker));
                }
            }
        }
        return quotes;
    }

    /** The mentions of the current row of {@link #ENTITIES}, from its three parallel arrays. */
    private static List<Mention> mentions(ResultSet row) throws SQLException {
        Integer[] starts = (Integer[]) row.getArray("mention_starts").getArray();
        Integer[] ends = (Integer[]) row.getArray("mention_ends").getArray();
        String[] texts = (String[]) row.getArray("mention_texts").getArray();
        List<Mention> mentions = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            mentions.add(new Mention(starts[i], ends[i], texts[i]));
        }
        return mentions;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
