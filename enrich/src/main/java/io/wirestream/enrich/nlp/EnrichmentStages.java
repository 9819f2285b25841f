package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Builds a {@link TextEnricher} from stage implementations chosen by name: the built-in {@link RuleStages}
 * and every {@link EnrichmentStageProvider} on the class path.
 */
public final class EnrichmentStages {

    /**
     * Which implementation runs each stage, and the language of the word lists.
     *
     * @param language ISO 639-1 code of the data folder ({@code en})
     * @param names    the provider name of each stage; a stage not in the map runs {@code rules}
     */
    public record Selection(String language, Map<EnrichmentStage, String> names) {

        public Selection {
            names = Map.copyOf(names);
        }

        /** The built-in stages for {@code language}. */
        public static Selection rules(String language) {
            return new Selection(language, Map.of());
        }

        String nameOf(EnrichmentStage stage) {
            return names.getOrDefault(stage, RuleStages.NAME);
        }
    }

    private static volatile List<EnrichmentStageProvider> providers;

    private EnrichmentStages() {
    }

    /** The enricher of {@code selection}. */
    public static TextEnricher enricher(Selection selection) {
        LanguageData lang = LanguageData.of(selection.language());
        Tokenizer tokenizer = provider(selection, EnrichmentStage.TOKENIZER).tokenizer(lang);
        Coreference coreference = provider(selection, EnrichmentStage.COREFERENCE).coreference(lang);
        return new TextEnricher(selection.language(), tokenizer,
                provider(selection, EnrichmentStage.SENTENCE_SPLITTER).sentenceSplitter(lang, tokenizer),
                provider(selection, EnrichmentStage.ENTITY_RECOGNIZER).entityRecognizer(lang),
                provider(selection, EnrichmentStage.QUOTE_FINDER).quoteFinder(lang),
                provider(selection, EnrichmentStage.SPEAKER_ATTRIBUTOR).speakerAttributor(lang, coreference));
    }

    /** The names that can run {@code stage}, sorted. */
    public static List<String> namesFor(EnrichmentStage stage) {
        TreeSet<String> names = new TreeSet<>();
        for (EnrichmentStageProvider p : providers()) {
            if (p.stages().contains(stage)) {
                names.add(p.name());
            }
        }
        return List.copyOf(names);
    }

    private static EnrichmentStageProvider provider(Selection selection, EnrichmentStage stage) {
        String name = selection.nameOf(stage);
        for (EnrichmentStageProvider p : providers()) {
            if (p.name().equals(name) && p.stages().contains(stage)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No " + stage.key() + " named '" + name + "'; known: " + namesFor(stage));
    }

    private static List<EnrichmentStageProvider> providers() {
        List<EnrichmentStageProvider> list = providers;
        if (list == null) {
            List<EnrichmentStageProvider> found = new ArrayList<>();
            found.add(new RuleStages());
            // The built-in stages need no service file, so that a repackaged jar cannot lose them.
            for (EnrichmentStageProvider p : ServiceLoader.load(EnrichmentStageProvider.class)) {
                if (!p.name().equals(RuleStages.NAME)) {
                    found.add(p);
                }
            }
            list = Collections.unmodifiableList(found);
            providers = list;
        }
        return list;
    }
}
