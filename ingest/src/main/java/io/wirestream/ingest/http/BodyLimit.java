package io.wirestream.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads bodies without ever holding more than the byte cap, and says so uniformly when one is too large. */
public final class BodyLimit {

    private BodyLimit() {
    }

    /**
     * Reads {@code in} to its end.
     *
     * @param source what is read, for the error message
     * @throws FetchException ({@link FetchFailure#TOO_LARGE}) as soon as more than {@code maxBytes} arrive
     */
    public static byte[] readAll(InputStream in, long maxBytes, String source) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(source, maxBytes);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** The failure of a body from {@code source} that is larger than {@code maxBytes}. */
    static FetchException tooLarge(String source, long maxBytes) {
        return new FetchException(FetchFailure.TOO_LARGE,
                "The body of " + source + " is larger than " + maxBytes + " bytes (ingest.http.max.bytes)");
    }
}
