package io.wirestream.enrich.nlp;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text with its tokens and sentences, the input of the entity and quote stages. Offsets are into
 * {@link #text()}, which is the article body.
 */
public final class TextDocument {

    private final String text;
    private final List<Token> tokens;
    private final List<Span> sentences;
    private final int[] sentenceOfToken;
    private final int[] sentenceFirstToken;
    private final int[] sentenceEndToken;

    private TextDocument(String text, List<Token> tokens, List<Span> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.sentenceOfToken = new int[tokens.size()];
        this.sentenceFirstToken = new int[sentences.size()];
        this.sentenceEndToken = new int[sentences.size()];
        int s = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (s + 1 < sentences.size() && tokens.get(k).start() >= sentences.get(s + 1).start()) {
                s++;
            }
            sentenceOfToken[k] = s;
        }
        Arrays.fill(sentenceFirstToken, -1);
        for (int k = tokens.size() - 1; k >= 0; k--) {
            sentenceFirstToken[sentenceOfToken[k]] = k;
        }
        for (int k = 0; k < tokens.size(); k++) {
            sentenceEndToken[sentenceOfToken[k]] = k + 1;
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentenceFirstToken[i] < 0) {
                sentenceFirstToken[i] = i == 0 ? 0 : sentenceEndToken[i - 1];
                sentenceEndToken[i] = sentenceFirstToken[i];
            }
        }
    }

    private Set<String> lowerCaseWords;
    private boolean[] inCapitals;

    /**
     * Whether most words of sentence {@code sentence} are in capitals (computed once): a heading or
     * dateline, whose all-capital words are no acronyms.
     */
    public boolean inCapitals(int sentence) {
        if (inCapitals == null) {
            boolean[] flags = new boolean[sentences.size()];
            for (int s = 0; s < flags.length; s++) {
                int words = 0;
                int capitals = 0;
                for (int i = sentenceFirstToken[s]; i < sentenceEndToken[s]; i++) {
                    Token t = tokens.get(i);
                    if (t.isWord() && hasLetter(t.text())) {
                        words++;
                        if (t.text().length() > 1 && NameText.isAllCapitals(t.text())) {
                            capitals++;
                        }
                    }
                }
                flags[s] = words >= 2 && capitals * 10 >= words * 6;
            }
            inCapitals = flags;
        }
        return inCapitals[sentence];
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words written in lower case somewhere in the text (computed once). */
    public Set<String> lowerCaseWords() {
        if (lowerCaseWords == null) {
            Set<String> words = new HashSet<>();
            for (Token t : tokens) {
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    words.add(t.text());
                }
            }
            lowerCaseWords = words;
        }
        return lowerCaseWords;
    }

    /** Tokenizes and splits {@code text}. */
    public static TextDocument analyze(String text, Tokenizer tokenizer, SentenceSplitter splitter) {
        List<Token> tokens = tokenizer.tokenize(text);
        return new TextDocument(text, tokens, splitter.split(text, tokens));
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** The index of the sentence of token {@code index}. */
    public int sentenceOf(int index) {
        return sentenceOfToken[index];
    }

    /** The index of the sentence that holds (or last starts before) character {@code offset}. */
    public int sentenceAtOffset(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The index of the first token of sentence {@code sentence}. */
    public int sentenceStart(int sentence) {
        return sentenceFirstToken[sentence];
    }

    /** The index of the first word of sentence {@code sentence}, past marks and dashes; its end when it has none. */
    public int sentenceFirstWord(int sentence) {
        int first = sentenceFirstToken[sentence];
        while (first < sentenceEndToken[sentence] && !tokens.get(first).isWord()) {
            first++;
        }
        return first;
    }

    /** The index after the last token of sentence {@code sentence}. */
    public int sentenceEnd(int sentence) {
        return sentenceEndToken[sentence];
    }

    /** The index of the first token that starts at or after {@code offset}; {@link #size()} when none does. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of the tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Whether a line break separates tokens {@code a} and {@code b} (a before b). */
    public boolean lineBreakBetween(int a, int b) {
        for (int i = tokens.get(a).end(); i < tokens.get(b).start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The start of the line (paragraph) that holds {@code offset}. */
    public int paragraphStart(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** The end of the line (paragraph) that holds {@code offset}. */
    public int paragraphEnd(int offset) {
        int i = Math.max(offset, 0);
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
