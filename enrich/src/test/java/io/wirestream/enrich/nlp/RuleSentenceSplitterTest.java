package io.wirestream.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {

    private static List<String> sentences(String text) {
        LanguageData en = LanguageData.english();
        RuleTokenizer tokenizer = new RuleTokenizer();
        return new RuleSentenceSplitter(tokenizer, en.abbreviations(), en.stopwords()).split(text).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertThat(sentences("It rained. The match went on! Did it? yes."))
                .containsExactly("It rained.", "The match went on!", "Did it? yes.");
    }

    @Test
    void keepsTitlesInitialsAndNumbersInTheirSentence() {
        assertThat(sentences("Gen. Mark Milley met Mr. Smith and George W. Bush on Nov. 5 at 3.5 km."))
                .hasSize(1);
    }

    @Test
    void splitsAfterAnAcronymOnlyBeforeASentenceOpener() {
        assertThat(sentences("U.S. defence spending rose. It rose in the U.S. The rest fell."))
                .containsExactly("U.S. defence spending rose.", "It rose in the U.S.", "The rest fell.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(sentences("He said: \"We won.\" Then he left. “It’s over.” She agreed."))
                .containsExactly("He said: \"We won.\"", "Then he left.", "“It’s over.”", "She agreed.");
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        assertThat(sentences("A headline without a stop\nThe first paragraph starts here.\n\n- A dash quote"))
                .containsExactly("A headline without a stop", "The first paragraph starts here.", "- A dash quote");
    }
}
