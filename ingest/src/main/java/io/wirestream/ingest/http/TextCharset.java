package io.wirestream.ingest.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.mozilla.universalchardet.UniversalDetector;

/** Guesses the charset of text that does not declare one, or declares one it is not written in. */
public final class TextCharset {

    /** Enough text for the detector to be sure, without reading a whole page twice. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextCharset() {
    }

    /** UTF-8 when {@code bytes} are valid UTF-8, else what juniversalchardet recognizes, else windows-1252. */
    public static Charset guess(byte[] bytes) {
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name == null ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return WINDOWS_1252;
        }
    }

    /** Whether {@code bytes} are valid text in {@code charset}. */
    public static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, validPrefix(bytes, charset)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length of {@code bytes} without a UTF-8 sequence cut off at the end, as a byte cap can leave. */
    private static int validPrefix(byte[] bytes, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return bytes.length;
        }
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xff;
            if (b < 0x80) {
                return end; // ASCII: nothing is cut
            }
            if (b >= 0xC0) { // a lead byte: keep the sequence only when it is complete
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length <= back ? end : end - back;
            }
        }
        return end;
    }
}
