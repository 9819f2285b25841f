package io.wirestream.ingest.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of an HTML page the way browsers do, in order: a byte order mark, the charset of
 * the Content-Type header, a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the
 * first 1024 bytes, else detection: UTF-8 when the bytes are valid UTF-8, else what juniversalchardet
 * recognizes, else windows-1252. Names that Java does not know are passed over.
 */
public final class HtmlCharset {

    /** How far browsers look for a meta charset (the HTML standard's prescan limit). */
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private HtmlCharset() {
    }

    /** The charset to decode {@code body} with, given its Content-Type header (or null). */
    public static Charset detect(byte[] body, String contentType) {
        return bom(body)
                .or(() -> find(HEADER_CHARSET, contentType))
                .or(() -> find(META_CHARSET,
                        new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1))
                        // A meta tag readable as ASCII proves the page is not UTF-16, whatever it claims.
                        .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c))
                .orElseGet(() -> TextCharset.guess(body));
    }

    /** The page decoded with {@code charset}, without its byte order mark. */
    public static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The charset a byte order mark at the start of {@code body} gives. */
    public static Optional<Charset> bom(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset of a Content-Type header ({@code text/xml; charset=utf-8}), when it names one Java knows. */
    public static Optional<Charset> ofContentType(String contentType) {
        return find(HEADER_CHARSET, contentType);
    }

    /** The charset named by the first group of {@code pattern} in {@code text}, when it is one Java knows. */
    public static Optional<Charset> find(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
