package io.wirestream.sink;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code GET /api/articles?limit=N}: the newest articles (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}), each with its entities, mentions and quotes, in the JSON of {@code news.articles.v1}.
 *
 * <p>The answer is an object, {@code {"articles": [...]}}, rather than a bare list, so that fields such as a
 * pagination cursor can be added later without breaking clients. A bad limit is answered with a 400.
 */
public final class ArticlesEndpoint implements JsonEndpoint {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 200;

    private final ArticleReader reader;

    public ArticlesEndpoint(DataSource dataSource) {
        this.reader = new ArticleReader(dataSource);
    }

    @Override
    public Object handle(JsonRequest request) throws SQLException {
        if (!request.subPath().isEmpty()) {
            return null;
        }
        int limit = request.intParam("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return Map.of("articles", reader.newest(limit));
    }
}
