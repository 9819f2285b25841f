package io.wirestream.enrich.nlp;

/** Character tests on names and words, without regular expressions or streams (they run per token). */
final class NameText {

    private NameText() {
    }

    /** {@code text} with every run of whitespace a single space; {@code text} itself when it has none to fold. */
    static String collapseSpaces(String text) {
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char c = text.charAt(i);
            clean = !Character.isWhitespace(c) || c == ' ' && (i + 1 >= text.length()
                    || !Character.isWhitespace(text.charAt(i + 1)));
        }
        if (clean) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Words for a part of a place, written before its name ("North India", "Western Kenya", "Central Asia"). */
    static final java.util.Set<String> COMPASS_WORDS = java.util.Set.of("North", "South", "East", "West",
            "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast",
            "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower");

    /** Whether {@code text} has letters and all of them are capitals. */
    static boolean isAllCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** Whether characters {@code [from, to)} of {@code text} are all digits (and there is one). */
    static boolean isDigits(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two to six capital letters, with dots, "&amp;" and digits allowed: "NATO", "U.S.", "AT&amp;T". */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    /** Each word's first letter as written, its other letters in lower case: "NEW YORK" is "New York". */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char ch : text.toCharArray()) {
            out.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return out.toString();
    }
}
