package io.wirestream.sink.api;

import io.wirestream.core.record.Speaker;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * {@code GET /api/quotes?speaker=&since=&until=&limit=}: quotes newest first, each with its article,
 * {@code {"quotes": [...]}}. {@code speaker} is an entity id or a name, in any case.
 */
final class QuotesEndpoint {

    static final ListEndpoint.Spec<QuoteView> SPEC = new ListEndpoint.Spec<>("quotes", Set.of("speaker"), """
            SELECT q.article_id, a.title, a.url, a.source, q.published_at, q.text, q.kind, q.cue, q.speaker_name,
                   q.speaker_entity_id
            FROM quotes q JOIN articles a ON a.id = q.article_id""",
            "ORDER BY q.published_at DESC NULLS LAST, q.article_id, q.position LIMIT ?", "q.published_at",
            (request, filter) -> ApiParams.text(request, "speaker").ifPresent(s ->
                    filter.and("(q.speaker_entity_id = ? OR lower(q.speaker_name) = lower(?))", s, s)),
            row -> {
                String name = row.getString("speaker_name");
                String entityId = row.getString("speaker_entity_id");
                return new QuoteView(row.getString("article_id"), row.getString("title"), row.getString("url"),
                        row.getString("source"), row.getObject("published_at", OffsetDateTime.class),
                        row.getString("text"), row.getString("kind"), row.getString("cue"),
                        name == null && entityId == null ? null : new Speaker(name, entityId));
            });

    private QuotesEndpoint() {
    }

    /**
     * One quote as the API lists it.
     *
     * @param articleId   the article that reports it
     * @param title       the article's title
     * @param url         the article's URL
     * @param source      the article's publisher
     * @param publishedAt when the article was published, or null
     * @param text        the words
     * @param kind        {@code direct} or {@code indirect}
     * @param cue         the attributing words, or null
     * @param speaker     who said it, or null
     */
    record QuoteView(String articleId, String title, String url, String source, OffsetDateTime publishedAt,
                     String text, String kind, String cue, Speaker speaker) {
    }
}
