/**
 * Enrichment stages on Apache OpenNLP with its models from Maven Central, chosen by the name
 * {@code opennlp} ({@code enrich.stages.sentence-splitter=opennlp}).
 */
package io.wirestream.enrich.nlp.opennlp;
