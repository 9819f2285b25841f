package io.wirestream.enrich.nlp;

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
