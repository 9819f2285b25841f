package io.wirestream.enrich.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.nlp.EnrichmentStage;
import io.wirestream.enrich.nlp.EnrichmentStages;
import io.wirestream.enrich.nlp.LanguageData;
import io.wirestream.enrich.nlp.SentenceSplitter;
import io.wirestream.enrich.nlp.Span;
import io.wirestream.enrich.nlp.TextEnricher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenNLP sentence splitter, chosen by name. */
class OpenNlpSentenceSplitterTest {

    @Test
    void splitsSentencesButNeverAcrossALineBreak() {
        SentenceSplitter splitter = new OpenNlpStages().sentenceSplitter(LanguageData.english(), null);
        String text = "Mr. Brown arrived in Washington on Monday. He left early.\nA heading without a stop\nThe end.";
        List<String> sentences = splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(sentences).containsExactly("Mr. Brown arrived in Washington on Monday.", "He left early.",
                "A heading without a stop", "The end.");
        for (Span s : splitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).doesNotContain("\n");
        }
    }

    @Test
    void replacesTheRuleSplitterWhenChosen() {
        TextEnricher enricher = EnrichmentStages.enricher(new EnrichmentStages.Selection("en",
                Map.of(EnrichmentStage.SENTENCE_SPLITTER, "opennlp")));
        assertThat(enricher.enrich("Mayor Ines Okafor spoke in Lagos. “We will rebuild,” Okafor said.").quotes())
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ines Okafor"));
    }
}
