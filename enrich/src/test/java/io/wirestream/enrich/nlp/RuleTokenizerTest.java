package io.wirestream.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {

    private static List<String> tokens(String text) {
        return new RuleTokenizer().tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsAPossessiveFromItsName() {
        assertThat(tokens("the Kremlin's influence")).containsExactly("the", "Kremlin", "'s", "influence");
        assertThat(tokens("the Kremlin’s influence")).containsExactly("the", "Kremlin", "’s", "influence");
        assertThat(tokens("the United States' presence")).containsExactly("the", "United", "States", "'", "presence");
    }

    @Test
    void keepsInnerApostrophesHyphensAndAcronyms() {
        assertThat(tokens("O'Brien doesn't see the second-largest U.S. economy."))
                .containsExactly("O'Brien", "doesn't", "see", "the", "second-largest", "U.S.", "economy", ".");
    }

    @Test
    void keepsNumbersWhole() {
        assertThat(tokens("It cost $2,000.50 on 3.5 days, 16.057% more"))
                .containsExactly("It", "cost", "$", "2,000.50", "on", "3.5", "days", ",", "16.057", "%", "more");
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "  “Hi,” said Bauer…";
        for (Token t : new RuleTokenizer().tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens(text)).containsExactly("“", "Hi", ",", "”", "said", "Bauer", "…");
    }
}
