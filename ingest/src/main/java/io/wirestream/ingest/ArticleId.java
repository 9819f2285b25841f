package io.wirestream.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids: the lower-case hex SHA-256 of the canonical URL, the key of {@code news.raw.v1}. */
final class ArticleId {

    /** Hex digits of an id kept in a feed's state: 64 bits tell the items of one feed apart. */
    static final int SEEN_DIGITS = 16;

    private ArticleId() {
    }

    /** The id of the article at {@code canonicalUrl} (see {@link UrlCanonicalizer}). */
    static String of(String canonicalUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The short form of {@code id} kept in {@code news.feed-state.v1}'s {@code seen}. */
    static String seen(String id) {
        return id.substring(0, SEEN_DIGITS);
    }
}
