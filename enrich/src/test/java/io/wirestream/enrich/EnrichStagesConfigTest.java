package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.core.config.ConfigException;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.record.Article;
import io.wirestream.enrich.nlp.EnrichmentStage;
import io.wirestream.enrich.nlp.EnrichmentStages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enrichment stages are chosen by name in the configuration, one stage at a time. */
class EnrichStagesConfigTest {

    private static final String TEXT = "Mayor Ines Okafor spoke in Lagos. “We will rebuild,” Okafor said.";

    private static WirestreamConfig config(Map<String, String> overrides) {
        return WirestreamConfig.resolve(List.of(EnrichConfig.GROUP), Map.of(), overrides);
    }

    @Test
    void theDefaultIsTheBuiltInRulesInEnglish() {
        EnrichmentStages.Selection selection = EnrichConfig.stages(config(Map.of()));
        assertThat(selection.language()).isEqualTo("en");
        assertThat(selection.names()).containsOnlyKeys(EnrichmentStage.values()).allSatisfy((stage, name) ->
                assertThat(name).isEqualTo("rules"));
        Article article = ArticlePipeline.from(config(Map.of())).fromText("t", null, TEXT);
        assertThat(article.quotes()).hasSize(1);
    }

    @Test
    void oneStageIsReplacedByNameAndTheOthersStay() {
        Article article = ArticlePipeline.from(config(Map.of(EnrichConfig.QUOTE_FINDER.name(), "silent")))
                .fromText("t", null, TEXT);
        assertThat(article.quotes()).isEmpty();
        assertThat(article.entities()).extracting(e -> e.name()).contains("Ines Okafor", "Lagos");
        assertThat(EnrichmentStages.namesFor(EnrichmentStage.QUOTE_FINDER)).containsExactly("rules", "silent");
        assertThat(EnrichmentStages.namesFor(EnrichmentStage.SENTENCE_SPLITTER)).containsExactly("opennlp", "rules");
        assertThat(EnrichmentStages.namesFor(EnrichmentStage.ENTITY_RECOGNIZER)).containsExactly("rules");
    }

    @Test
    void anUnknownStageOrLanguageIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.ENTITY_RECOGNIZER.name(), "silent")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.stages.entity-recognizer");
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.LANGUAGE.name(), "xx")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.language");
    }
}
