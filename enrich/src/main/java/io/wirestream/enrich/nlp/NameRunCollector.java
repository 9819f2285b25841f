package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
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
            int party = partyPlace(doc, k, end, out);
            if (party > k) {
                k = party;
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
                } else if (j + 1 < end && onAfterOrgSuffix(doc, j)) {
                    j += 2; // "Council on Foreign Relations", "Center on Privacy and Technology"
                } else if (j + 2 < end && ofTheAfterOrgSuffix(doc, j)) {
                    j += 3; // "University of the West Indies", "Ministry of the Interior"
                } else if (j + 1 < end && isConnector(t) && (isNameToken(doc.token(j + 1))
                        || j + 2 < end && lang.isParticle(t.text()) && lang.isParticle(doc.token(j + 1).text())
                        && isNameToken(doc.token(j + 2)))) {
                    // "of", "&", "von", and particle pairs: "Ursula von der Leyen", "Maria de la Cruz".
                    j += isNameToken(doc.token(j + 1)) ? 2 : 3;
                } else if (t.is(",") && listInName(doc, j, end) > j) {
                    j = listInName(doc, j, end); // "Environment, Food and Rural Affairs Committee"
                } else if (endsPossessiveName(doc, k, j)) {
                    j++; // "McDonald's", "Moody's": a known name that ends in a possessive keeps it
                } else if (NameContextWords.isApostrophe(t) && j + 1 < end && isNameToken(doc.token(j + 1))
                        && (lang.isOrgSuffix(doc.token(j + 1).text()) || (t.is("'") || t.is("’"))
                        && endsWithOrgSuffix(doc, j + 1, end)) && isPlainNameWord(doc.token(j - 1))
                        && !lang.isOrgSuffix(doc.token(j - 1).text()) && !namesBodyAfter(doc, j + 1, end)) {
                    // "Brightwater Children's Trust", "St Thomas' NHS Foundation Trust": a possessive inside a
                    // name; "Tufts University's Feinstein Center", "Georgetown Law's Center on Privacy" are the
                    // university's, two names
                    j += 2;
                } else if ((t.is("'s") || t.is("’s")) && t.start() == doc.token(j - 1).end() && j + 1 < end
                        && isNameToken(doc.token(j + 1)) && lang.isLocationSuffix(doc.token(j + 1).text())
                        && !lang.isSurnameLocationSuffix(doc.token(j + 1).text())
                        && (j + 2 >= end || !isNameToken(doc.token(j + 2))) && isPlainNameWord(doc.token(j - 1))) {
                    // "Fenwick's Cove", "Land's End": a possessive inside a place's name, before its last word
                    j += 2;
                } else if (t.is(".") && t.start() == doc.token(j - 1).end() && j + 1 < end
                        && isNameToken(doc.token(j + 1)) && isAbbreviation(doc.token(j - 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            splitRun(doc, k, j, firstWord, out);
            k = j < end && joinsOriginCompound(doc, k, j, out) ? j + 1 : j;
        }
    }

    /**
     * Whether token {@code j} is a possessive "'s" that ends a known name written with it ("McDonald's",
     * "Macy's", "St. John's"), the name's words starting in the run {@code [k, j)} after any title: "Apple's"
     * is Apple's, and "Judge Moody's ruling" is a person's.
     */
    private boolean endsPossessiveName(TextDocument doc, int k, int j) {
        Token t = doc.token(j);
        if (!(t.is("'s") || t.is("’s")) || t.start() != doc.token(j - 1).end()) {
            return false;
        }
        for (int i = k; i < j; i++) {
            if (lang.isTitle(doc.token(i).lower())) {
                return false;
            }
        }
        for (int i = k; i < j; i++) {
            Gazetteer.Entry entry = gazetteer.lookup(doc.text(i, j) + "'s");
            // a place of one word so written ("Engel's") is more often someone's surname and a possessive
            if (entry != null && !entry.contextual() && (entry.type() != EntityType.LOCATION || j - i > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "New York-based", "Hong Kong-born": where a run of names stops before a word made an adjective, the
     * name that ends the run goes on into it; replaces that name with the whole one. Returns whether it did.
     */
    private boolean joinsOriginCompound(TextDocument doc, int k, int j, List<NameCandidate> out) {
        Token t = doc.token(j);
        String prefix = compoundPrefix(t);
        if (prefix == null || !isAdjectiveCompound(t)) {
            return false;
        }
        // the capitalized words before it, without an article ("the New York-based"): "New" may be no name alone
        int from = j;
        while (from > k && j - from < 3 && doc.token(from - 1).isWord() && doc.token(from - 1).isCapitalized()
                && !NameContextWords.ARTICLES.contains(doc.token(from - 1).lower())) {
            from--;
        }
        if (from == j) {
            return false;
        }
        String text = NameText.collapseSpaces(doc.text(from, j)) + " " + prefix;
        if (gazetteer.lookup(text) == null && (gazetteer.lookup(prefix) != null || lang.isDemonym(prefix))) {
            return false; // "Saudi Arabia" is a name of its own, "the Acme Texas-based" unlikely to be one
        }
        NameCandidate last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean replaces = last != null && last.to == j && last.from >= from;
        NameCandidate whole = new NameCandidate(doc, from, j + 1, doc.token(from).start(), t.start() + prefix.length(),
                text, replaces ? last.titles : List.of(), replaces ? last.initial : from == k && k == firstWordOf(doc, k));
        if (replaces) {
            out.set(out.size() - 1, whole);
        } else if (last != null && last.to > from) {
            return false; // a name found across the words would be cut
        } else {
            out.add(whole);
        }
        return true;
    }

    /** The first word of the sentence of token {@code k}. */
    private static int firstWordOf(TextDocument doc, int k) {
        int first = doc.sentenceStart(doc.sentenceOf(k));
        while (first < k && !doc.token(first).isWord()) {
            first++;
        }
        return first;
    }

    /** Words that make a place of origin an adjective: "Essex-born", "Omaha-based". */
    static final Set<String> ORIGIN_SUFFIXES = Set.of("born", "based", "raised", "bred", "headquartered");

    /** The capitalized part before the last hyphen of a word whose last part is in lower case, or null. */
    private static String compoundPrefix(Token t) {
        int hyphen = t.text().lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))
                && Character.isUpperCase(t.text().charAt(0)) ? t.text().substring(0, hyphen) : null;
    }

    /** Whether {@code t} is a place made an adjective by a word of origin ("Essex-born", "Cork-based"). */
    static boolean isOriginCompound(Token t) {
        String prefix = compoundPrefix(t);
        return prefix != null && ORIGIN_SUFFIXES.contains(t.lower().substring(prefix.length() + 1));
    }

    /**
     * "Sen. Ann Cole, D-Ore.", "R-Texas", "D-N.M.": after a lawmaker's party letter and a hyphen, the place
     * they represent, written in full or abbreviated; adds it and returns the token after it, else {@code k}.
     */
    private int partyPlace(TextDocument doc, int k, int end, List<NameCandidate> out) {
        String w = doc.token(k).text();
        if (w.length() < 3 || w.charAt(1) != '-' || "DRI".indexOf(w.charAt(0)) < 0 || !Character.isUpperCase(w.charAt(2))
                || k == 0 || !doc.token(k - 1).is(",") && !doc.token(k - 1).is("(")) {
            return k;
        }
        StringBuilder place = new StringBuilder(w.substring(2));
        int j = k + 1;
        while (j < end && doc.token(j).start() == doc.token(j - 1).end() && (doc.token(j).is(".")
                || doc.token(j).text().length() == 1 && Character.isUpperCase(doc.token(j).text().charAt(0)))) {
            place.append(doc.token(j).text());
            j++;
        }
        String text = place.toString();
        Gazetteer.Entry entry = gazetteer.lookup(text);
        if (lang.placeOfAbbreviation(text) == null && (entry == null || entry.type() != EntityType.LOCATION)) {
            return k;
        }
        out.add(new NameCandidate(doc, k, j, doc.token(k).start() + 2, doc.token(j - 1).end(), text, List.of(), false));
        return j;
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

    /**
     * A word that owns nothing outside the name: not a known name ("Spain's Ministry"); a title's office is
     * one name ("the Prime Minister's Office").
     */
    /** Whether the capitalized words from token {@code k} (at most four) end with an organization's suffix. */
    private boolean endsWithOrgSuffix(TextDocument doc, int k, int end) {
        int m = k;
        while (m < end && m - k < 4 && isNameToken(doc.token(m))) {
            m++;
        }
        return m > k && (m >= end || !isNameToken(doc.token(m))) && lang.isOrgSuffix(doc.token(m - 1).text());
    }

    private boolean isPlainNameWord(Token t) {
        return gazetteer.lookup(t.text()) == null;
    }

    /**
     * "al Qaeda": a lower-case particle opens a name where the gazetteer knows the name with it; "said van
     * Dijk": or where the text names a person in full with the particle and that surname ("Lena van Dijk").
     */
    private boolean opensKnownName(TextDocument doc, int k, int end) {
        return k + 1 < end && lang.isParticle(doc.token(k).text()) && isNameToken(doc.token(k + 1))
                && (gazetteer.lookup(doc.text(k, k + 2)) != null || surnameNamedInFull(doc, k));
    }

    /** Whether the particle at {@code k} and the name after it follow a capitalized name elsewhere in the text. */
    private static boolean surnameNamedInFull(TextDocument doc, int k) {
        String particle = doc.token(k).text();
        String surname = doc.token(k + 1).text();
        for (int i = 1; i + 1 < doc.size(); i++) {
            if (i != k && doc.token(i).text().equals(particle) && doc.token(i + 1).text().equals(surname)
                    && doc.token(i - 1).isWord() && doc.token(i - 1).isCapitalized()
                    && doc.sentenceOf(i - 1) == doc.sentenceOf(i)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized word, or a particle joined to a capitalized name ("al-Hashimi"). */
    private boolean isNameToken(Token t) {
        return t.isWord() && (t.isCapitalized() || lang.isParticleCompound(t.text()));
    }

    /**
     * "Texas-based", "Kremlin-backed": a known name made an adjective, which ends a run of names (unlike
     * "Chang-yong" of "Rhee Chang-yong").
     */
    private boolean isAdjectiveCompound(Token t) {
        int hyphen = t.text().lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))
                && (gazetteer.lookup(t.text().substring(0, hyphen)) != null || lang.isDemonym(t.text().substring(0, hyphen))
                || isOriginCompound(t));
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
        List<NameCandidate> found = new ArrayList<>();
        if (isOriginCompound(t) && gazetteer.lookup(compoundPrefix(t)) == null) {
            // "Essex-born", "Cork-based": an unknown name before a word of origin is a place (NameTyper)
            String prefix = compoundPrefix(t);
            out.add(new NameCandidate(doc, k, k + 1, t.start(), t.start() + prefix.length(), prefix, List.of(),
                    NamePartSplitter.isInitial(doc, k, firstWord)));
            return true;
        }
        String[] parts = t.text().split("-");
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

    /**
     * Whether an organization's suffix at {@code k} goes on with "of", "for" or "on" and a name ("Center on
     * Privacy"): a body's full name of its own, which a possessive before it owns.
     */
    private boolean namesBodyAfter(TextDocument doc, int k, int end) {
        if (k + 2 >= end || !lang.isOrgSuffix(doc.token(k).text()) || !isNameToken(doc.token(k + 2))) {
            return false;
        }
        String w = doc.token(k + 1).text();
        return w.equals("of") || w.equals("for") || w.equals("on");
    }

    /**
     * Whether token {@code j} is an "on" that continues a name after an organization's suffix ("Council on
     * Foreign Relations"), before a capitalized word that is no stop word ("the Commission on Monday").
     */
    private boolean onAfterOrgSuffix(TextDocument doc, int j) {
        Token next = doc.token(j + 1);
        return doc.token(j).text().equals("on") && j > 0 && lang.isOrgSuffix(doc.token(j - 1).text())
                && isNameToken(next) && !lang.isStopword(next.lower()) && gazetteer.lookup(next.text()) == null
                && !lang.isGivenName(next.text());
    }

    /**
     * Whether token {@code j} is an "of the" that continues an organization's name after its suffix, before a
     * capitalized word that is no stop word nor a title ("University of the West Indies"; not "Committee of
     * the Senate on Monday" nor "Board of the Prime Minister").
     */
    private boolean ofTheAfterOrgSuffix(TextDocument doc, int j) {
        if (j < 1 || !doc.token(j).text().equals("of") || !doc.token(j + 1).text().equals("the")) {
            return false;
        }
        Token next = doc.token(j + 2);
        if (!lang.isOrgSuffix(doc.token(j - 1).text()) || !isNameToken(next) || lang.isStopword(next.lower())
                || lang.isTitle(next.lower()) || lang.isGivenName(next.text())) {
            return false;
        }
        for (int n = j + 3; n <= Math.min(doc.size(), j + 7); n++) {
            Gazetteer.Entry known = gazetteer.lookup(doc.text(j + 2, n));
            if (known != null && known.type() == EntityType.ORGANIZATION) {
                return false; // "the board of the Bank of England" is the bank's
            }
        }
        return true;
    }

    private boolean isConnector(Token t) {
        String w = t.text();
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&") || lang.isParticle(w);
    }

    /**
     * A title abbreviation ("Gen", "Mr"), an initial ("W" in "George W. Bush") or the abbreviated first word of
     * a place's name ("St. Louis", "Mt. Kenya", "Ft. Worth") before a dot.
     */
    private boolean isAbbreviation(Token t) {
        return (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))) || lang.isTitle(t.text() + ".")
                || PLACE_ABBREVIATIONS.contains(t.text());
    }

    /** Abbreviated first words of place names: Saint, Sainte, Mount, Fort. */
    private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Ste", "Mt", "Ft");

    /** Splits a run at connectors that do not continue a name ("Russia and China"). */
    private void splitRun(TextDocument doc, int a, int b, int firstWord, List<NameCandidate> out) {
        if (known.knownName(doc.text(a, b)) != null || b - a > 2
                && NameContextWords.ARTICLES.contains(doc.token(a).lower()) && known.knownName(doc.text(a + 1, b)) != null) {
            // "The Centers for Disease Control and Prevention": a known name after the article opening a sentence
            splitter.addPart(doc, a, b, firstWord, out);
            return;
        }
        // "CHIPS and Science Act", "Bill and Melinda Gates Foundation": one name up to its suffix; but
        // "Altmark Bank and Saalbach Bank", two names of two words or more that each end in a suffix, are two.
        String lastWord = doc.token(b - 1).text();
        boolean endsWithSuffix = lang.isOrgSuffix(lastWord) || lang.isMiscSuffix(lastWord);
        int partStart = a;
        boolean organizationOf = false; // "Department of", "Centers for": a body named by what it does
        for (int k = a + 1; k < b - 1; k++) {
            Token t = doc.token(k);
            if (t.isCapitalized() || t.is(".") || lang.isParticleCompound(t.text())) {
                continue;
            }
            boolean of = (t.text().equals("of") || t.text().equals("for")) && continuesWithOf(doc.token(k - 1))
                    || t.text().equals("on") && lang.isOrgSuffix(doc.token(k - 1).text())
                    || t.text().equals("the") && k >= 2 && doc.token(k - 1).text().equals("of")
                    && lang.isOrgSuffix(doc.token(k - 2).text());
            boolean joins = t.is("&") || NameContextWords.isApostrophe(t) || lang.isParticle(t.text())
                    || t.is(",") && endsWithSuffix
                    || t.text().equals("and") && (endsWithSuffix || organizationOf && namesNoOtherThing(doc, k + 1, b))
                    && gazetteer.lookup(doc.text(a, k)) == null && gazetteer.lookup(doc.text(k + 1, b)) == null
                    && !(k - partStart >= 2 && lang.isOrgSuffix(doc.token(k - 1).text()) && b - k > 2
                    && doc.token(k - 2).isCapitalized())
                    || of;
            organizationOf |= of && lang.isOrgSuffix(doc.token(k - 1).text());
            if (!joins) {
                splitter.addPart(doc, partStart, k, firstWord, out);
                partStart = k + 1;
                organizationOf = false;
            }
        }
        splitter.addPart(doc, partStart, b, firstWord, out);
    }

    /**
     * Whether words {@code [from, to)} after "and" in "Department of Health and Human Services", "Centers for
     * Disease Control and Prevention" go on naming what the body does: at most three capitalized words,
     * neither a known name nor a person's name, that the text does not use as a name of their own
     * elsewhere ("the Bank of England and Monzo ... Monzo said").
     */
    private boolean namesNoOtherThing(TextDocument doc, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        String first = doc.token(from).text();
        for (int k = 0; k < doc.size(); k++) {
            if (k != from && doc.token(k).text().equals(first)
                    && (k == 0 || !doc.token(k - 1).isCapitalized() && !doc.token(k - 1).text().equals("and"))) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (!t.isCapitalized() || t.isAllCaps() || lang.isGivenName(t.text()) || lang.isSurname(t.text())
                    || gazetteer.lookup(t.text()) != null) {
                return false;
            }
        }
        return true;
    }

    private boolean continuesWithOf(Token before) {
        String w = before.text();
        return OF_HEADS.contains(w) || lang.isOrgSuffix(w) || lang.isLocationSuffix(w);
    }
}
