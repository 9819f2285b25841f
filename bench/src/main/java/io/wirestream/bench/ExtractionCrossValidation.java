package io.wirestream.bench;

import io.wirestream.enrich.extract.ExtractionLimits;
import io.wirestream.enrich.extract.Heuristic;
import io.wirestream.enrich.extract.JsoupArticleExtractor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How well the extractor's heuristics generalise to pages they were not chosen on: k-fold cross-validation
 * over the evaluation kit's dev pages. In each fold the heuristics are selected greedily (forward
 * selection from Readability's core, adding the one that most raises F1, while any does) on the other
 * folds' pages, then scored on the fold's own pages. The held-out figures are pooled over all pages, beside
 * the core alone and every heuristic, and an ablation (every heuristic but one, on all pages) shows what each
 * is worth.
 *
 * <p>Run after {@code mvn -q -DskipTests package}, from the project folder:
 * {@code java -cp 'bench/target/benchmarks.jar:bench/target/lib/*' io.wirestream.bench.ExtractionCrossValidation [k]}
 */
public final class ExtractionCrossValidation {

    private final List<EvalData.AnnotatedPage> pages;

    private ExtractionCrossValidation(List<EvalData.AnnotatedPage> pages) {
        this.pages = pages;
    }

    public static void main(String[] args) {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        new ExtractionCrossValidation(EvalData.annotatedPages()).run(folds);
    }

    private void run(int folds) {
        Set<Heuristic> none = EnumSet.noneOf(Heuristic.class);
        List<ShingleScore.PageCounts> heldOutSelected = new ArrayList<>();
        List<ShingleScore.PageCounts> heldOutCore = new ArrayList<>();
        List<ShingleScore.PageCounts> heldOutAll = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<EvalData.AnnotatedPage> train = new ArrayList<>();
            List<EvalData.AnnotatedPage> test = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                (i % folds == fold ? test : train).add(pages.get(i));
            }
            Set<Heuristic> selected = select(train);
            List<ShingleScore.PageCounts> selectedScores = counts(test, selected);
            List<ShingleScore.PageCounts> coreScores = counts(test, none);
            List<ShingleScore.PageCounts> allScores = counts(test, Heuristic.ALL);
            heldOutSelected.addAll(selectedScores);
            heldOutCore.addAll(coreScores);
            heldOutAll.addAll(allScores);
            System.out.printf("fold %d: train %s with %s%n        held out: selected %s | core %s | all %s%n",
                    fold + 1, ShingleScore.summarize(counts(train, selected)), selected,
                    ShingleScore.summarize(selectedScores), ShingleScore.summarize(coreScores),
                    ShingleScore.summarize(allScores));
        }
        System.out.printf("%nheld out, pooled over %d folds:%n  selected on the other folds: %s%n"
                        + "  Readability core alone:      %s%n  every heuristic:             %s%n",
                folds, ShingleScore.summarize(heldOutSelected), ShingleScore.summarize(heldOutCore),
                ShingleScore.summarize(heldOutAll));
        System.out.printf("%nablation on all %d pages (every heuristic: %s):%n", pages.size(),
                ShingleScore.summarize(counts(pages, Heuristic.ALL)));
        for (Heuristic h : Heuristic.values()) {
            Set<Heuristic> without = EnumSet.copyOf(Heuristic.ALL);
            without.remove(h);
            System.out.printf("  without %-22s %s%n", h, ShingleScore.summarize(counts(pages, without)));
        }
    }

    /** Forward selection: add the heuristic that most raises F1 on {@code train} while one does. */
    private Set<Heuristic> select(List<EvalData.AnnotatedPage> train) {
        Set<Heuristic> selected = EnumSet.noneOf(Heuristic.class);
        double best = ShingleScore.summarize(counts(train, selected)).f1();
        while (true) {
            Heuristic bestAddition = null;
            for (Heuristic candidate : Heuristic.values()) {
                if (selected.contains(candidate)) {
                    continue;
                }
                Set<Heuristic> trial = EnumSet.copyOf(selected);
                trial.add(candidate);
                double f1 = ShingleScore.summarize(counts(train, trial)).f1();
                if (f1 > best) {
                    best = f1;
                    bestAddition = candidate;
                }
            }
            if (bestAddition == null) {
                return selected;
            }
            selected.add(bestAddition);
        }
    }

    private static List<ShingleScore.PageCounts> counts(List<EvalData.AnnotatedPage> pages, Set<Heuristic> heuristics) {
        JsoupArticleExtractor extractor = new JsoupArticleExtractor(ExtractionLimits.DEFAULT,
                heuristics.isEmpty() ? EnumSet.noneOf(Heuristic.class) : EnumSet.copyOf(heuristics));
        List<ShingleScore.PageCounts> counts = new ArrayList<>(pages.size());
        for (EvalData.AnnotatedPage annotated : pages) {
            String body = extractor.extract(annotated.page().html(), annotated.page().url()).body();
            counts.add(ShingleScore.page(annotated.expectedBody(), body));
        }
        return counts;
    }
}
