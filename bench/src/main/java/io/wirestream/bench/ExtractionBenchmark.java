package io.wirestream.bench;

import io.wirestream.enrich.extract.ArticleExtractor;
import io.wirestream.enrich.extract.JsoupArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Article extraction of the evaluation kit's pages on one thread: one operation is one page, taken in
 * turn, so the score is pages/s; the {@code bytes} counter gives MB/s, {@code -prof gc} the allocation
 * per page. The extractor is the production one: every heuristic, metadata, language detection and the
 * page limits.
 */
public class ExtractionBenchmark extends OneCoreThroughput {

    private List<EvalData.Page> pages;
    /** UTF-8 sizes, counted once so that counting them is not part of the measured allocation. */
    private long[] sizes;
    private ArticleExtractor extractor;
    private int next;

    /** Bytes of HTML extracted, reported per second beside the pages/s score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        pages = EvalData.extractionPages();
        sizes = pages.stream().mapToLong(page -> page.html().getBytes(StandardCharsets.UTF_8).length).toArray();
        extractor = new JsoupArticleExtractor();
    }

    @Benchmark
    public void extractOnePage(Bytes counter, Blackhole sink) {
        EvalData.Page page = pages.get(next);
        counter.bytes += sizes[next];
        next = (next + 1) % pages.size();
        sink.consume(extractor.extract(page.html(), page.url()));
    }
}
