package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.QuoteTokens.ARTICLE_WORDS;
import static io.wirestream.enrich.nlp.QuoteTokens.POSSESSIVES;
import static io.wirestream.enrich.nlp.QuoteTokens.isPreposition;

/**
 * The cue verbs of the language data as the quote rules read them: a cue is a lower-case word on the list,
 * recorded with its listener when that is a common noun.
 */
final class CueVerbs {

    private final LanguageData lang;

    CueVerbs(LanguageData lang) {
        this.lang = lang;
    }

    boolean isCue(Token t) {
        return t.isWord() && !t.isCapitalized() && lang.isCueVerb(t.lower());
    }

    /** A cue at token {@code k} used as a verb: not after an article or a possessive ("the accused", "his claims"). */
    boolean isCueAt(TextDocument doc, int k) {
        return isCue(doc.token(k)) && !isNounUse(doc, k);
    }

    /** "dismissed the claims", "his remarks", "the accused": a cue word after an article or a possessive is a noun. */
    static boolean isNounUse(TextDocument doc, int k) {
        if (k < 1) {
            return false;
        }
        Token before = doc.token(k - 1);
        return ARTICLE_WORDS.contains(before.lower()) || POSSESSIVES.contains(before.lower()) || before.is("'s")
                || before.is("’s") || isCounted(doc, k);
    }

    /**
     * "two match points", "19 claims": a word ending in "s" after a number, or after a number and a lower-case
     * word, is a plural noun.
     */
    static boolean isCounted(TextDocument doc, int k) {
        if (!doc.token(k).lower().endsWith("s")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
            Token t = doc.token(j);
            if (NUMBERS.contains(t.lower()) || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))) {
                return true;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NUMBERS = java.util.Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "several", "many", "numerous");

    /**
     * The cue at token {@code k} as recorded: the verb in lower case, with its listener when that is a
     * common noun ("told reporters", "told lawmakers").
     */
    String text(TextDocument doc, int k) {
        Token cue = doc.token(k);
        if (lang.isObjectCue(cue.text()) && k + 1 < doc.size()) {
            Token listener = doc.token(k + 1);
            if (listener.isWord() && !listener.isCapitalized() && listener.lower().endsWith("s")
                    && !lang.isStopword(listener.lower()) && !isPreposition(listener)) {
                return cue.lower() + " " + listener.lower();
            }
        }
        return cue.lower();
    }
}
