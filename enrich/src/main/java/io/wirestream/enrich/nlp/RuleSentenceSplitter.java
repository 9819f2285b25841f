package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits sentences at line breaks and at {@code . ! ? …} followed by a word that can start a sentence,
 * keeping closing quotation marks with the sentence they close. A full stop after a title abbreviation
 * ({@code Mr.}, {@code Gen.}) or an initial ({@code George W. Bush}) does not end a sentence; after a
 * dotted acronym ({@code U.S.}) it does only when a typical sentence opener follows.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    private static final String CLOSERS = "\"”’'»)]";

    private final Tokenizer tokenizer;
    private final Set<String> abbreviations;
    private final Set<String> openers;

    /**
     * @param tokenizer     the tokenizer to split the text with
     * @param abbreviations lower-case abbreviations, without their dot, after which a full stop never ends a sentence
     * @param openers       lower-case words that, capitalized, start a sentence after a dotted acronym
     */
    public RuleSentenceSplitter(Tokenizer tokenizer, Set<String> abbreviations, Set<String> openers) {
        this.tokenizer = tokenizer;
        this.abbreviations = Set.copyOf(abbreviations);
        this.openers = Set.copyOf(openers);
    }

    @Override
    public List<Span> split(String text) {
        return split(text, tokenizer.tokenize(text));
    }

    @Override
    public List<Span> split(String text, List<Token> tokens) {
        List<Span> sentences = new ArrayList<>();
        int first = 0;
        for (int k = 0; k < tokens.size(); k++) {
            int last = endOfSentenceAt(text, tokens, k);
            if (last >= 0) {
                sentences.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
                first = last + 1;
                k = last;
            }
        }
        if (first < tokens.size()) {
            sentences.add(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
        }
        return sentences;
    }

    /** The index of the last token of a sentence that ends at token {@code k}, or -1 if none ends there. */
    private int endOfSentenceAt(String text, List<Token> tokens, int k) {
        Token token = tokens.get(k);
        if (k + 1 >= tokens.size()) {
            return k;
        }
        if (lineBreakBetween(text, token.end(), tokens.get(k + 1).start())) {
            return k;
        }
        String t = token.text();
        boolean stop = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals("...");
        boolean acronym = !stop && t.length() > 2 && t.endsWith(".") && Character.isLetter(t.charAt(0));
        if (!stop && !acronym) {
            return -1;
        }
        int last = k;
        // Closing quotation marks and brackets right after the stop belong to this sentence.
        while (last + 1 < tokens.size() && CLOSERS.indexOf(tokens.get(last + 1).text().charAt(0)) >= 0
                && tokens.get(last + 1).start() == tokens.get(last).end()) {
            last++;
            if (last + 1 < tokens.size() && lineBreakBetween(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
                return last;
            }
        }
        if (last + 1 >= tokens.size()) {
            return last;
        }
        Token next = tokens.get(last + 1);
        if (last == k && next.start() == token.end()) {
            return -1; // "3.5", "...and", no space after the mark
        }
        if (!startsSentence(next)) {
            return -1;
        }
        if (t.equals(".") && k > 0) {
            Token before = tokens.get(k - 1);
            if (before.end() == token.start() && (abbreviations.contains(before.lower())
                    || (before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))))) {
                return -1;
            }
        }
        if (acronym) {
            return openers.contains(next.lower()) ? last : -1;
        }
        return last;
    }

    private static boolean startsSentence(Token next) {
        int c = next.text().codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
                || "\"“„«‘'(-–—[".indexOf(next.text().charAt(0)) >= 0 || !Character.isLetter(c) && !Character.isDigit(c);
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }
}
