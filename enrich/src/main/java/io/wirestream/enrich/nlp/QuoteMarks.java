package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The quotation marks of a language: which characters open a quotation and which close it, read from
 * {@code <language>/quote-marks.txt} (one pair a line: the opening mark, then every mark that closes it).
 * Marks that double as apostrophes ({@code '} and {@code ’}) close a quotation only where no letter
 * follows, and the straight one opens only where a letter follows and none precedes.
 */
public final class QuoteMarks {

    /** The opening marks; {@code closers[i]} holds the marks that close {@code openers.charAt(i)}. */
    private final String openers;
    private final String[] closers;
    private final String all;

    QuoteMarks(List<String> lines) {
        StringBuilder open = new StringBuilder();
        List<String> close = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            String closing = String.join("", Arrays.asList(parts).subList(1, parts.length));
            open.append(parts[0].charAt(0));
            close.add(closing);
            marks.append(parts[0]).append(closing);
        }
        this.openers = open.toString();
        this.closers = close.toArray(new String[0]);
        this.all = marks.toString();
    }

    /** Whether the character at {@code i} of {@code text} opens a quotation. */
    public boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (openers.indexOf(c) < 0) {
            return false;
        }
        if (isApostrophe(c)) {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            return !letterBefore && letterAfter;
        }
        return true;
    }

    /** Whether the character at {@code i} of {@code text} closes a quotation opened by {@code opener}. */
    public boolean closesAt(String text, int i, char opener) {
        char c = text.charAt(i);
        int index = openers.indexOf(opener);
        if (index < 0 || closers[index].indexOf(c) < 0) {
            return false;
        }
        return !isApostrophe(c) || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Whether {@code c} is any quotation mark of the language. */
    public boolean isMark(char c) {
        return all.indexOf(c) >= 0;
    }

    /** Whether {@code c} opens quotations (whatever follows it). */
    public boolean isOpener(char c) {
        return openers.indexOf(c) >= 0;
    }

    /**
     * Whether a quotation opened by {@code opener} must close in its paragraph: single marks, which
     * also serve as apostrophes and for nested quotations, never run to the end of a paragraph.
     */
    public boolean mustClose(char opener) {
        return opener == '\'' || opener == '‘' || opener == '‚' || opener == '‹';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
