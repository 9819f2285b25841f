package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages whose UTF-8 was decoded with a single-byte charset are repaired; others are left alone. */
class MojibakeTest {

    private static final String TEXT = "<p>São Paulo: a prefeitura anunciou ônibus elétricos à noite — "
            + "“uma mudança histórica”, disse o secretário. Café, pão e açúcar.</p>";

    @Test
    void repairsUtf8ReadAsWindows1252() {
        String garbled = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(garbled).contains("SÃ£o");

        assertThat(Mojibake.repair(garbled)).isEqualTo(TEXT);
    }

    @Test
    void repairsUtf8ReadAsLatin1() {
        String garbled = new String(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(Mojibake.repair(garbled)).isEqualTo(TEXT);
    }

    @Test
    void leavesCorrectTextAlone() {
        assertThat(Mojibake.repair(TEXT)).isSameAs(TEXT);
        String cyrillic = "<p>Станция «Спортивная» приняла первых пассажиров.</p>";
        assertThat(Mojibake.repair(cyrillic)).isSameAs(cyrillic);
        // Latin-1 letters that merely look like the pattern, with text that is not UTF-8 underneath.
        String french = "Ã la carte: Ã¢ge d'or, Ã© tonnant, ÂÂÂ";
        assertThat(Mojibake.repair(french)).isEqualTo(french);
    }

    @Test
    void theExtractorRepairsBeforeParsing() {
        String garbled = new String(("<html><body><article>" + TEXT + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

        assertThat(new JsoupArticleExtractor().extract(garbled, null).body()).startsWith("São Paulo");
    }
}
