package io.wirestream.enrich.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs a page whose UTF-8 bytes were decoded as Windows-1252 or ISO-8859-1 (a server that declared the
 * wrong charset): "CafÃ© Ã  Paris" becomes "Café à Paris". The repair is all or nothing: the text is turned
 * back into the bytes that single-byte decoding read, and kept only when those bytes are valid UTF-8
 * throughout, which text that was not mis-decoded practically never is.
 */
final class Mojibake {

    /** Pairs that betray UTF-8 read as single bytes before a repair is attempted; one could be genuine. */
    private static final int MIN_SUSPICIOUS_PAIRS = 3;
    /** Windows-1252 characters of the bytes 0x80 to 0x9F, back to those bytes. */
    private static final Map<Character, Byte> WINDOWS_1252_HIGH = windows1252High();

    private Mojibake() {
    }

    /** {@code text} repaired, or {@code text} itself when it shows no sign of mis-decoding or does not repair. */
    static String repair(String text) {
        if (suspiciousPairs(text) < MIN_SUSPICIOUS_PAIRS) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (c == '\uFFFD' && i >= 1) {
                // Windows-1252 decoders turn its five undefined bytes into U+FFFD; after the lead bytes
                // of the characters they mostly belong to, the byte is known: ” (E2 80 9D) and Á (C3 81).
                byte lead = bytes[i - 1];
                if (lead == (byte) 0x80 && i >= 2 && bytes[i - 2] == (byte) 0xE2) {
                    bytes[i] = (byte) 0x9D;
                } else if (lead == (byte) 0xC3) {
                    bytes[i] = (byte) 0x81;
                } else {
                    return text;
                }
            } else {
                Byte b = WINDOWS_1252_HIGH.get(c);
                if (b == null) {
                    return text;
                }
                bytes[i] = b;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** Counts a UTF-8 lead byte read as a Latin-1 letter (Ã, Â, Ð...) followed by a continuation byte. */
    private static int suspiciousPairs(String text) {
        int pairs = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && isContinuation(text.charAt(i + 1))) {
                pairs++;
            }
        }
        return pairs;
    }

    private static boolean isContinuation(char c) {
        return c >= 0x80 && c <= 0xBF || WINDOWS_1252_HIGH.containsKey(c);
    }

    private static Map<Character, Byte> windows1252High() {
        Map<Character, Byte> map = new HashMap<>();
        Charset windows1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            CharBuffer decoded = windows1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            char c = decoded.get(0);
            if (c != '\uFFFD') {
                map.put(c, (byte) b);
            }
        }
        return Map.copyOf(map);
    }
}
