/**
 * Enrichment of article text: tokens and sentences, entities, quotes and their speakers, each stage behind
 * a small interface ({@link io.wirestream.enrich.nlp.Tokenizer},
 * {@link io.wirestream.enrich.nlp.SentenceSplitter}, {@link io.wirestream.enrich.nlp.EntityRecognizer},
 * {@link io.wirestream.enrich.nlp.QuoteFinder}, {@link io.wirestream.enrich.nlp.SpeakerAttributor}) and
 * composed by {@link io.wirestream.enrich.nlp.TextEnricher}.
 *
 * <p>The first implementations are rules over word lists and gazetteers shipped as data files under
 * {@code io/wirestream/enrich/nlp/} (one folder per language, plus the gazetteers): nothing is downloaded
 * at run time.
 */
package io.wirestream.enrich.nlp;
