package io.wirestream.enrich.nlp;

/**
 * A quote's text as the rules measure it: its bounds without the space, quotation marks and punctuation
 * around it, and its words as written.
 */
final class QuoteText {

    private QuoteText() {
    }

    /** {@code [from, to)} without surrounding space, quotation marks and trailing {@code , . ; :}; null if empty. */
    static int[] trim(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "\"“”„«»‘’‚‹›'".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",.;:\"“”„«»‘’‚‹›'".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to > from ? new int[] {from, to} : null;
    }

    /** Words as written: runs of non-space characters that hold a letter or digit. */
    static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                counted = false;
                continue;
            }
            inWord = true;
            if (!counted && Character.isLetterOrDigit(c)) {
                n++;
                counted = true;
            }
        }
        return n;
    }
}
