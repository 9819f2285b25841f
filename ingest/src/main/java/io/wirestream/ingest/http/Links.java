package io.wirestream.ingest.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Links as publishers write them, made into URIs the way a browser does: surrounding white space dropped,
 * and characters a URI may not hold (spaces, non-ASCII letters, {@code "<>\^`{|}}) percent-encoded as
 * UTF-8, while {@code %} escapes already present are kept.
 */
public final class Links {

    private static final String HEX = "0123456789ABCDEF";

    private Links() {
    }

    /**
     * {@code link} resolved against {@code base}.
     *
     * @throws IllegalArgumentException when it is not a URI even once encoded
     */
    public static URI resolve(URI base, String link) {
        URI uri = parse(link);
        return base == null ? uri : base.resolve(uri);
    }

    /**
     * {@code link} as a URI.
     *
     * @throws IllegalArgumentException when it is not a URI even once encoded
     */
    public static URI parse(String link) {
        try {
            return new URI(encode(link.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: '" + link + "': " + e.getMessage(), e);
        }
    }

    /** {@code link} with the characters a URI may not hold percent-encoded. */
    public static String encode(String link) {
        StringBuilder out = null;
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean illegal = c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0
                    || c == '%' && !isEscape(link, i);
            if (illegal && out == null) {
                out = new StringBuilder(link.length() + 16).append(link, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!illegal) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < link.length() ? i + 2 : i + 1;
            for (byte b : link.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX.charAt(b >> 4 & 0xf)).append(HEX.charAt(b & 0xf));
            }
            i = end - 1;
        }
        return out == null ? link : out.toString();
    }

    private static boolean isEscape(String text, int percent) {
        return percent + 2 < text.length() && HEX.indexOf(Character.toUpperCase(text.charAt(percent + 1))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(percent + 2))) >= 0;
    }
}
