package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A name found in the text, before document-level merging. Where it is and how it is written are fixed;
 * its type, canonical name, link to another name and whether it is dropped are filled in by the steps of
 * {@link RuleEntityRecognizer}, each of which reads what the ones before it decided.
 */
final class NameCandidate {

    final int from;
    final int to;
    final int start;
    final int end;
    final String text;
    final String[] words;
    final List<String> titles;
    /** Roles given in an apposition: "Bruno Kahl, the head of the service". */
    final List<String> appositions = new ArrayList<>(0);
    final boolean initial;
    final boolean inCapitals;
    EntityType type;
    String canonical;
    boolean contextual;
    NameCandidate linked;
    boolean dropped;
    /**
     * The surname a person introduced by given name as someone's relative takes from them ("Ann Cole ... her
     * son Tom" is Tom Cole), or null.
     */
    String familyName;
    /** Typed by what the text says around it ("X, founded in 2019,"), not by the name's own words. */
    boolean byContext;

    NameCandidate(TextDocument doc, int from, int to, String text, List<String> titles, boolean initial) {
        this(doc, from, to, doc.token(from).start(), doc.token(to - 1).end(), text, titles, initial);
    }

    /** A name that is part of a token ("Texas" of "Texas-based"), between offsets {@code start} and {@code end}. */
    NameCandidate(TextDocument doc, int from, int to, int start, int end, String text, List<String> titles,
                  boolean initial) {
        this.from = from;
        this.to = to;
        this.start = start;
        this.end = end;
        this.text = text;
        this.words = text.split(" ");
        this.titles = titles;
        this.initial = initial;
        this.inCapitals = doc.inCapitals(doc.sentenceOf(from));
    }

    int words() {
        return words.length;
    }

    String lastWord() {
        return words[words.length - 1];
    }

    /** The last word but a generational suffix: "Marcos" of "Ferdinand Marcos Jr". */
    String surname(LanguageData lang) {
        return surnameOf(words, lang);
    }

    /** The last of {@code words} but a generational suffix. */
    static String surnameOf(String[] words, LanguageData lang) {
        int last = words.length - 1;
        if (last > 0 && lang.isNameSuffix(words[last])) {
            last--;
        }
        return words[last];
    }

    String firstWord() {
        return words[0];
    }

    /**
     * Capitalized words only, none a stop word or acronym, but for the particles of a surname ("van Dijk",
     * "al-Amin"): the shape of a personal name.
     */
    boolean looksLikePersonalName(LanguageData lang) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (lang.isParticleCompound(word) || i + 1 < words.length && lang.isParticle(word)) {
                continue;
            }
            if (NameText.isAcronym(word) || lang.isStopword(word) || !Character.isUpperCase(word.charAt(0))
                    || NameText.hasDigit(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name opens with a surname's particle ("van Dijk", "Van Dijk", "al-Amin"). */
    boolean opensWithParticle(LanguageData lang) {
        String first = firstWord();
        return words.length > 1 && lang.isParticle(first.toLowerCase(java.util.Locale.ROOT))
                || lang.isParticleCompound(first);
    }
}
