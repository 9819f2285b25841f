package io.wirestream.enrich.nlp;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in stages, named {@code rules}: rule-based, over the language's word lists and the shipped
 * gazetteers, with nothing downloaded at run time.
 */
public final class RuleStages implements EnrichmentStageProvider {

    /** The name of the built-in stages. */
    public static final String NAME = "rules";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<EnrichmentStage> stages() {
        return EnumSet.allOf(EnrichmentStage.class);
    }

    @Override
    public Tokenizer tokenizer(LanguageData lang) {
        return new RuleTokenizer();
    }

    @Override
    public SentenceSplitter sentenceSplitter(LanguageData lang, Tokenizer tokenizer) {
        return new RuleSentenceSplitter(tokenizer, lang.abbreviations(), lang.stopwords());
    }

    @Override
    public EntityRecognizer entityRecognizer(LanguageData lang) {
        return new RuleEntityRecognizer(lang, Gazetteer.standard());
    }

    @Override
    public Coreference coreference(LanguageData lang) {
        return new RuleCoreference(lang);
    }

    @Override
    public QuoteFinder quoteFinder(LanguageData lang) {
        return new RuleQuoteFinder(lang);
    }

    @Override
    public SpeakerAttributor speakerAttributor(LanguageData lang, Coreference coreference) {
        return new RuleSpeakerAttributor(lang, coreference);
    }
}
