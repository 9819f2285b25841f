package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonEndpoint;
import io.wirestream.core.ops.JsonRequest;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET /api/articles}: articles newest first, each with its entities, mentions and quotes in the JSON of
 * {@code news.articles.v1}, filtered by full-text search, entity, speaker, source and period
 * ({@link ArticleQuery}), a page at a time: {@code {"articles": [...], "nextCursor": "..."}}, the cursor
 * being null on the last page. {@code GET /api/articles/{id}}: one article, or a 404.
 */
final class ArticlesEndpoint implements JsonEndpoint {

    private final ArticleReader reader;
    private final Clock clock;

    ArticlesEndpoint(DataSource dataSource, Clock clock) {
        this.reader = new ArticleReader(dataSource);
        this.clock = clock;
    }

    @Override
    public Object handle(JsonRequest request) throws SQLException {
        if (!request.subPath().isEmpty()) {
            if (request.subPath().contains("/")) {
                return null;
            }
            ApiParams.allowOnly(request, Set.of());
            return reader.byId(request.subPath()).orElse(null);
        }
        ArticleQuery query = ArticleQuery.from(request, clock);
        ArticleReader.Page page = reader.page(query.filter(), query.limit());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", page.articles());
        body.put("nextCursor", page.nextCursor() == null ? null : page.nextCursor().encode());
        return body;
    }
}
