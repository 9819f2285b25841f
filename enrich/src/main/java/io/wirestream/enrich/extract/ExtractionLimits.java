package io.wirestream.enrich.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * What one page may cost the extractor, so that hostile HTML (millions of elements, deep nesting, markup
 * built to make the parser slow) costs bounded time and memory. The size of the HTML is bounded before
 * the extractor runs; these bound what the parsed page may hold and how long its extraction may take.
 *
 * @param maxElements elements the page may have; parsing stops at the next one
 * @param maxDepth    nesting depth the parser builds; deeper elements are attached at this depth, as
 *                    browsers do, so that no walk over the tree goes deeper
 * @param maxTime     time the extraction of one page may take, checked while parsing and walking the tree
 */
public record ExtractionLimits(int maxElements, int maxDepth, Duration maxTime) {

    /** The defaults of the enrich configuration. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(250_000, 512, Duration.ofSeconds(10));

    public ExtractionLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxElements < 1 || maxDepth < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxElements + " elements, depth "
                    + maxDepth + ", " + maxTime);
        }
    }

    /** A budget for one page, its clock starting now. */
    ExtractionBudget start() {
        return new ExtractionBudget(this, System.nanoTime());
    }
}
