package io.wirestream.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.record.Enclosure;
import io.wirestream.core.record.FeedItem;
import io.wirestream.core.serde.Json;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), keeping everything an item says. */
final class JsonFeedParser {

    private JsonFeedParser() {
    }

    /** Whether {@code text} looks like a JSON document rather than XML or HTML. */
    static boolean looksLikeJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    /**
     * Parses a JSON Feed.
     *
     * @throws FetchException ({@link FetchFailure#INVALID_FEED}) when it is not JSON or not a JSON Feed
     */
    static RssAtomParser.Parsed parse(String json, String source) throws FetchException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new FetchException(FetchFailure.INVALID_FEED, "Not well-formed JSON at " + source + ": "
                    + e.getOriginalMessage(), e);
        }
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new FetchException(FetchFailure.INVALID_FEED, "Not a JSON Feed at " + source
                    + ": no \"version\": \"https://jsonfeed.org/version/...\"");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            items.add(item(item));
        }
        return new RssAtomParser.Parsed(text(root, "title"), items, Optional.empty());
    }

    private static FeedItem item(JsonNode item) {
        OffsetDateTime published = date(item, "date_published");
        OffsetDateTime updated = date(item, "date_modified");
        List<String> authors = new ArrayList<>();
        item.path("authors").forEach(author -> Optional.ofNullable(text(author, "name")).ifPresent(authors::add));
        Optional.ofNullable(text(item.path("author"), "name")).filter(name -> !authors.contains(name))
                .ifPresent(authors::add);
        List<Enclosure> attachments = new ArrayList<>();
        for (JsonNode attachment : item.path("attachments")) {
            String url = text(attachment, "url");
            if (url != null) {
                attachments.add(new Enclosure(url, text(attachment, "mime_type"),
                        attachment.path("size_in_bytes").canConvertToLong() && attachment.path("size_in_bytes").asLong() > 0
                                ? attachment.path("size_in_bytes").asLong() : null));
            }
        }
        String summary = Optional.ofNullable(text(item, "summary")).orElse(text(item, "content_text"));
        return new FeedItem(Optional.ofNullable(text(item, "id")).orElseGet(() -> item.path("id").isNumber()
                ? item.path("id").asText() : null), text(item, "title"), summary,
                Optional.ofNullable(text(item, "url")).orElse(text(item, "external_url")),
                published != null ? published : updated, authors,
                StreamSupport.stream(item.path("tags").spliterator(), false).map(JsonNode::asText).map(Text::clean)
                        .filter(Objects::nonNull).distinct().toList(),
                updated, Optional.ofNullable(text(item, "image")).orElse(text(item, "banner_image")), attachments);
    }

    private static OffsetDateTime date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return PublicationDates.parse(text).orElse(null);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Text.clean(value.asText()) : null;
    }
}
