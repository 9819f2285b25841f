package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first entity recognizer: capitalized-word sequences typed by gazetteers, word lists and context,
 * then merged across the document.
 *
 * <ol>
 *   <li>Runs of capitalized words in a sentence (joined by "of", "&amp;", name particles and initials)
 *       are split at titles ({@code NATO Military Committee Chairman Admiral Rob Bauer} is an
 *       organization, two titles and a person) and at demonyms, and lose a sentence-initial stop word.</li>
 *   <li>Each name is typed by the first rule that applies: a gazetteer entry; a title before it (person);
 *       an organization or place suffix; a known given name first (person); capitals only (organization).</li>
 *   <li>Across the document: a surname alone is the person named in full elsewhere ({@code Bauer} is
 *       {@code Rob Bauer}); an acronym in brackets after a name is that name; an unknown name after a
 *       noun for an organization ({@code the law firm X}), that was founded ({@code X, founded in}), where
 *       people work ({@code analysts at X}) or before a role inside an organization ({@code X chief
 *       executive}) is an organization; an unknown name that
 *       speaks ({@code X said}) or follows a role word ({@code quarterback X}) is a person; an alias that
 *       only counts in context ({@code the Alliance}) needs another name of its entity.</li>
 * </ol>
 * Names it cannot type are MISC when they are more than one word or recur; otherwise they are dropped.
 */
public final class RuleEntityRecognizer implements EntityRecognizer {

