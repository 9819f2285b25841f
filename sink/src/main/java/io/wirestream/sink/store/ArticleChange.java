package io.wirestream.sink.store;

import io.wirestream.core.record.Article;
import java.util.Objects;

/**
 * What one record of {@code news.articles.v1} asks of the store: write an article, or delete one (a tombstone).
 *
 * @param id      the article id
 * @param article the article to write, or null to delete the article {@code id}
 */
public record ArticleChange(String id, Article article) {

    public ArticleChange {
        Objects.requireNonNull(id, "id");
    }

    /** Writes {@code article}, replacing any earlier version of it. */
    public static ArticleChange upsert(Article article) {
        return new ArticleChange(article.id(), article);
    }

    /** Deletes the article {@code id} with its entities' links, mentions and quotes. */
    public static ArticleChange delete(String id) {
        return new ArticleChange(id, null);
    }

    /** Whether this change deletes the article. */
    public boolean isDelete() {
        return article == null;
    }
}
