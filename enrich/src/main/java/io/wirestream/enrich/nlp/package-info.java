/**
 * Enrichment of article text: tokens and sentences, entities, quotes and their speakers. Each stage is a
 * small interface ({@link io.wirestream.enrich.nlp.Tokenizer},
 * {@link io.wirestream.enrich.nlp.SentenceSplitter}, {@link io.wirestream.enrich.nlp.EntityRecognizer},
 * {@link io.wirestream.enrich.nlp.Coreference}, {@link io.wirestream.enrich.nlp.QuoteFinder},
 * {@link io.wirestream.enrich.nlp.SpeakerAttributor}); {@link io.wirestream.enrich.nlp.TextEnricher}
 * composes them, and {@link io.wirestream.enrich.nlp.EnrichmentStages} builds one from implementations
 * chosen by name ({@link io.wirestream.enrich.nlp.EnrichmentStageProvider}), so that a stronger model can
 * replace one stage without touching the rest.
 *
 * <p>The built-in stages ({@link io.wirestream.enrich.nlp.RuleStages}, named {@code rules}) are rules over
 * word lists and gazetteers shipped as data files under {@code io/wirestream/enrich/nlp/} (one folder per
 * language, plus the gazetteers; see the README in each): nothing is downloaded at run time.
 */
package io.wirestream.enrich.nlp;
