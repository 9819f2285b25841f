package io.wirestream.ingest.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes the Content-Encoding of a body (gzip or deflate), never inflating it past the byte cap. */
final class ContentDecoder {

    private ContentDecoder() {
    }

    /**
     * The body as the server meant it.
     *
     * @param encoding the Content-Encoding header, or null
     * @param source   what is read, for error messages
     */
    static byte[] decode(byte[] body, String encoding, long maxBytes, String source) throws FetchException {
        String name = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        try {
            switch (name) {
                case "", "identity":
                    return body;
                case "gzip", "x-gzip":
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                        return BodyLimit.readAll(in, maxBytes, source);
                    }
                case "deflate":
                    // "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
                    Inflater inflater = new Inflater(!isZlib(body));
                    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater)) {
                        return BodyLimit.readAll(in, maxBytes, source);
                    } finally {
                        inflater.end();
                    }
                default:
                    throw new FetchException(FetchFailure.BAD_ENCODING,
                            "Unsupported Content-Encoding '" + encoding + "' from " + source);
            }
        } catch (IOException e) {
            throw new FetchException(FetchFailure.BAD_ENCODING,
                    "Corrupt " + name + " body from " + source + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code body} starts with a zlib header (RFC 1950): deflate method and a valid check value. */
    private static boolean isZlib(byte[] body) {
        return body.length >= 2 && (body[0] & 0x0f) == 8 && (((body[0] & 0xff) << 8) | (body[1] & 0xff)) % 31 == 0;
    }
}
