package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the runs of capitalized words in a sentence that may be names, joined by "of", "&amp;", name
 * particles, initials and a possessive inside a name, and cuts each run at the connectors that do not
 * continue a name ("Russia and China"); {@link NamePartSplitter} makes candidate names of the parts.
 */
final class NameRunCollector {

    /** Words after which "of" or "for" continues a name (beyond organization and place suffixes). */
    private static final Set<String> OF_HEADS = Set.of("Republic", "Kingdom", "State", "States", "Isle", "Cape",
            "Duke", "Duchess", "Prince", "Princess", "King", "Queen", "Bank", "House", "Church", "Gulf", "Bay",
            "Sea", "Strait", "Lake", "Mount", "Secretary", "Ministry", "Minister", "Department", "Office",
            "Federation", "Commonwealth", "Emirate", "Emirates", "Isles", "Islands", "Centers", "Friends",
            "Sisters", "Brothers", "Daughters", "Sons", "Museum", "University", "School", "College", "Court",
            "Council", "Committee", "Commission", "Bureau", "Institute", "Board", "Union", "League",
            "Association", "Society", "Party", "Army", "Academy", "Agency", "Authority", "City", "District",
            "County", "Province", "Region");

    private final LanguageData lang;
    private final Gazetteer gazetteer;
    private final KnownNames known;
    private final NamePartSplitter splitter;

