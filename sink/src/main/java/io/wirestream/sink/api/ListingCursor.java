package io.wirestream.sink.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of {@code GET /api/articles} ended: the listing time and id of its last article. The next page
 * starts after it (keyset pagination), so that pages neither skip nor repeat articles while new ones arrive.
 * Clients see it as an opaque string.
 *
 * @param listedAt the last article's listing time
 * @param id       the last article's id
 */
record ListingCursor(Instant listedAt, String id) {

    /** The opaque form given to clients. */
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((listedAt + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code encoded}, as {@link #encode} made it. */
    static ListingCursor decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new ListingCursor(Instant.parse(text.substring(0, newline)), text.substring(newline + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("cursor must be a nextCursor of an earlier answer");
        }
    }
}
