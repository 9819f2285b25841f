package io.wirestream.enrich.nlp;

import java.util.Set;

/**
 * The closed classes of words that the rules read next to a name: the articles that open its noun phrase,
 * the apostrophe of a possessive, and the adverbs and auxiliaries that stand between a speaker's name and
 * the speech verb ("Ana Ruiz also said", "X has said"). The entity and the quote rules share them.
 */
final class NameContextWords {

    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Nouns that end in "-ly" like an adverb: "The family said" has a subject, not an adverb. */
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "assembly", "rally", "supply", "reply",
            "monopoly", "anomaly", "daily", "weekly", "monthly", "quarterly", "butterfly", "bully", "tally", "homily");

    private NameContextWords() {
    }

    private static final Set<String> ADVERBS_BEFORE_VERB = Set.of("also", "then", "later", "previously",
            "earlier", "further", "again", "once", "still", "has", "had", "have", "was", "is", "would", "will",
            "just", "first");

    /** "St Mary's", "Mary'": the possessive inside a name. */
    static boolean isApostrophe(Token t) {
        return t.is("'s") || t.is("’s") || t.is("'") || t.is("’");
    }

    /** An adverb or auxiliary that may stand between a name and its verb ("also", "has", "quickly"). */
    static boolean isAdverb(Token t) {
        String w = t.lower();
        return (w.length() > 4 && w.endsWith("ly") && !t.isCapitalized() && !LY_NOUNS.contains(w))
                || ADVERBS_BEFORE_VERB.contains(w);
    }
}
