package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.MARKED;
import static io.wirestream.enrich.nlp.FoundQuote.REPORTED;
import static io.wirestream.enrich.nlp.FoundQuote.UNMARKED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settles the quotes the rules found in one text: a quotation inside a reported clause belongs to the clause
 * or stands for it; where two quotes still overlap, quotation marks and dashes win over unmarked quotes and
 * those over reported clauses; the same words quoted twice (a headline repeating a quote) are one quote.
 */
final class QuoteOverlaps {

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "remains",
            "remained", "become", "became", "becomes");
    /** At most a subject and its verb before a quotation that ends a reported clause and stands for it. */
    private static final int MAX_WORDS_BEFORE_QUOTATION = 3;

    private QuoteOverlaps() {
    }

    /** Keeps the higher-priority quote where two overlap, and one of the same words quoted twice. */
    static List<QuoteCandidate> resolve(TextDocument doc, List<FoundQuote> found) {
        settleQuotationsInReportedClauses(doc, found);
        found.sort(Comparator.comparingInt(FoundQuote::priority).thenComparingInt(f -> f.quote().start()));
        List<QuoteCandidate> kept = new ArrayList<>();
        for (FoundQuote f : found) {
            boolean overlaps = false;
            for (QuoteCandidate k : kept) {
                if (k.span().overlaps(f.quote().span())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(f.quote());
            }
        }
        kept.sort(Comparator.comparingInt(QuoteCandidate::start));
        // The same words twice (a headline repeating a quote) are one quote: keep the attributed one.
        List<QuoteCandidate> unique = new ArrayList<>();
        Set<String> attributed = new HashSet<>();
        for (QuoteCandidate q : kept) {
            if (q.speaker().kind() != SpeakerRef.Kind.NONE) {
                attributed.add(normalized(doc, q));
            }
        }
        Set<String> seen = new HashSet<>();
        for (QuoteCandidate q : kept) {
            String words = normalized(doc, q);
            if (q.speaker().kind() == SpeakerRef.Kind.NONE && attributed.contains(words)) {
                continue;
            }
            if (seen.add(words + "\u0000" + q.speaker().kind())) {
                unique.add(q);
            }
        }
        return unique;
    }

    /**
     * A few quoted words inside a reported clause that goes on after them ("said the bank was “playing for
     * time” and would move in June") belong to the clause: the clause is the quote. A quotation that ends
     * the clause ("noting that the goal is to “strive for a new world order”") is the quote, with the
     * clause's speaker when it has none of its own, unless it is a fragment of a few words ("was “very
     * worrying”").
     */
    private static void settleQuotationsInReportedClauses(TextDocument doc, List<FoundQuote> found) {
        List<FoundQuote> fragments = new ArrayList<>();
        List<FoundQuote> inherited = new ArrayList<>();
        for (FoundQuote clause : found) {
            if (clause.priority() == UNMARKED) {
                fragmentsOfUnmarkedQuote(doc, clause, found, fragments, inherited);
            }
            if (clause.priority() != REPORTED) {
                continue;
            }
            int quotations = 0;
            for (FoundQuote quotation : found) {
                QuoteCandidate q = quotation.quote();
                if (quotation.priority() == MARKED && q.start() > clause.quote().start()
                        && q.end() <= clause.quote().end() + 1) {
                    quotations++;
                }
            }
            for (FoundQuote quotation : found) {
                QuoteCandidate q = quotation.quote();
                if (quotation.priority() != MARKED || q.start() <= clause.quote().start()
                        || q.end() > clause.quote().end() + 1) {
                    continue;
                }
                fragments.add(quotation);
                // A clause with two quotations ("that it “ignores ...” and would make them “less safe”") is the
                // quote; one quotation that ends it stands for it.
                if (quotations == 1 && QuoteText.words(doc.text(), q.end(), clause.quote().end()) < 3
                        && QuoteText.words(doc.text(), q.start(), q.end()) >= 4
                        && standsForClause(doc, clause.quote(), q)) {
                    // The quotation ends the clause: it is the quote, said by the clause's speaker.
                    QuoteCandidate c = clause.quote();
                    SpeakerRef speaker = q.speaker().kind() == SpeakerRef.Kind.NONE ? c.speaker() : q.speaker();
                    String cue = q.speaker().kind() == SpeakerRef.Kind.NONE ? c.cue() : q.cue();
                    inherited.add(new FoundQuote(new QuoteCandidate(q.start(), q.end(), q.kind(), cue, speaker),
                            MARKED));
                }
            }
        }
        found.removeAll(fragments);
        found.addAll(inherited);
    }

    /**
     * "The use of the technology “in the absence of clear rules” could not be regarded as “necessary”, the judges
     * wrote.": quoted words inside an unmarked quote, which has at least four words of its own before them, are
     * part of it.
     */
    private static void fragmentsOfUnmarkedQuote(TextDocument doc, FoundQuote clause, List<FoundQuote> found,
                                                 List<FoundQuote> fragments, List<FoundQuote> replaced) {
        QuoteCandidate c = clause.quote();
        List<FoundQuote> inside = new ArrayList<>();
        int firstMark = c.end();
        for (FoundQuote quotation : found) {
            QuoteCandidate q = quotation.quote();
            if (quotation.priority() == MARKED && q.start() > c.start() && q.end() <= c.end() + 1) {
                inside.add(quotation);
                firstMark = Math.min(firstMark, q.start());
            }
        }
        if (inside.isEmpty() || QuoteText.words(doc.text(), c.start(), firstMark) < 4) {
            return;
        }
        fragments.addAll(inside);
        String text = doc.text();
        int end = c.end();
        if (end < text.length() && unclosed(text.substring(c.start(), end), text.charAt(end))) {
            // the quote ends with the quoted words: keep their closing mark
            fragments.add(clause);
            replaced.add(new FoundQuote(new QuoteCandidate(c.start(), end + 1, c.kind(), c.cue(), c.speaker()),
                    clause.priority()));
        }
    }

    /** Whether {@code quote} leaves open a quotation that {@code next} closes. */
    private static boolean unclosed(String quote, char next) {
        return switch (next) {
            case '"' -> quote.chars().filter(ch -> ch == '"').count() % 2 == 1;
            case '”' -> quote.chars().filter(ch -> ch == '“').count() > quote.chars().filter(ch -> ch == '”').count();
            case '»' -> quote.chars().filter(ch -> ch == '«').count() > quote.chars().filter(ch -> ch == '»').count();
            default -> false;
        };
    }

    /**
     * Whether a quotation that ends a reported clause is what the clause reports, not a part of it: not when
     * the clause reports more before it in a clause of its own ("said the money had been borrowed ... and
     * that the debt was “entirely normal”"), nor when the quotation is the complement of a verb inside the
     * clause ("said the hearing had shown that “nothing will change”"), nor when it is the complement of a
     * copula ("said that decision was “a matter for voters”", "said the figures were “simply not good enough”"), nor when more than a subject and its verb
     * come before it ("said she would pay off her mortgage and “buy a very good chair”"); but a quoted aim
     * after "to" is the quotation ("noting that the goal is to “strive for a new world order”").
     */
    private static boolean standsForClause(TextDocument doc, QuoteCandidate clause, QuoteCandidate quotation) {
        int first = doc.tokenAtOrAfter(clause.start());
        int mark = doc.tokenAtOrAfter(quotation.start()) - 1;
        if (mark <= first || mark >= doc.size()) {
            return true;
        }
        for (int j = first; j + 1 < mark; j++) {
            if (doc.token(j).lower().equals("and") && doc.token(j + 1).lower().equals("that")) {
                return false;
            }
        }
        Token before = doc.token(mark - 1);
        if (before.lower().equals("that")) {
            return false;
        }
        if (before.lower().equals("to")) {
            return true; // "noting that the goal is to “strive for a new world order”": the aim in its own words
        }
        if (COPULAS.contains(before.lower())) {
            return false; // "said the figures were “simply not good enough” and ...": the complement of its copula
        }
        // "said she would pay off her mortgage and “buy a very good chair”": a clause that says more than its
        // subject and verb before the quoted words is the quote; "said China “is going to ...”" is the quotation.
        return QuoteText.words(doc.text(), clause.start(), quotation.start()) <= MAX_WORDS_BEFORE_QUOTATION;
    }

    private static String normalized(TextDocument doc, QuoteCandidate q) {
        return doc.text().substring(q.start(), q.end()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
