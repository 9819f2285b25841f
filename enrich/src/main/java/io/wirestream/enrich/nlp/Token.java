package io.wirestream.enrich.nlp;

import java.util.Locale;

/**
 * A word, number or punctuation mark of a text, with its offsets.
 *
 * @param start offset of the first character in the text
 * @param end   offset after the last character
 * @param text  the characters
 * @param lower the characters in lower case
 */
public record Token(int start, int end, String text, String lower) {

    /** The token of {@code text} at {@code [start, end)}. */
    public Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    /** Whether this token is a word or number (not punctuation). */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Whether this is a word that starts with a capital letter. */
    public boolean isCapitalized() {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** Whether this is a word written in capitals only ("NATO", "U.S."), with at least two letters. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Whether this token is the punctuation mark {@code mark}. */
    public boolean is(String mark) {
        return text.equals(mark);
    }
}
