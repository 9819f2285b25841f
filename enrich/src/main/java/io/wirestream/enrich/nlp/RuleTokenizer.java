package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tokenizer for alphabetic scripts. Words keep inner hyphens and apostrophes ({@code second-largest},
 * {@code O'Brien}) and dotted acronyms ({@code U.S.}); a possessive {@code 's} (or a plural's bare
 * apostrophe) is a token of its own, so that {@code Kremlin's} names {@code Kremlin}; numbers keep their
 * separators ({@code 2,000}, {@code 3.5}); every other mark is a token, except {@code ...}.
 */
public final class RuleTokenizer implements Tokenizer {

    @Override
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = acronymEnd(text, i);
                if (end < 0) {
                    end = wordEnd(text, i);
                }
            } else if ((c == '\'' || c == '’') && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                end = i + 2;
            } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                end = i + 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            tokens.add(new Token(i, end, text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** The end of a dotted acronym ({@code U.S.}, {@code a.m.}) starting at {@code i}, or -1. */
    private static int acronymEnd(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        if (letters >= 2 && (j >= text.length() || !Character.isLetterOrDigit(text.charAt(j)))) {
            return j;
        }
        return -1;
    }

    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "org", "net", "info",
            "io", "gov", "edu", "news", "tv", "co", "uk", "de", "fr", "eu", "ru", "pl", "es", "it", "ai");

    /** Whether {@code suffix} is a common top-level domain ("com", "info"). */
    static boolean isTopLevelDomain(String suffix) {
        return TOP_LEVEL_DOMAINS.contains(suffix);
    }

    /** The end of a domain suffix (".info", ".co.uk") at the dot {@code dot} that ends a word, or -1. */
    private static int domainEnd(String text, int dot) {
        int j = dot;
        int end = -1;
        while (j < text.length() && text.charAt(j) == '.') {
            int k = j + 1;
            while (k < text.length() && Character.isLowerCase(text.charAt(k))) {
                k++;
            }
            if (k == j + 1 || !TOP_LEVEL_DOMAINS.contains(text.substring(j + 1, k))
                    || k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
                break;
            }
            end = k;
            j = k;
        }
        return end;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                j++;
                continue;
            }
            boolean nextIsAlnum = j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1));
            if ((c == '\'' || c == '’') && nextIsAlnum) {
                // "Kremlin's" is the name and a possessive; "O'Brien" and "don't" are one word.
                boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)));
                if (possessive) {
                    return j;
                }
                j++;
                continue;
            }
            if ((c == '-' || c == '‐' || c == '&') && nextIsAlnum) {
                j++;
                continue;
            }
            if (c == '.' && nextIsAlnum && domainEnd(text, j) > 0) {
                return domainEnd(text, j); // "Polygraph.info", "Amazon.com": one word
            }
            if ((c == '.' || c == ',') && Character.isDigit(text.charAt(j - 1)) && j + 1 < n
                    && Character.isDigit(text.charAt(j + 1))) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }
}
