package io.wirestream.bench;

import io.wirestream.enrich.nlp.TextEnricher;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The whole enrichment of one article body on one thread (tokens, sentences, entities, quotes, speakers),
 * with the default stages: one operation is one dev article of the evaluation kit, taken in turn, so the
 * score is articles/s; {@code -prof gc} gives the allocation per article.
 */
public class EnrichmentBenchmark extends OneCoreThroughput {

    private List<EvalData.Text> texts;
    private TextEnricher enricher;
    private int next;

    @Setup
    public void load() {
        texts = EvalData.enrichmentTexts();
        enricher = TextEnricher.standard();
    }

    @Benchmark
    public Object enrichOneArticle() {
        EvalData.Text text = texts.get(next);
        next = (next + 1) % texts.size();
        return enricher.enrich(text.body());
    }
}
