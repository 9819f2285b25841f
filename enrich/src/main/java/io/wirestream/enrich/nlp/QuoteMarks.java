package io.wirestream.enrich.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotation marks of a language: which characters open a quotation and which close it, read from
 * {@code <language>/quote-marks.txt} (one pair a line: the opening mark, then every mark that closes it).
 * Marks that double as apostrophes ({@code '} and {@code ’}) close a quotation only where no letter
 * follows, and the straight one opens only where a letter follows and none precedes.
 */
public final class QuoteMarks {

    private final Map<Character, String> closersByOpener;
    private final String all;

    QuoteMarks(List<String> lines) {
        Map<Character, String> closers = new HashMap<>();
        StringBuilder marks = new StringBuilder();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            StringBuilder close = new StringBuilder();
            for (int i = 1; i < parts.length; i++) {
                close.append(parts[i]);
            }
            closers.put(parts[0].charAt(0), close.toString());
            marks.append(parts[0]).append(close);
        }
        this.closersByOpener = Map.copyOf(closers);
        this.all = marks.toString();
    }

    /** Whether the character at {@code i} of {@code text} opens a quotation. */
    public boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (!closersByOpener.containsKey(c)) {
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
        String closers = closersByOpener.get(opener);
        if (closers == null || closers.indexOf(c) < 0) {
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
        return closersByOpener.containsKey(c);
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
