package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void aByteOrderMarkWinsAndIsDropped() {
        byte[] body = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<p>ü</p>", StandardCharsets.UTF_8);

        Charset charset = HtmlCharset.detect(body, "text/html; charset=ISO-8859-1");

        assertThat(charset).isEqualTo(StandardCharsets.UTF_8);
        assertThat(HtmlCharset.decode(body, charset)).isEqualTo("<p>ü</p>");
    }

    @Test
    void theHeaderWinsOverTheMetaTag() {
        byte[] body = "<meta charset=\"utf-8\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlCharset.detect(body, "text/html;charset=\"windows-1252\"")).isEqualTo(WINDOWS_1252);
    }

    @Test
    void aMetaTagPastTheFirst1024BytesIsNotSeen() {
        byte[] body = ("<!-- " + "x".repeat(1100) + " --><meta charset=\"windows-1252\">")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlCharset.detect(body, "text/html")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void passesOverCharsetsJavaDoesNotKnow() {
        byte[] body = "<meta charset=\"windows-1252\">".getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlCharset.detect(body, "text/html; charset=no-such-charset")).isEqualTo(WINDOWS_1252);
        assertThat(HtmlCharset.detect("<meta charset=\"bogus\">".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMetaTagClaimingUtf16MeansUtf8() {
        byte[] body = "<meta charset=\"utf-16\"><p>ü</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(HtmlCharset.detect(body, "text/html")).isEqualTo(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        byte[] encoded = text.getBytes(charset);
        byte[] all = new byte[prefix.length + encoded.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(encoded, 0, all, prefix.length, encoded.length);
        return all;
    }
}
