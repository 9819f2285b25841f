package io.wirestream.sink.api;

import io.wirestream.core.ops.JsonRequest;
import io.wirestream.sink.search.SearchQuery;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of {@code GET /api/articles}, validated.
 *
 * @param text    a full-text search in web-search syntax ({@code "exact phrase"}, {@code or}, {@code -word})
 * @param entity  the id of an entity the articles name
 * @param speaker the entity id or name (any case) of someone the articles quote
 * @param source  the publisher's host name
 * @param period  when the articles are listed (published, or enriched when undated)
 * @param after   the cursor of the previous page
 * @param limit   articles per page
 */
record ArticleQuery(Optional<String> text, Optional<String> entity, Optional<String> speaker,
                    Optional<String> source, Period period, Optional<ListingCursor> after, int limit) {

    private static final Set<String> PARAMS =
            Set.of("q", "entity", "speaker", "source", "since", "until", "cursor", "limit");

    static ArticleQuery from(JsonRequest request, Clock clock) {
        ApiParams.allowOnly(request, PARAMS);
        return new ArticleQuery(ApiParams.text(request, "q"), ApiParams.text(request, "entity"),
                ApiParams.text(request, "speaker"), ApiParams.text(request, "source"), Period.from(request, clock),
                request.param("cursor").map(ListingCursor::decode), ApiParams.limit(request));
    }

    /** The conditions on {@code articles a} that select the articles of this query's page. */
    SqlFilter filter() {
        SqlFilter filter = new SqlFilter();
        text.ifPresent(q -> filter.and("a.search @@ ?::tsquery", SearchQuery.tsquery(q).orElseThrow(
                () -> new IllegalArgumentException("q has no word to search for: '" + q + "'"))));
        entity.ifPresent(id -> filter.and(
                "EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)", id));
        speaker.ifPresent(s -> filter.and("EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id "
                + "AND (q.speaker_entity_id = ? OR lower(q.speaker_name) = lower(?)))", s, s));
        source.ifPresent(host -> filter.and("a.source = ?", host));
        period.restrict(filter, "a.listed_at");
        after.ifPresent(c -> filter.and("(a.listed_at, a.id) < (?, ?)", c.listedAt(), c.id()));
        return filter;
    }
}
