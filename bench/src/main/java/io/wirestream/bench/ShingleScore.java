package io.wirestream.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's metric, as the evaluation kit's {@code score_extract.py} computes it: texts
 * split into words and into overlapping 4-word shingles; per page, true and false positives and false
 * negatives counted over shingles (with multiplicity) and normalised to sum to 1; precision and recall
 * averaged over pages, F1 their harmonic mean. Java's Unicode word class differs from Python's {@code \w}
 * only on combining marks, so scores can differ in the third decimal on such scripts.
 */
public final class ShingleScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** The shares of one page's shingles that are right, extra and missing. */
    public record PageCounts(double tp, double fp, double fn) {

        double precision() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Precision, recall and F1 over a set of pages. */
    public record Summary(double f1, double precision, double recall, int pages) {

        @Override
        public String toString() {
            return String.format("F1 %.3f (P %.3f, R %.3f) on %d pages", f1, precision, recall, pages);
        }
    }

    private ShingleScore() {
    }

    /** The counts of one page: its expected body against the extracted one. */
    public static PageCounts page(String expected, String extracted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> predicted = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : predicted.entrySet()) {
            int inTruth = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - predicted.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new PageCounts(0, 0, 0) : new PageCounts(tp / sum, fp / sum, fn / sum);
    }

    /** Precision and recall averaged over {@code pages} (as the benchmark does), and their F1. */
    public static Summary summarize(List<PageCounts> pages) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        for (PageCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                precision += c.precision();
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recall += c.recall();
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precision / precisionPages;
        double r = recallPages == 0 ? 0 : recall / recallPages;
        return new Summary(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, pages.size());
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1); i++) {
            counts.merge(List.copyOf(words.subList(i, Math.min(words.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return counts;
    }
}
