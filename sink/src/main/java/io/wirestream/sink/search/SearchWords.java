package io.wirestream.sink.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The words that full-text search indexes and looks up: maximal runs of letters, digits and combining marks,
 * in lower case and Unicode NFC, whatever the language. Like PostgreSQL's {@code simple} configuration, it
 * neither stems nor drops stop words: feeds mix languages, and a stemmer of the wrong language mangles words.
 * Punctuation splits words ({@code well-known}, {@code Putin's}); a query splits them the same way.
 */
public final class SearchWords {

    /**
     * Longer runs are skipped: no word of any language is this long, and PostgreSQL refuses a lexeme over
     * 2,047 bytes, which 682 characters of at most 3 UTF-8 bytes each cannot reach.
     */
    static final int MAX_WORD_LENGTH = 682;

    private SearchWords() {
    }

    /** Calls {@code word} with each word of {@code text}, in order. */
    public static void forEach(String text, Consumer<String> word) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int start = i;
            boolean ascii = true;
            while (i < length) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiWordPart(c)) {
                        break;
                    }
                    i++;
                } else {
                    int codePoint = text.codePointAt(i);
                    if (!isWordPart(codePoint)) {
                        break;
                    }
                    ascii = false;
                    i += Character.charCount(codePoint);
                }
            }
            if (i > start && i - start <= MAX_WORD_LENGTH) {
                word.accept(normalize(text.substring(start, i), ascii));
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
    }

    /** The words of {@code text}, in order. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        forEach(text, words::add);
        return words;
    }

    private static boolean isAsciiWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String normalize(String word, boolean ascii) {
        String lower = word.toLowerCase(Locale.ROOT);
        // A query typed on one system and a page written on another may compose the same accented letter
        // differently.
        return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
}
