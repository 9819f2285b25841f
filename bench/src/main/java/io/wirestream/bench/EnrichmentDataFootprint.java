package io.wirestream.bench;

import io.wirestream.enrich.nlp.TextEnricher;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;

/**
 * The heap that the enrichment data (word lists, given names, surnames, gazetteers) keeps once loaded:
 * used heap after full collections, before and after building the default {@link TextEnricher} and
 * enriching one text. Run it alone in a fresh JVM:
 * {@code java -cp bench/target/benchmarks.jar io.wirestream.bench.EnrichmentDataFootprint}.
 */
public final class EnrichmentDataFootprint {

    private EnrichmentDataFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = usedAfterGc();
        TextEnricher enricher = TextEnricher.standard();
        int found = enricher.enrich("Admiral Rob Bauer said in Brussels that NATO must prepare.").entities().size();
        long after = usedAfterGc();
        System.out.printf("heap used after GC: %.1f MB without the enrichment data, %.1f MB with it: %.1f MB "
                + "for the data (%d entities in the check sentence)%n", mb(before), mb(after), mb(after - before), found);
        Reference.reachabilityFence(enricher);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
