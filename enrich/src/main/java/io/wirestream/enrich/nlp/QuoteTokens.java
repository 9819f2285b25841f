package io.wirestream.enrich.nlp;

import java.util.Set;

/**
 * The closed word classes and marks that the quote rules test tokens against (words that open a clause,
 * auxiliaries, articles, possessives, conjunctions, prepositions, quotation marks and dashes), in one place so
 * that every rule reads them the same way.
 */
final class QuoteTokens {

    static final String DASHES = "-–—";
    static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "it", "they", "we", "i", "you",
            "there", "this", "these", "those", "the", "a", "an", "his", "her", "their", "its", "our", "my",
            "some", "many", "most", "all", "no", "one", "any", "every", "each", "both", "several", "nobody",
            "nothing", "everyone", "everything", "such", "another", "other", "more", "fewer", "less", "whether", "if");
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "could",
            "should", "can", "may", "might", "must", "had", "has", "have", "did", "does", "do", "shall");
    static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the");
    static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "while", "whereas");
    static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", ";", "“", "”", "\"", "«", "»", "„", "‘", "‹", "›",
            "(", ")");

    private QuoteTokens() {
    }

    /**
     * "D-Ore.,", "N.M.,": the full stop at {@code k} closes an abbreviation (a capitalized word of at most five
     * letters) and a comma or another letter of it follows, so it ends no sentence.
     */
    static boolean isAbbreviationDot(TextDocument doc, int k) {
        if (k < 1 || k + 1 >= doc.size() || !doc.token(k).is(".")) {
            return false;
        }
        Token before = doc.token(k - 1);
        Token after = doc.token(k + 1);
        String word = before.text().substring(before.text().lastIndexOf('-') + 1); // "D-Ore"
        return before.isWord() && before.isCapitalized() && word.length() <= 5 && before.end() == doc.token(k).start()
                && (after.is(",") || after.is(")") || after.isWord() && after.text().length() <= 2 && after.isCapitalized()
                && after.start() == doc.token(k).end());
    }

    static boolean isParticiple(Token t) {
        return t.lower().endsWith("ing");
    }

    static boolean isDash(Token t) {
        return t.text().length() == 1 && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    static boolean isOpeningMark(Token t) {
        return t.is("\"") || t.is("“") || t.is("„") || t.is("«") || t.is("‘") || t.is("‹");
    }

    static boolean isClosingMark(Token t) {
        return t.is("\"") || t.is("”") || t.is("»") || t.is("’") || t.is("›");
    }

    static boolean isPreposition(Token t) {
        return switch (t.lower()) {
            case "in", "on", "at", "to", "for", "from", "with", "by", "of", "about", "after", "before", "during",
                 "that", "and", "or", "but" -> true;
            default -> false;
        };
    }

    static boolean isNamePreposition(Token t) {
        return switch (t.lower()) {
            case "of", "at", "from", "for", "with" -> true;
            default -> false;
        };
    }

    /** "is said to", "were told": a passive cue is no attribution. */
    static boolean isPassive(Token before) {
        return switch (before.lower()) {
            case "is", "was", "are", "were", "be", "been", "being", "to" -> true;
            default -> false;
        };
    }

    /**
     * "NEW YORK — Meridian will close ...", "FRANKFURT, June 9 (Reuters) - Altmark Bank ...": the words after a
     * dateline that opens the text, else {@code first}. A dateline is a place in capitals, then capitalized
     * words, a date, the agency in parentheses and a dash.
     */
    static int afterDateline(TextDocument doc, int first, int end) {
        if (first >= end || !doc.token(first).isAllCaps() || doc.token(first).text().length() < 2) {
            return first;
        }
        boolean agency = false;
        for (int j = first + 1; j < Math.min(end, first + 12); j++) {
            Token t = doc.token(j);
            boolean spacedHyphen = t.is("-") && t.start() > doc.token(j - 1).end();
            if (t.is("—") || t.is("–") || spacedHyphen && (agency || doc.token(j - 1).isCapitalized())) {
                return j + 1;
            }
            if (t.is("(") && j + 2 < end && doc.token(j + 1).isCapitalized() && doc.token(j + 2).is(")")) {
                agency = true;
                j += 2;
                continue;
            }
            boolean date = Character.isDigit(t.text().charAt(0)) && j > first + 1 && doc.token(j - 1).isCapitalized();
            if (!t.is(",") && !t.isCapitalized() && !date) {
                return first;
            }
        }
        return first;
    }
}