    /** Words after which "of" or "for" continues a name (beyond organization and place suffixes). */
    private static final Set<String> OF_HEADS = Set.of("Republic", "Kingdom", "State", "States", "Isle", "Cape",
            "Duke", "Duchess", "Prince", "Princess", "King", "Queen", "Bank", "House", "Church", "Gulf", "Bay",
            "Sea", "Strait", "Lake", "Mount", "Secretary", "Ministry", "Minister", "Department", "Office",
            "Federation", "Commonwealth", "Emirate", "Emirates", "Isles", "Islands", "Centers", "Friends",
            "Sisters", "Brothers", "Daughters", "Sons", "Museum", "University", "School", "College", "Court",
            "Council", "Committee", "Commission", "Bureau", "Institute", "Board", "Union", "League",
            "Association", "Society", "Party", "Army", "Academy", "Agency", "Authority", "City", "District",
            "County", "Province", "Region");
    /** First words of the names of natural places and works written before the name ("River Niger", "Lake Chad"). */
    private static final Set<String> PLACE_PREFIXES = Set.of("River", "Lake", "Mount", "Mt", "Cape", "Isle");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "around");
    private static final Set<String> OPENING_MARKS = Set.of("\"", "“", "„", "«", "‘", "'", "(", "[", ":", "-",
            "–", "—");

    private final LanguageData lang;
    private final Gazetteer gazetteer;

    public RuleEntityRecognizer(LanguageData lang, Gazetteer gazetteer) {
        this.lang = lang;
        this.gazetteer = gazetteer;
    }

    /** A name found in the text, before document-level merging. */
    private static final class Candidate {
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
        Candidate linked;
        boolean dropped;
        /** Typed by what the text says around it ("X, founded in 2019,"), not by the name's own words. */
        boolean byContext;

        Candidate(TextDocument doc, int from, int to, String text, List<String> titles, boolean initial) {
            this(doc, from, to, doc.token(from).start(), doc.token(to - 1).end(), text, titles, initial);
        }

        /** A name that is part of a token ("Texas" of "Texas-based"), between offsets {@code start} and {@code end}. */
        Candidate(TextDocument doc, int from, int to, int start, int end, String text, List<String> titles,
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
            int last = words.length - 1;
            if (last > 0 && lang.isNameSuffix(words[last])) {
                last--;
            }
            return words[last];
        }

        String firstWord() {
            return words[0];
        }
    }

    @Override
    public List<NamedEntity> recognize(TextDocument doc) {
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            collectRuns(doc, s, candidates);
        }
        for (Candidate c : candidates) {
            type(doc, c);
        }
        spanAcronymDefinitions(doc, candidates);
        linkAcronyms(doc, candidates);
        resolveInDocument(doc, candidates);
        for (Candidate c : candidates) {
            if (c.type == EntityType.PERSON && !c.dropped) {
                appositionRoles(doc, c, candidates);
            }
        }
        return group(candidates);
    }

    // ---- 1. candidate names --------------------------------------------------------------------------

    private void collectRuns(TextDocument doc, int sentence, List<Candidate> out) {
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
                } else if (isApostrophe(t) && j + 1 < end && isNameToken(doc.token(j + 1))
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
    private boolean compoundParts(TextDocument doc, int k, int firstWord, List<Candidate> out) {
        Token t = doc.token(k);
        if (t.text().indexOf('-') < 0 || gazetteer.lookup(t.text()) != null) {
            return false;
        }
        String[] parts = t.text().split("-");
        List<Candidate> found = new ArrayList<>();
        int offset = t.start();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && gazetteer.lookup(part) != null) {
                found.add(new Candidate(doc, k, k + 1, offset, offset + part.length(), part, List.of(),
                        isInitial(doc, k, firstWord)));
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
    private void splitRun(TextDocument doc, int a, int b, int firstWord, List<Candidate> out) {
        if (knownName(doc.text(a, b)) != null) {
            addPart(doc, a, b, firstWord, out);
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
            boolean joins = t.is("&") || isApostrophe(t) || lang.isParticle(t.text()) || t.is(",") && endsWithSuffix
                    || t.text().equals("and") && endsWithSuffix
                    && gazetteer.lookup(doc.text(a, k)) == null
                    || ((t.text().equals("of") || t.text().equals("for")) && continuesWithOf(doc.token(k - 1)));
            if (!joins) {
                addPart(doc, partStart, k, firstWord, out);
                partStart = k + 1;
            }
        }
        addPart(doc, partStart, b, firstWord, out);
    }

    private boolean continuesWithOf(Token before) {
        String w = before.text();
        return OF_HEADS.contains(w) || lang.isOrgSuffix(w) || lang.isLocationSuffix(w);
    }

    /** Strips stop words and articles at the start, then splits at titles and demonyms. */
    private void addPart(TextDocument doc, int a, int b, int firstWord, List<Candidate> out) {
        if (a >= b) {
            return;
        }
        if (knownName(doc.text(a, b)) == null) {
            Token opener = doc.token(a);
            // "Mr Raj Patel said": a title that is also a stop word stays, so the person keeps it as a role.
            if (isInitial(doc, a, firstWord) && (lang.isStopword(opener.lower()) && !isKnownAbbreviation(opener)
                    && !(lang.isTitle(opener.lower()) && b - a > 1)
                    || b - a > 1 && !lang.isGivenName(opener.text()) && !lang.isTitle(opener.lower())
                    && (opener.lower().endsWith("ing")
                    || lowerWords(doc).contains(opener.lower())))) {
                // "During ...", "Meeting Okafor": a sentence opens with a common word, not a name.
                a++;
            }
            while (a < b && ARTICLES.contains(doc.token(a).lower())) {
                a++;
            }
            if (a >= b) {
                return;
            }
        }
        // Titles: everything after them is a person, everything before them is a name of its own; but a name
        // that ends with an organization's suffix ("General Court", "Leeds General Infirmary") holds no title.
        boolean organizationName = b - a > 1 && lang.isOrgSuffix(doc.token(b - 1).text());
        for (int k = a; k < b && !organizationName; k++) {
            int titleEnd = titleEnd(doc, k, b);
            if (titleEnd < 0) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            int p = k;
            while (titleEnd >= 0) {
                titles.add(asRole(doc.text(p, titleEnd)));
                p = titleEnd;
                titleEnd = p < b ? titleEnd(doc, p, b) : -1;
            }
            if (p < b && doc.token(p).text().equals("of")) {
                // "the Minister of Humanitarian Affairs": what follows "of" is the title's portfolio, no name.
                if (k > a) {
                    addName(doc, a, k, firstWord, List.of(), out);
                }
                // "Minister of Foreign Affairs Wang Yi": a personal name may still end the run.
                for (int j = p + 2; j + 1 < b; j++) {
                    if (lang.isGivenName(doc.token(j).text()) && !doc.token(j).isAllCaps()) {
                        titles.add(asRole(doc.text(k, j)));
                        addName(doc, j, b, firstWord, titles, out);
                        break;
                    }
                }
                return;
            }
            if (p < b && k > a) {
                addName(doc, a, k, firstWord, List.of(), out);
            } else if (p >= b) {
                // A title with no name after it ("the New York State Attorney General"): the name before it.
                addName(doc, a, k, firstWord, List.of(), out);
                return;
            }
            addName(doc, p, b, firstWord, titles, out);
            return;
        }
        int person = personalNameInside(doc, a, b);
        if (person > a) {
            // "Cleveland DL Larry Ogunjobi": a short unknown abbreviation before the person is a role.
            int roles = person;
            while (roles - 1 > a && doc.token(roles - 1).isAllCaps() && doc.token(roles - 1).text().length() <= 4
                    && gazetteer.lookup(doc.token(roles - 1).text()) == null) {
                roles--;
            }
            List<String> titles = new ArrayList<>();
            for (int k = roles; k < person; k++) {
                titles.add(doc.token(k).text());
            }
            addName(doc, a, roles, firstWord, List.of(), out);
            addName(doc, person, b, firstWord, titles, out);
            return;
        }
        addName(doc, a, b, firstWord, List.of(), out);
    }

    /** The gazetteer's entry for a name, also when a dateline or heading writes it in capitals ("NEW YORK"). */
    private Gazetteer.Entry knownName(String text) {
        Gazetteer.Entry entry = gazetteer.lookup(text);
        return entry == null && text.length() > 3 && NameText.isAllCapitals(text) ? gazetteer.lookup(titleCase(text))
                : entry;
    }

    /** "US", "IT": a stop word in capitals that the gazetteer knows is that name ("US" is the United States). */
    private boolean isKnownAbbreviation(Token t) {
        return t.isAllCaps() && gazetteer.lookup(t.text()) != null;
    }

    /** Whether tokens {@code [a, k)} are no part of a personal name: an abbreviation or a known name. */
    private boolean namesSomethingElse(TextDocument doc, int a, int k) {
        if (doc.token(k - 1).isAllCaps()) {
            return true;
        }
        for (int i = a; i < k; i++) {
            for (int j = k; j > i; j--) {
                if (gazetteer.lookup(doc.text(i, j)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a personal name ends a longer run of capitalized words ("Reuters NATO correspondent Sabine
     * Siebold"): the token of its given name, which has at least one more name after it; else -1.
     */
    private int personalNameInside(TextDocument doc, int a, int b) {
        if (b - a < 3 || gazetteer.lookup(doc.text(a, b)) != null || lang.isOrgSuffix(doc.token(b - 1).text())
                || lang.isLocationSuffix(doc.token(b - 1).text()) || lang.isMiscSuffix(doc.token(b - 1).text())) {
            return -1;
        }
        for (int k = a + 1; k + 1 < b; k++) {
            Token t = doc.token(k);
            if (lang.isGivenName(t.text()) && !t.isAllCaps() && gazetteer.lookup(doc.text(k, b)) == null
                    && namesSomethingElse(doc, a, k)) {
                for (int j = k + 1; j < b; j++) {
                    Token w = doc.token(j);
                    if (!(w.isWord() && (w.isCapitalized() && !w.isAllCaps() || lang.isParticle(w.text())))) {
                        return -1;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    /** The end of the longest title starting at token {@code k} (before {@code b}), or -1. */
    private int titleEnd(TextDocument doc, int k, int b) {
        if (!doc.token(k).isCapitalized()) {
            return -1;
        }
        if (k + 2 < b && doc.token(k).isWord() && !doc.token(k).isAllCaps() && gazetteer.lookup(doc.token(k).text()) == null
                && !lang.isDemonym(doc.token(k).text()) && lang.isPortfolioTitle(doc.token(k + 1).lower())
                && gazetteer.lookup(doc.text(k, b)) == null) {
            return k + 2; // "Energy Minister", "Transport Secretary": the portfolio belongs to the title
        }
        for (int n = Math.min(lang.longestTitle(), b - k); n >= 1; n--) {
            String words = NameText.collapseSpaces(doc.text(k, k + n));
            if (lang.isTitle(words)) {
                int end = k + n;
                // "Gen." includes its dot.
                if (end < b && doc.token(end).is(".")) {
                    end++;
                }
                // A title is only a title before a name; "the General Assembly" is no general.
                if (gazetteer.lookup(doc.text(k, b)) != null) {
                    return -1;
                }
                return end;
            }
        }
        return -1;
    }

    /** A title as written, spaces collapsed and without an abbreviation's dot ("Gen." is "Gen"). */
    private static String asRole(String title) {
        String t = NameText.collapseSpaces(title);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private void addName(TextDocument doc, int a, int b, int firstWord, List<String> titles, List<Candidate> out) {
        while (b > a && doc.token(b - 1).is(".")) {
            b--;
        }
        if (a >= b) {
            return;
        }
        String text = NameText.collapseSpaces(doc.text(a, b));
        if (b - a == 1 && lang.isStopword(text) && !isKnownAbbreviation(doc.token(a))) {
            return;
        }
        // "Russian President Vladimir Putin" lost its title already; "Russian Vladimir Putin" loses the demonym.
        if (b - a > 1 && titles.isEmpty() && gazetteer.lookup(text) == null
                && !lang.isOrgSuffix(doc.token(b - 1).text())) {
            int demonymEnd = -1;
            if (lang.isDemonym(doc.text(a, a + 1))) {
                demonymEnd = a + 1;
            }
            if (b - a > 2 && lang.isDemonym(NameText.collapseSpaces(doc.text(a, a + 2)))) {
                demonymEnd = a + 2;
            }
            if (demonymEnd > 0 && demonymEnd < b) {
                out.add(new Candidate(doc, a, demonymEnd, NameText.collapseSpaces(doc.text(a, demonymEnd)), List.of(),
                        isInitial(doc, a, firstWord)));
                a = demonymEnd;
                text = NameText.collapseSpaces(doc.text(a, b));
            }
        }
        if (b - a > 1 && titles.isEmpty() && segmentByGazetteer(doc, a, b, firstWord, out)) {
            return;
        }
        out.add(new Candidate(doc, a, b, text, titles, isInitial(doc, a, firstWord)));
    }

    /**
     * Splits a name that is a sequence of known names ("Reuters NATO") into them, longest first; a name
     * with a suffix of its own or any unknown part is left whole.
     */
    private boolean segmentByGazetteer(TextDocument doc, int a, int b, int firstWord, List<Candidate> out) {
        if (gazetteer.lookup(doc.text(a, b)) != null || lang.isOrgSuffix(doc.token(b - 1).text())
                || isBranchOfOrganization(NameText.collapseSpaces(doc.text(a, b)).split(" "))
                || lang.isLocationSuffix(doc.token(b - 1).text())) {
            return false;
        }
        List<int[]> segments = new ArrayList<>();
        int i = a;
        while (i < b) {
            int found = -1;
            for (int j = b; j > i; j--) {
                if (gazetteer.lookup(doc.text(i, j)) != null) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            segments.add(new int[] {i, found});
            i = found;
        }
        if (segments.size() < 2) {
            return false;
        }
        for (int[] seg : segments) {
            out.add(new Candidate(doc, seg[0], seg[1], NameText.collapseSpaces(doc.text(seg[0], seg[1])), List.of(),
                    isInitial(doc, seg[0], firstWord)));
        }
        return true;
    }

    private boolean isBranchOfOrganization(Candidate c) {
        return isBranchOfOrganization(c.words);
    }

    /** A known organization's name or acronym followed by a known place: "NHS England", "BBC Scotland". */
    private boolean isBranchOfOrganization(String[] words) {
        if (words.length < 2) {
            return false;
        }
        Gazetteer.Entry place = gazetteer.lookup(words[words.length - 1]);
        Gazetteer.Entry org = gazetteer.lookup(String.join(" ", Arrays.copyOf(words, words.length - 1)));
        return place != null && place.type() == EntityType.LOCATION && org != null
                && org.type() == EntityType.ORGANIZATION;
    }

    /**
     * "flood victims in Kebbi, Adamawa and Anambra states": names in a list before a plural noun for a kind of
     * place are places of that kind.
     */
    private boolean beforePluralPlaceNoun(TextDocument doc, Candidate c) {
        int k = c.to;
        for (int items = 0; k < doc.size() && items < 8; items++) {
            Token t = doc.token(k);
            if (t.isWord() && !t.isCapitalized() && t.text().endsWith("s") && t.text().length() > 4) {
                String w = t.text();
                String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
                return lang.isPlaceNoun(singular) && (k + 1 >= doc.size() || !doc.token(k + 1).lower().equals("of"));
            }
            if (!(t.is(",") || t.text().equals("and"))) {
                return false;
            }
            k++;
            if (t.is(",") && k < doc.size() && doc.token(k).text().equals("and")) {
                k++; // ", and"
            }
            if (k >= doc.size() || !doc.token(k).isCapitalized()) {
                return false;
            }
            while (k < doc.size() && doc.token(k).isCapitalized() && doc.token(k).isWord()) {
                k++;
            }
        }
        return false;
    }

    /** The words the text writes in lower case: capitalized at a sentence start they are no names. */
    private static Set<String> lowerWords(TextDocument doc) {
        return doc.lowerCaseWords();
    }

    /** Whether token {@code k} opens its sentence, or a quotation or clause inside it. */
    private static boolean isInitial(TextDocument doc, int k, int firstWord) {
        return k == firstWord || (k > 0 && OPENING_MARKS.contains(doc.token(k - 1).text()));
    }

    // ---- 2. types ------------------------------------------------------------------------------------

    private void type(TextDocument doc, Candidate c) {
        Gazetteer.Entry entry = gazetteer.lookup(c.text);
        if (entry == null && c.text.startsWith("The ")) {
            entry = gazetteer.lookup(c.text.substring(4));
        }
        if (entry == null && c.text.length() > 3 && NameText.isAllCapitals(c.text) && (c.inCapitals || c.from == 0)) {
            // a dateline or heading: "MADRID —"; elsewhere a word in capitals is an acronym ("KADA" is no town "Kada")
            entry = gazetteer.lookup(titleCase(c.text));
        }
        if (entry == null) {
            entry = qualifiedOrganization(c.text);
        }
        if (entry == null) {
            entry = partyBeforeTitle(doc, c);
        }
        if (entry != null) {
            c.type = entry.type();
            c.canonical = entry.canonical();
            c.contextual = entry.contextual();
            return;
        }
        if (lang.isDemonym(c.text)) {
            c.type = EntityType.MISC;
            c.canonical = c.text;
            return;
        }
        int words = c.words();
        String last = c.lastWord();
        String head = headBeforeOf(c.text);
        if (c.from > 1 && doc.token(c.from - 1).lower().equals("of") && lang.isPlaceNoun(doc.token(c.from - 2).text())) {
            c.type = EntityType.LOCATION; // "the town of Le Luc"
        } else if (!c.titles.isEmpty()) {
            c.type = EntityType.PERSON;
        } else if (words >= 2 && (lang.isMiscSuffix(last) || lang.isMiscSuffix(lastTwoWords(c.text)))) {
            c.type = EntityType.MISC;
        } else if (head != null && lang.isOrgSuffix(head)) {
            c.type = EntityType.ORGANIZATION; // "Government of Syria", "Bank of Korea"
        } else if (head != null && lang.isLocationSuffix(head)) {
            c.type = EntityType.LOCATION; // "Gulf of Aden"
        } else if (words == 1 && isDomainName(c.text)) {
            c.type = EntityType.ORGANIZATION; // "Polygraph.info": a publication by its site
        } else if (words >= 2 && lang.isOrgSuffix(last) || last.contains("-")
                && lang.isOrgSuffix(last.substring(last.lastIndexOf('-') + 1))) {
            c.type = EntityType.ORGANIZATION;
        } else if (words >= 3 && lang.isLocationSuffix(last) && lang.isOrgSuffix(c.words[words - 2])) {
            c.type = EntityType.ORGANIZATION; // "Cedar Rapids Community School District": a body that serves a place
        } else if (words >= 2 && lang.isLocationSuffix(last)) {
            c.type = EntityType.LOCATION;
        } else if (words == 2 && PLACE_PREFIXES.contains(c.firstWord())) {
            c.type = EntityType.LOCATION; // "River Tana", "Lake Chad"
        } else if (isBranchOfOrganization(c)) {
            c.type = EntityType.ORGANIZATION; // "NHS England", "BBC Scotland": an organization's national body
        } else if (afterQualifiedOrgNoun(doc, c)) {
            c.type = EntityType.ORGANIZATION; // "Brazilian club Santa Cruz": a given name opens a club's name too
        } else if (words >= 2 && words <= 4 && lang.isGivenName(c.firstWord()) && !c.text.contains(" of ")) {
            c.type = EntityType.PERSON;
        } else if (words >= 2 && words <= 4 && looksLikePersonalName(c) && !lang.isDemonym(c.firstWord())
                && gazetteer.lookup(c.firstWord()) == null && (lang.isSurname(last)
                || words == 2 && lang.isSurname(c.firstWord()) && gazetteer.lookup(last) == null)) {
            c.type = EntityType.PERSON; // "Vasek Pospisil", and family name first: "Liu He"
        } else if (words == 1 && (isAcronym(c.text) && !c.inCapitals || isCamelCase(c.text))) {
            c.type = EntityType.ORGANIZATION;
        }
    }

    /**
     * "Conservative MP Ruth Ellery", "Liberal Democrat Councillor Ann Cole": a name before a title that is a
     * known party's name without its "Party" or its plural is that party.
     */
    private Gazetteer.Entry partyBeforeTitle(TextDocument doc, Candidate c) {
        // Only before a title written as part of a name ("Labour MP Ann Cole"), not an adjective before a
        // common noun ("the Green mayor", which the text may not mean as the party).
        if (c.to >= doc.size() || !doc.token(c.to).isWord() || !doc.token(c.to).isCapitalized()
                || !lang.isTitle(doc.token(c.to).lower())) {
            return null;
        }
        for (String name : List.of(c.text + " Party", c.text + "s")) {
            Gazetteer.Entry entry = gazetteer.lookup(name);
            if (entry != null && entry.type() == EntityType.ORGANIZATION && !entry.contextual()) {
                return entry;
            }
        }
        return null;
    }

    /** "U.S. Federal Reserve", "German Bundeswehr": a known organization after its country or nationality. */
    private Gazetteer.Entry qualifiedOrganization(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String qualifier = text.substring(0, space);
        Gazetteer.Entry rest = gazetteer.lookup(text.substring(space + 1));
        Gazetteer.Entry place = gazetteer.lookup(qualifier);
        boolean qualifies = place != null && place.type() == EntityType.LOCATION || lang.isDemonym(qualifier);
        return rest != null && rest.type() == EntityType.ORGANIZATION && !rest.contextual() && qualifies ? rest : null;
    }

    /**
     * The word before the first " of " or " for " of a name ("Ministry" of "Ministry of Defence", "Institute"
     * of "Institute for Polar Research"), or null.
     */
    private static String headBeforeOf(String text) {
        int of = text.indexOf(" of ");
        int forAt = text.indexOf(" for ");
        if (of < 0 || forAt >= 0 && forAt < of) {
            of = forAt;
        }
        return of < 0 ? null : text.substring(text.lastIndexOf(' ', of - 1) + 1, of);
    }

    private static String lastTwoWords(String text) {
        int last = text.lastIndexOf(' ');
        int before = last < 0 ? -1 : text.lastIndexOf(' ', last - 1);
        return text.substring(before + 1);
    }

    private static boolean isDomainName(String word) {
        int dot = word.lastIndexOf('.');
        return dot > 1 && RuleTokenizer.isTopLevelDomain(word.substring(dot + 1));
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char ch : text.toCharArray()) {
            out.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return out.toString();
    }

    /** "BrewDog", "SoftBank": an inner capital after lower-case letters marks a brand, not a surname. */
    private static boolean isCamelCase(String word) {
        if (word.startsWith("Mc") || word.startsWith("Mac") || word.startsWith("De") || word.startsWith("La")
                || word.startsWith("Di") || word.startsWith("Le") || word.startsWith("Van") || word.contains("-")
                || word.contains("'") || word.contains("’")) {
            return false;
        }
        for (int i = 2; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
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

    /**
     * "Council for Research in Applied Textiles (CRAT)": where the acronym in brackets spells the capitalized words
     * of a longer stretch before it (joined by "of", "for", "in", "and", "on"), that stretch is one name, an
     * organization, in place of the names found inside it.
     */
    private void spanAcronymDefinitions(TextDocument doc, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate acronym = candidates.get(i + 1);
            int open = acronym.from - 1;
            if (open < 1 || !doc.token(open).is("(") || acronym.to >= doc.size() || !doc.token(acronym.to).is(")")
                    || !isAcronym(acronym.text) || acronym.text.length() < 3) {
                continue;
            }
            String letters = acronym.text;
            int k = open - 1;
            int matched = letters.length();
            while (k >= 0 && matched > 0) {
                Token t = doc.token(k);
                if (t.isWord() && t.isCapitalized() && !t.isAllCaps()) {
                    if (t.text().charAt(0) != letters.charAt(matched - 1)) {
                        break;
                    }
                    matched--;
                } else if (!Set.of("of", "for", "in", "and", "on").contains(t.text())) {
                    break;
                }
                if (matched > 0) {
                    k--;
                }
            }
            Candidate name = candidates.get(i);
            if (matched > 0 || k < 0 || k >= name.from || !doc.token(k).isCapitalized()
                    || doc.sentenceOf(k) != doc.sentenceOf(open)) {
                continue;
            }
            int first = i;
            while (first > 0 && candidates.get(first - 1).from >= k) {
                first--;
            }
            if (candidates.get(first).from != k) {
                continue; // the stretch would cut a name found before it
            }
            Candidate whole = new Candidate(doc, k, open, NameText.collapseSpaces(doc.text(k, open)), List.of(),
                    candidates.get(first).initial);
            whole.type = EntityType.ORGANIZATION;
            candidates.subList(first, i + 1).clear();
            candidates.add(first, whole);
            i = first;
        }
    }

    /** "European Union (EU)": the acronym in brackets names the same thing as the name before it. */
    private static void linkAcronyms(TextDocument doc, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate name = candidates.get(i);
            Candidate acronym = candidates.get(i + 1);
            if (acronym.from == name.to + 1 && doc.token(name.to).is("(") && acronym.to < doc.size()
                    && doc.token(acronym.to).is(")") && isAcronym(acronym.text)
                    && name.words() >= 2 && acronym.canonical == null) {
                acronym.linked = name;
                if (name.type == null) {
                    name.type = EntityType.ORGANIZATION;
                }
                acronym.type = name.type;
            }
        }
        // Every other use of a defined acronym names the same thing.
        for (Candidate c : candidates) {
            if (c.linked != null && isAcronym(c.text)) {
                for (Candidate other : candidates) {
                    if (other != c && other.linked == null && other.canonical == null && other.text.equals(c.text)) {
                        other.linked = c.linked;
                        other.type = c.type;
                    }
                }
            }
        }
    }

    // ---- 3. document level ---------------------------------------------------------------------------

    private void resolveInDocument(TextDocument doc, List<Candidate> candidates) {
        Set<String> singles = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.words() == 1) {
                singles.add(c.text);
            }
        }
        for (Candidate c : candidates) {
            if (c.type != null) {
                continue;
            }
            boolean nameShaped = c.words() >= 2 && c.words() <= 4 && looksLikePersonalName(c);
            if (followsOrgNoun(doc, c) || isFounded(doc, c) || worksAt(doc, c) || beforeCorporateTitle(doc, c)
                    || hasOrgNounApposition(doc, c) || afterCorporateTitleOf(doc, c)) {
                c.type = EntityType.ORGANIZATION;
                c.byContext = true;
            } else if (isDateline(doc, c) || c.words() <= 3 && looksLikePersonalName(c) && beforePluralPlaceNoun(doc, c)) {
                c.type = EntityType.LOCATION;
                c.byContext = true;
            } else if (nameShaped && (followsRoleWord(doc, c) || hasRoleApposition(doc, c)
                    || followsPlacePossessive(doc, c, candidates))) {
                c.type = EntityType.PERSON;
            } else if (nameShaped && namesAPlace(c) && speaks(doc, c)) {
                c.type = EntityType.ORGANIZATION; // "Tennis Australia said": a body named after its country
            } else if (nameShaped && (speaks(doc, c) || singles.contains(c.lastWord()))) {
                c.type = EntityType.PERSON;
            } else if (c.to + 1 < doc.size() && lang.isPlaceNoun(doc.token(c.to).text())
                    && !doc.token(c.to + 1).lower().equals("of") && looksLikePersonalName(c)) {
                c.type = EntityType.LOCATION; // "the Bicol region", "the Atacama desert"
            } else if (c.words() <= 3 && c.from > 0 && doc.token(c.from - 1).lower().equals("the") && c.to < doc.size()
                    && doc.token(c.to).isWord() && !doc.token(c.to).isCapitalized() && lang.isOrgNoun(doc.token(c.to).text())
                    && looksLikePersonalName(c) || c.words() <= 3 && isAcronym(c.text) && c.to < doc.size()
                    && lang.isOrgNoun(doc.token(c.to).text()) && !doc.token(c.to).isCapitalized()) {
                // "the Verdi union", "the FNV union": a name before a noun for an organization names one.
                c.type = EntityType.ORGANIZATION;
            } else if (c.words() == 1 && c.from > 0 && doc.token(c.from - 1).lower().equals("the")
                    && c.text.length() > 4 && c.text.endsWith("s") && !c.text.endsWith("ss") && !c.text.endsWith("us")
                    && !c.text.contains("-") && !isAcronym(c.text) && !continuesAsName(doc, c.to)) {
                // "the Rangers", "the Beatles": a capitalized plural after "the" is a group.
                c.type = EntityType.ORGANIZATION;
            } else if (c.words() == 1 && c.from > 1 && PLACE_PREPOSITIONS.contains(doc.token(c.from - 1).text())
                    && !doc.token(c.from - 2).isCapitalized() && looksLikePersonalName(c) && !continuesAsName(doc, c.to)
                    && !(c.to < doc.size() && isApostrophe(doc.token(c.to)))) {
                // ("in Corvex's Dublin office": an owner, not a place)
                // "in Zhovtyi", "near Tartus": an unknown name after a preposition of place is a place.
                c.type = EntityType.LOCATION;
            }
        }
        linkShortOrganizationNames(doc, candidates);
        // One surface, one type: "Rangers" typed once types every "Rangers".
        Map<String, Candidate> typed = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type != null && c.type != EntityType.MISC) {
                typed.putIfAbsent(c.text, c);
            }
        }
        for (Candidate c : candidates) {
            Candidate same = typed.get(c.text);
            if (c.type == null && same != null) {
                c.type = same.type;
                c.canonical = same.canonical;
                c.contextual = same.contextual;
            }
        }
        typeClubsAfterTheirShortName(candidates);
        Map<String, List<Candidate>> bySurname = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type == EntityType.PERSON && c.words() >= 2) {
                bySurname.computeIfAbsent(c.surname(lang), w -> new ArrayList<>()).add(c);
                // "Park Min-jae", "Moon Jae-in": a given name of two syllables joined by a hyphen, the second in
                // lower case, is Korean, written after the family name.
                boolean familyNameFirst = c.words() == 2 && c.lastWord().matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
                if (c.words() == 2 && (familyNameFirst || lang.isSurname(c.firstWord()) && !lang.isGivenName(c.firstWord())
                        && !lang.isSurname(c.lastWord()))) {
                    bySurname.computeIfAbsent(c.firstWord(), w -> new ArrayList<>()).add(c); // "Zheng" of "Zheng Qinwen"
                }
            }
        }
        Set<String> nonInitial = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.initial) {
                nonInitial.add(c.text);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        candidates.forEach(c -> counts.merge(c.text, 1, Integer::sum));
        // What the text says about a name types it even where it opens every sentence it is in.
        Set<String> byContext = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.byContext) {
                byContext.add(c.text);
            }
        }
        Map<String, List<Candidate>> byGivenName = givenNamesOfSharedSurnames(bySurname);
        Map<String, Candidate> calledBySurname = new HashMap<>();
        for (Candidate c : candidates) {
            List<Candidate> named = bySurname.containsKey(c.text) ? bySurname.get(c.text) : byGivenName.get(c.text);
            if (c.words() == 1 && c.linked == null && named != null
                    && (bySurname.containsKey(c.text) || named.get(0).from < c.from) && (c.canonical == null || c.type != EntityType.PERSON)) {
                c.type = EntityType.PERSON;
                c.canonical = null;
                c.contextual = false;
                Candidate called = calledBySurname.get(c.text);
                // Of two people who share a surname, the text keeps it for the one it already calls so.
                c.linked = called != null ? called : nearestBefore(doc, named, c);
                calledBySurname.put(c.text, c.linked);
                continue;
            }
            if (c.type == null) {
                if (c.words() == 1 && c.initial && !nonInitial.contains(c.text)) {
                    c.dropped = true;
                } else if (c.words() >= 2 || counts.get(c.text) >= 2) {
                    c.type = EntityType.MISC;
                } else {
                    c.dropped = true;
                }
            } else if (c.type != EntityType.PERSON && c.words() == 1 && c.initial && c.canonical == null
                    && c.linked == null && !nonInitial.contains(c.text) && !isAcronym(c.text)
                    && !byContext.contains(c.text)) {
                c.dropped = true;
            }
        }
    }

    /**
     * "Marston City" where the text makes "Marston" an organization ("Marston manager Ian Hollis"): a name
     * that is a place only by its suffix is the organization its first word names.
     */
    private void typeClubsAfterTheirShortName(List<Candidate> candidates) {
        Set<String> organizations = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.words() == 1 && c.type == EntityType.ORGANIZATION) {
                organizations.add(c.text);
            }
        }
        for (Candidate c : candidates) {
            if (c.type == EntityType.LOCATION && c.canonical == null && c.words() == 2
                    && lang.isLocationSuffix(c.lastWord()) && organizations.contains(c.firstWord())) {
                c.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * "Teck" after "Teck Resources", "Mistral" after "Mistral AI": the first word of an organization named
     * by a word and its suffixes is that organization.
     */
    private void linkShortOrganizationNames(TextDocument doc, List<Candidate> candidates) {
        Map<String, Candidate> byFirstWord = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type == EntityType.ORGANIZATION && c.canonical == null && c.words() >= 2) {
                String[] words = c.words;
                boolean suffixes = true;
                for (int i = 1; i < words.length; i++) {
                    suffixes &= lang.isOrgSuffix(words[i]);
                }
                if (suffixes && !lang.isStopword(words[0]) && gazetteer.lookup(words[0]) == null) {
                    byFirstWord.putIfAbsent(words[0], c);
                }
            }
        }
        for (Candidate c : candidates) {
            Candidate org = c.words() == 1 ? byFirstWord.get(c.text) : null;
            if (org != null && (c.type == null || c.type == EntityType.MISC)) {
                c.type = EntityType.ORGANIZATION;
                c.linked = org;
            }
        }
        // "Tamar Dale" after "Tamar Dale Water", "Estrela" after "Estrela Azul": the opening words of an
        // organization's name, without the article a river or a region would take, are that organization.
        for (Candidate c : candidates) {
            if (c.type != null && c.type != EntityType.MISC || c.linked != null
                    || c.from > 0 && ARTICLES.contains(doc.token(c.from - 1).lower())) {
                continue;
            }
            for (Candidate org : candidates) {
                if (org.type == EntityType.ORGANIZATION && org.canonical == null && org.words() > c.words()
                        && org.from < c.from && org.text.startsWith(c.text + " ")) {
                    c.type = EntityType.ORGANIZATION;
                    c.linked = org;
                    break;
                }
            }
        }
    }

    /** Whether token {@code k} goes on with the name: a capitalized word, "of" or "in" ("Friends in Need"). */
    private static boolean continuesAsName(TextDocument doc, int k) {
        if (k >= doc.size()) {
            return false;
        }
        Token t = doc.token(k);
        return t.isWord() && (t.isCapitalized() || t.text().equals("of") || t.text().equals("in")
                || t.text().equals("for") || t.text().equals("and"));
    }

    /** Capitalized words only, none a stop word or acronym: the shape of a personal name. */
    private boolean looksLikePersonalName(Candidate c) {
        for (String word : c.words) {
            if (isAcronym(word) || lang.isStopword(word) || !Character.isUpperCase(word.charAt(0))
                    || NameText.hasDigit(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the name is a known place or a nationality ("Tennis Australia", "Deutsche Bahn"). */
    private boolean namesAPlace(Candidate c) {
        for (String word : c.words) {
            Gazetteer.Entry entry = gazetteer.lookup(word);
            if (entry != null && entry.type() == EntityType.LOCATION || lang.isDemonym(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Rain Newton-Smith, chief executive of the CBI,": a name followed by an apposition with a title. */
    private boolean hasRoleApposition(TextDocument doc, Candidate c) {
        if (c.to + 2 >= doc.size() || !doc.token(c.to).is(",")) {
            return false;
        }
        int k = c.to + 1;
        if (ARTICLES.contains(doc.token(k).lower())) {
            k++;
        }
        for (int j = k; j < Math.min(doc.size(), k + 3); j++) {
            Token t = doc.token(j);
            if (t.isWord() && !t.isCapitalized() && lang.isTitle(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "St Mary's", "Mary'": the possessive inside a name. */
    private static boolean isApostrophe(Token t) {
        return t.is("'s") || t.is("’s") || t.is("'") || t.is("’");
    }

    /**
     * "the law firm Brandtmoor", "the state-owned fund Nordvest": a name right after a noun for an
     * organization, in a noun phrase that opens with an article or a possessive.
     */
    private boolean followsOrgNoun(TextDocument doc, Candidate c) {
        if (c.from < 2 || lang.isGivenName(c.firstWord())) {
            return false;
        }
        Token noun = doc.token(c.from - 1);
        if (!noun.isWord() || noun.isCapitalized() || !lang.isOrgNoun(noun.text())) {
            return false;
        }
        for (int k = c.from - 2; k >= Math.max(0, c.from - 6); k--) {
            Token t = doc.token(k);
            if (ARTICLES.contains(t.lower()) || isApostrophe(t) || t.lower().equals("its")
                    || t.lower().equals("their")) {
                return true;
            }
            if (t.isCapitalized() && t.isWord() && !lang.isDemonym(t.text()) && opensSentence(doc, k)) {
                return true; // "Cloud software company Corvex will cut ...": a noun phrase without an article
            }
            if (!t.isWord() && !t.is("-") || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} is the first word of its sentence, or the first after a dateline's dash. */
    private static boolean opensSentence(TextDocument doc, int k) {
        int first = doc.sentenceStart(doc.sentenceOf(k));
        return k == first || k > first && (doc.token(k - 1).is("—") || doc.token(k - 1).is("–"));
    }

    /**
     * "HARROGATE, England —", "OSLO —": an unknown name in capitals that opens the text before a dash, or
     * before a comma and a dash, is the place the story was filed from.
     */
    private static boolean isDateline(TextDocument doc, Candidate c) {
        if (c.from != 0 || !NameText.isAllCapitals(c.text)) {
            return false;
        }
        for (int k = c.to; k < Math.min(doc.size(), c.to + 5); k++) {
            Token t = doc.token(k);
            if (t.is("—") || t.is("–") || t.is("-")) {
                return true;
            }
            if (k == c.to && !t.is(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Unite, the union, said", "Norvik, a Swedish fund,": a name in apposition with a noun for an organization. */
    private boolean hasOrgNounApposition(TextDocument doc, Candidate c) {
        if (c.to + 3 >= doc.size() || !doc.token(c.to).is(",") || !ARTICLES.contains(doc.token(c.to + 1).lower())) {
            return false;
        }
        for (int k = c.to + 2; k < Math.min(doc.size(), c.to + 6); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.isCapitalized() && !lang.isDemonym(t.text())) {
                return t.is(",") && k > c.to + 2 && lang.isOrgNoun(doc.token(k - 1).text());
            }
        }
        return false;
    }

    /** "Portuguese club X", "the Dutch bank X": a name after a noun for an organization and a nationality. */
    private boolean afterQualifiedOrgNoun(TextDocument doc, Candidate c) {
        if (c.from < 2) {
            return false;
        }
        Token noun = doc.token(c.from - 1);
        Token qualifier = doc.token(c.from - 2);
        return noun.isWord() && !noun.isCapitalized() && lang.isOrgNoun(noun.text()) && qualifier.isWord()
                && lang.isDemonym(qualifier.text());
    }

    /**
     * "the chief executive of Tamar Dale Water", "the chairman of Norbeck": an unknown name after a role
     * held inside an organization and "of" is that organization.
     */
    private boolean afterCorporateTitleOf(TextDocument doc, Candidate c) {
        // "the chief executive of Acme", "film critic of the Frankfurter Zeitung"
        int of = c.from >= 2 && doc.token(c.from - 1).lower().equals("the") ? c.from - 2 : c.from - 1;
        if (of < 1 || !doc.token(of).lower().equals("of") || lang.isGivenName(c.firstWord())) {
            return false;
        }
        for (int n = 1; n <= 3 && of - n >= 0; n++) {
            boolean lower = true;
            for (int j = of - n; j < of; j++) {
                lower &= doc.token(j).isWord() && !doc.token(j).isCapitalized();
            }
            if (lower && lang.isCorporateTitle(doc.text(of - n, of))) {
                return true;
            }
        }
        return false;
    }

    /** "Quellwerk, founded in Leipzig in 2015,": what was founded is an organization. */
    private static boolean isFounded(TextDocument doc, Candidate c) {
        return c.to + 2 < doc.size() && doc.token(c.to).is(",") && doc.token(c.to + 1).lower().equals("founded")
                && (doc.token(c.to + 2).lower().equals("in") || doc.token(c.to + 2).lower().equals("by"));
    }

    /**
     * "analysts at Kestrelmoor", "a pollster at Ipsos", "an analyst at Greyhill Research": an unknown name
     * after people named by their work and "at" is where they work, unless it opens with a given name.
     */
    private boolean worksAt(TextDocument doc, Candidate c) {
        if (c.words() > 1 && lang.isGivenName(c.firstWord()) || c.from < 2
                || !doc.token(c.from - 1).lower().equals("at")) {
            return false;
        }
        Token role = doc.token(c.from - 2);
        String w = role.lower();
        return role.isWord() && !role.isCapitalized()
                && (lang.isTitle(w) || w.endsWith("s") && lang.isTitle(w.substring(0, w.length() - 1)));
    }

    /**
     * "Vellora chief executive Dan Ruiz", "Vellora's chairman": an unknown name, not shaped like a
     * person's, before a role held inside an organization is that organization.
     */
    private boolean beforeCorporateTitle(TextDocument doc, Candidate c) {
        if (lang.isGivenName(c.firstWord())) {
            return false;
        }
        int k = c.to < doc.size() && isApostrophe(doc.token(c.to)) ? c.to + 1 : c.to;
        for (int n = 2; n >= 1; n--) {
            if (k + n > doc.size()) {
                continue;
            }
            boolean lower = true;
            for (int j = k; j < k + n; j++) {
                lower &= doc.token(j).isWord() && !doc.token(j).isCapitalized();
            }
            if (lower && lang.isCorporateTitle(doc.text(k, k + n))) {
                return true;
            }
        }
        return false;
    }

    /** "Serbia's Novak Djokovic": a name after a place's possessive. */
    private static boolean followsPlacePossessive(TextDocument doc, Candidate c, List<Candidate> candidates) {
        if (c.from < 2) {
            return false;
        }
        String possessive = doc.token(c.from - 1).text();
        if (!possessive.equalsIgnoreCase("'s") && !possessive.equalsIgnoreCase("’s")) {
            return false;
        }
        for (Candidate other : candidates) {
            if (other.to == c.from - 1) {
                return other.type == EntityType.LOCATION;
            }
        }
        return false;
    }

    /**
     * "goalkeeper Ana Ruiz", "spokesman John Kirby": a lower-case role word before the name, or before the
     * comma that opens the name's apposition ("the interim president, Amadou Keita,").
     */
    private boolean followsRoleWord(TextDocument doc, Candidate c) {
        int k = c.from - 1;
        if (k >= 1 && doc.token(k).is(",") && c.to < doc.size() && doc.token(c.to).is(",")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token before = doc.token(k);
        return before.isWord() && !before.isCapitalized() && lang.isTitle(before.lower());
    }

    /** "Ana Ruiz said", "said Ana Ruiz": the name is the subject of a speech verb. */
    private boolean speaks(TextDocument doc, Candidate c) {
        int next = c.to;
        if (doc.token(c.from).isAllCaps()) {
            return false;
        }
        while (next < doc.size() && isAdverb(doc.token(next))) {
            next++;
        }
        if (next < doc.size() && lang.isCueVerb(doc.token(next).lower()) && !doc.token(next).isCapitalized()) {
            return true;
        }
        // "told Sky Sports": after a cue whose object is the listener, the name is who was told, not a speaker.
        return c.from > 0 && lang.isCueVerb(doc.token(c.from - 1).lower())
                && !lang.isObjectCue(doc.token(c.from - 1).lower())
                && (c.to >= doc.size() || !doc.token(c.to).isWord() || !doc.token(c.to).isCapitalized());
    }

    /** Nouns that end in "-ly" like an adverb: "The family said" has a subject, not an adverb. */
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "assembly", "rally", "supply", "reply",
            "monopoly", "anomaly", "daily", "weekly", "monthly", "quarterly", "butterfly", "bully", "tally", "homily");

    static boolean isAdverb(Token t) {
        String w = t.lower();
        return (w.length() > 4 && w.endsWith("ly") && !t.isCapitalized() && !LY_NOUNS.contains(w)) || w.equals("also") || w.equals("then")
                || w.equals("later") || w.equals("previously") || w.equals("earlier") || w.equals("further")
                || w.equals("again") || w.equals("once") || w.equals("still") || w.equals("has") || w.equals("had")
                || w.equals("have") || w.equals("was") || w.equals("is") || w.equals("had") || w.equals("would")
                || w.equals("will") || w.equals("just") || w.equals("first");
    }

    /**
     * "Giulia Ferraro ... her son, Marco Ferraro ... Marco says": where people named in full share a surname,
     * the text tells them apart by given name, so a given name alone that only one of them has is that person.
     */
    private static Map<String, List<Candidate>> givenNamesOfSharedSurnames(Map<String, List<Candidate>> bySurname) {
        Map<String, List<Candidate>> byGivenName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<String, List<Candidate>> e : bySurname.entrySet()) {
            if (e.getValue().stream().map(p -> p.text).distinct().count() < 2) {
                continue;
            }
            for (Candidate p : e.getValue()) {
                List<Candidate> same = byGivenName.computeIfAbsent(p.firstWord(), w -> new ArrayList<>());
                if (!same.isEmpty() && !same.get(0).text.equals(p.text) || p.firstWord().equals(e.getKey())) {
                    ambiguous.add(p.firstWord());
                }
                same.add(p);
            }
        }
        byGivenName.keySet().removeAll(ambiguous);
        return byGivenName;
    }

    /**
     * The person named last before {@code c}; of people who share a surname, one the text does not introduce
     * as someone's relative ("her daughter, Karin Lund"): the relative is told apart by given name or by the
     * relation, the surname alone stays with the person the text is about.
     */
    private Candidate nearestBefore(TextDocument doc, List<Candidate> persons, Candidate c) {
        Candidate best = persons.get(0);
        Candidate bestOther = null;
        for (Candidate p : persons) {
            if (p.from < c.from) {
                best = p;
                if (!isIntroducedAsRelative(doc, p)) {
                    bestOther = p;
                }
            }
        }
        return bestOther != null ? bestOther : best;
    }

    /** "her son, Marco Ferraro": a name after a possessive, a relation and a comma. */
    private boolean isIntroducedAsRelative(TextDocument doc, Candidate p) {
        if (p.from < 3 || !doc.token(p.from - 1).is(",")) {
            return false;
        }
        Token relation = doc.token(p.from - 2);
        String owner = doc.token(p.from - 3).lower();
        return relation.isWord() && !relation.isCapitalized() && lang.pronounClass(relation.text()) == null
                && lang.genderOf(relation.lower()) != null && !lang.isTitle(relation.lower())
                && (owner.equals("his") || owner.equals("her") || owner.equals("their"));
    }

    /**
     * Roles a person is given by a role word right before the name ("coach Ana Ruiz") or in an apposition:
     * before the name, "the head of the German Federal
     * Intelligence Service, Bruno Kahl, warned"; after it, "Ana Ruiz, a senior analyst at Moody's,
     * said". The phrase needs an article or a title word at its start and a title or role word inside.
     */
    private void appositionRoles(TextDocument doc, Candidate person, List<Candidate> candidates) {
        if (followsRoleWord(doc, person) && !doc.token(person.from - 1).is(",")) {
            person.appositions.add(doc.token(person.from - 1).text()); // "manager Sean Dyche"
        }
        int before = person.from - 1;
        // "the Minister of Health, Dr. Ana Lis,": titles written before the name stand between it and the comma.
        while (before > 0 && !person.titles.isEmpty() && (doc.token(before).is(".") && before - 1 > 0
                && lang.isTitle(doc.token(before - 1).lower() + ".") || doc.token(before).isCapitalized()
                && lang.isTitle(doc.token(before).lower()))) {
            before -= doc.token(before).is(".") ? 2 : 1;
        }
        if (before > 0 && doc.token(before).is(",") && person.to < doc.size() && doc.token(person.to).is(",")) {
            int start = before - 1;
            int sentenceStart = doc.sentenceStart(doc.sentenceOf(person.from));
            while (start > sentenceStart && before - start < 12 && !doc.token(start - 1).is(",")
                    && (doc.token(start - 1).isWord() || isApostrophe(doc.token(start - 1)))
                    && !lang.isCueVerb(doc.token(start - 1).lower())) {
                start--;
            }
            addRole(doc, person, start, before);
        }
        int after = person.to;
        if (after + 2 < doc.size() && doc.token(after).is(",")) {
            int end = after + 1;
            int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(person.from));
            while (end < sentenceEnd && end - after < 16 && !doc.token(end).is(",") && (doc.token(end).isWord()
                    || doc.token(end).is("'s") || doc.token(end).is("’s") || doc.token(end).is("-"))) {
                end++;
            }
            if (end >= sentenceEnd || doc.token(end).is(",") || doc.token(end).is(".")) {
                addRole(doc, person, after + 1, end);
            }
        }
    }

    private void addRole(TextDocument doc, Candidate person, int from, int to) {
        if (to - from < 1) {
            return;
        }
        int k = from;
        Token relation = doc.token(k + 1);
        if (to - from == 2 && lang.pronounClass(doc.token(k).text()) != null
                && lang.pronounClass(relation.text()) == null && lang.genderOf(relation.lower()) != null) {
            // "Her son, Marco Ferraro,": a relative named so has the gender the relation tells.
            person.appositions.add(doc.text(k, to));
            return;
        }
        if (to - k > 2 && (doc.token(k).lower().equals("but") || doc.token(k).lower().equals("and"))) {
            k++; // "But the minister of health, Ana Lis,": the conjunction opens the sentence, not the role
        }
        int opening = k;
        if (ARTICLES.contains(doc.token(k).lower())) {
            k++;
        } else if (!lang.isTitle(doc.token(k).lower())) {
            return;
        }
        boolean role = false;
        for (int j = k; j < to; j++) {
            Token t = doc.token(j);
            if (j > k && (t.lower().equals("who") || t.lower().equals("which"))) {
                to = j; // "the mayor who is seeking a third term": the role ends where its clause begins
                break;
            }
            if (!t.isCapitalized() && lang.isCueVerb(t.lower()) || lang.pronounClass(t.text()) != null
                    || t.lower().equals("who") || t.lower().equals("which")) {
                return; // a clause, not a noun phrase
            }
            // "the Minister of Humanitarian Affairs": after an article, a title may be capitalized.
            role |= (!t.isCapitalized() || k > opening) && lang.isTitle(t.lower());
        }
        if (role && k < to) {
            person.appositions.add(NameText.collapseSpaces(doc.text(k, to)));
        }
    }

    // ---- 4. entities ---------------------------------------------------------------------------------

    /** An entity under construction. */
    private static final class Group {
        final EntityType type;
        String name;
        final Set<String> surfaces = new LinkedHashSet<>();
        final TreeSet<Span> mentions = new TreeSet<>(Comparator.comparingInt(Span::start));
        /** Titles and roles as first written, by their lower case. */
        final Map<String, String> roles = new LinkedHashMap<>();
        /** Names the text used outside context-only aliases, for the displayed name. */
        final Set<String> fullNames = new LinkedHashSet<>();
        boolean known;
        boolean confirmed;

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    private List<NamedEntity> group(List<Candidate> candidates) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Candidate, Group> assigned = new HashMap<>();
        // Full personal names first, longest first, so that "Vladimir Putin" is the name "Putin" joins.
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.dropped && c.type == EntityType.PERSON && c.linked == null) {
                persons.add(c);
            }
        }
        persons.sort(Comparator.comparingInt(Candidate::words).reversed());
        for (Candidate p : persons) {
            Group g = null;
            for (Group existing : groups.values()) {
                if (existing.type == EntityType.PERSON && isPartOf(p.text, existing.name)) {
                    g = existing;
                    break;
                }
            }
            if (g == null) {
                g = groups.computeIfAbsent("PERSON:" + p.text, k -> new Group(EntityType.PERSON, p.text));
            }
            assigned.put(p, g);
        }
        for (Candidate c : candidates) {
            if (c.dropped || assigned.containsKey(c)) {
                continue;
            }
            Group g;
            if (c.linked != null && assigned.containsKey(c.linked)) {
                g = assigned.get(c.linked);
            } else if (c.linked != null) {
                Candidate target = c.linked;
                String name = target.canonical != null ? target.canonical : target.text;
                EntityType type = target.type != null ? target.type : c.type;
                g = groups.computeIfAbsent(type + ":" + name, k -> new Group(type, name));
                assigned.put(target, g);
            } else {
                String name = c.canonical != null ? c.canonical : c.text;
                g = groups.computeIfAbsent(c.type + ":" + name, k -> new Group(c.type, name));
            }
            assigned.put(c, g);
        }
        for (Candidate c : candidates) {
            Group g = assigned.get(c);
            if (g == null || c.dropped) {
                continue;
            }
            g.mentions.add(new Span(c.start, c.end));
            g.surfaces.add(c.text);
            for (String role : c.titles) {
                g.roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
            }
            for (String role : c.appositions) {
                g.roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
            }
            if (c.canonical != null && c.type != EntityType.MISC) {
                g.known = true;
            }
            if (!c.contextual) {
                g.confirmed = true;
                g.fullNames.add(c.text);
            }
        }
        List<NamedEntity> entities = new ArrayList<>();
        for (Group g : groups.values()) {
            if (!g.confirmed || g.mentions.isEmpty()) {
                continue;
            }
            // A known thing keeps the id of its gazetteer name, the same in every article, and is named by
            // the fullest name this article uses ("U.S. Securities and Exchange Commission", "FBI").
            String name = g.name;
            if (g.known && !g.fullNames.isEmpty()) {
                name = "";
                for (String surface : g.fullNames) {
                    if (surface.length() > name.length()) {
                        name = surface;
                    }
                }
            }
            List<String> aliases = new ArrayList<>();
            for (String surface : g.surfaces) {
                if (!surface.equals(name)) {
                    aliases.add(surface);
                }
            }
            entities.add(new NamedEntity(EntityIds.of(g.type, g.name), name, g.type, aliases,
                    new ArrayList<>(g.mentions), new ArrayList<>(g.roles.values())));
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    /** Whether every word of {@code shorter} is a word of {@code longer}, their surnames equal. */
    private boolean isPartOf(String shorter, String longer) {
        String[] s = shorter.split(" ");
        String[] l = longer.split(" ");
        if (!surnameOf(s).equals(surnameOf(l))) {
            return false;
        }
        Set<String> words = Set.of(l);
        for (String w : s) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private String surnameOf(String[] words) {
        int last = words.length - 1;
        return last > 0 && lang.isNameSuffix(words[last]) ? words[last - 1] : words[last];
    }

}