    NameRunCollector(LanguageData lang, Gazetteer gazetteer, KnownNames known, NamePartSplitter splitter) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.known = known;
        this.splitter = splitter;
    }

    void collectRuns(TextDocument doc, int sentence, List<NameCandidate> out) {
        int from = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        int firstWord = from;
        while (firstWord < end && !doc.token(firstWord).isWord()) {
            firstWord++;
        }
        int k = from;
        while (k < end) {
            boolean ordinal = k + 1 < end && isOrdinal(doc.token(k)) && isNameToken(doc.token(k + 1))
                    && lang.isLocationSuffix(doc.token(k + 1).text());
            if (!isNameToken(doc.token(k)) && !ordinal && !opensKnownName(doc, k, end)) {
                k++;
                continue;
            }
            if ((k + 1 >= end || !isNameToken(doc.token(k + 1)) || isAdjectiveCompound(doc.token(k)))
                    && compoundParts(doc, k, firstWord, out)) {
                k++;
                continue;
            }
            int j = k + 1;
            while (j < end) {
                Token t = doc.token(j);
                if (isNameToken(t) && !isAdjectiveCompound(t)) {
                    j++;
                } else if (j + 1 < end && isConnector(t) && (isNameToken(doc.token(j + 1))
                        || j + 2 < end && lang.isParticle(t.text()) && lang.isParticle(doc.token(j + 1).text())
                        && isNameToken(doc.token(j + 2)))) {
                    // "of", "&", "von", and particle pairs: "Ursula von der Leyen", "Maria de la Cruz".
                    j += isNameToken(doc.token(j + 1)) ? 2 : 3;
                } else if (t.is(",") && listInName(doc, j, end) > j) {
                    j = listInName(doc, j, end); // "Environment, Food and Rural Affairs Committee"
                } else if (NameContextWords.isApostrophe(t) && j + 1 < end && isNameToken(doc.token(j + 1))
                        && lang.isOrgSuffix(doc.token(j + 1).text()) && isPlainNameWord(doc.token(j - 1))) {
                    j += 2; // "Brightwater Children's Trust": a possessive inside a name
                } else if (t.is(".") && t.start() == doc.token(j - 1).end() && j + 1 < end
                        && isNameToken(doc.token(j + 1)) && isAbbreviation(doc.token(j - 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            splitRun(doc, k, j, firstWord, out);
            k = j;
        }
    }

    /**
     * "Environment, Food and Rural Affairs Committee": after the comma at {@code comma}, single capitalized
     * words separated by commas, then "and" and capitalized words that end in an organization suffix, all
     * unknown names: the end of the list, which is part of the name; else {@code comma}.
     */
    private int listInName(TextDocument doc, int comma, int end) {
        if (gazetteer.lookup(doc.token(comma - 1).text()) != null) {
            return comma;
        }
        int j = comma;
        while (j + 2 < end && doc.token(j).is(",") && isNameToken(doc.token(j + 1))
                && gazetteer.lookup(doc.token(j + 1).text()) == null) {
            j += 2;
        }
        if (j >= end || !doc.token(j).text().equals("and")) {
            return comma;
        }
        int k = j + 1;
        while (k < end && isNameToken(doc.token(k)) && gazetteer.lookup(doc.token(k).text()) == null) {
            k++;
        }
        return k > j + 1 && lang.isOrgSuffix(doc.token(k - 1).text()) ? k : comma;
    }

    /** A word that owns nothing outside the name: not a title ("King's") nor a known name ("Spain's"). */
    private boolean isPlainNameWord(Token t) {
        return !lang.isTitle(t.lower()) && gazetteer.lookup(t.text()) == null;
    }

    /** "al Qaeda": a lower-case particle opens a name only where the gazetteer knows the name with it. */
    private boolean opensKnownName(TextDocument doc, int k, int end) {
        return k + 1 < end && lang.isParticle(doc.token(k).text()) && isNameToken(doc.token(k + 1))
                && gazetteer.lookup(doc.text(k, k + 2)) != null;
    }

    private static boolean isNameToken(Token t) {
        return t.isWord() && t.isCapitalized();
    }

    /**
     * "Texas-based", "Kremlin-backed": a known name made an adjective, which ends a run of names (unlike
     * "Chang-yong" of "Rhee Chang-yong").
     */
    private boolean isAdjectiveCompound(Token t) {
        int hyphen = t.text().lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))
                && (gazetteer.lookup(t.text().substring(0, hyphen)) != null || lang.isDemonym(t.text().substring(0, hyphen)));
    }

    /** "5th", "42nd": an ordinal that can open a street name ("5th Avenue"). */
    private static boolean isOrdinal(Token t) {
        String w = t.lower();
        return w.length() > 2 && Character.isDigit(w.charAt(0)) && (w.endsWith("st") || w.endsWith("nd")
                || w.endsWith("rd") || w.endsWith("th")) && NameText.isDigits(w, 0, w.length() - 2);
    }

    /**
     * The known names inside one hyphenated word: "Texas" of "Texas-based", "Baghdad" and "Damascus" of
     * "Baghdad-Damascus". Returns whether the word was such a compound (its parts then added).
     */
    private boolean compoundParts(TextDocument doc, int k, int firstWord, List<NameCandidate> out) {
        Token t = doc.token(k);
        if (t.text().indexOf('-') < 0 || gazetteer.lookup(t.text()) != null) {
            return false;
        }
        String[] parts = t.text().split("-");
        List<NameCandidate> found = new ArrayList<>();
        int offset = t.start();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && gazetteer.lookup(part) != null) {
                found.add(new NameCandidate(doc, k, k + 1, offset, offset + part.length(), part, List.of(),
                        NamePartSplitter.isInitial(doc, k, firstWord)));
            } else if (part.isEmpty() || Character.isUpperCase(part.charAt(0))) {
                return false; // "Jean-Julien", "Podlipnik-Castillo": a name of its own
            }
            offset += part.length() + 1;
        }
        out.addAll(found);
        return !found.isEmpty();
    }

    private boolean isConnector(Token t) {
        String w = t.text();
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&") || lang.isParticle(w);
    }

    /** A title abbreviation ("Gen", "Mr") or an initial ("W" in "George W. Bush") before a dot. */
    private boolean isAbbreviation(Token t) {
        return (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))) || lang.isTitle(t.text() + ".");
    }

    /** Splits a run at connectors that do not continue a name ("Russia and China"). */
    private void splitRun(TextDocument doc, int a, int b, int firstWord, List<NameCandidate> out) {
        if (known.knownName(doc.text(a, b)) != null) {
            splitter.addPart(doc, a, b, firstWord, out);
            return;
        }
        // "CHIPS and Science Act", "Bill and Melinda Gates Foundation": one name up to its suffix.
        String lastWord = doc.token(b - 1).text();
        boolean endsWithSuffix = lang.isOrgSuffix(lastWord) || lang.isMiscSuffix(lastWord);
        int partStart = a;
        for (int k = a + 1; k < b - 1; k++) {
            Token t = doc.token(k);
            if (t.isCapitalized() || t.is(".")) {
                continue;
            }
            boolean joins = t.is("&") || NameContextWords.isApostrophe(t) || lang.isParticle(t.text())
                    || t.is(",") && endsWithSuffix
                    || t.text().equals("and") && endsWithSuffix
                    && gazetteer.lookup(doc.text(a, k)) == null
                    || ((t.text().equals("of") || t.text().equals("for")) && continuesWithOf(doc.token(k - 1)));
            if (!joins) {
                splitter.addPart(doc, partStart, k, firstWord, out);
                partStart = k + 1;
            }
        }
        splitter.addPart(doc, partStart, b, firstWord, out);
    }

    private boolean continuesWithOf(Token before) {
        String w = before.text();
        return OF_HEADS.contains(w) || lang.isOrgSuffix(w) || lang.isLocationSuffix(w);
    }
}
