package io.wirestream.bench;

import io.wirestream.enrich.nlp.TextEnricher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole enrichment of one article body on one thread (tokens, sentences, entities, quotes, speakers),
 * with the default stages: one operation is one dev article of the evaluation kit, taken in turn, so the
 * score is articles/s; {@code -prof gc} gives the allocation per article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class EnrichmentBenchmark {

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
