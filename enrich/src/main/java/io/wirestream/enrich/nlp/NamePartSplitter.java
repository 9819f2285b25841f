package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes candidate names of one part of a run of capitalized words: drops a common word that only opens the
 * sentence and a leading article, splits at titles (kept as the person's roles) and at a personal name that
 * ends a longer run, takes a nationality off the front, and splits a sequence of known names into them.
 */
final class NamePartSplitter {

    private static final Set<String> OPENING_MARKS = Set.of("\"", "“", "„", "«", "‘", "'", "(", "[", ":", "-",
            "–", "—");

    /** Heads of the names of a government's departments. */
    private static final Set<String> MINISTRIES = Set.of("Ministry", "Department");

    private final LanguageData lang;
    private final Gazetteer gazetteer;
    private final KnownNames known;

    NamePartSplitter(LanguageData lang, Gazetteer gazetteer, KnownNames known) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.known = known;
    }

    /** Strips stop words and articles at the start, then splits at titles and demonyms. */
    void addPart(TextDocument doc, int a, int b, int firstWord, List<NameCandidate> out) {
        if (a >= b) {
            return;
        }
        if (known.knownName(doc.text(a, b)) == null) {
            Token opener = doc.token(a);
            // "Mr Raj Patel said": a title that is also a stop word stays, so the person keeps it as a role.
            // "New South Wales Premier Ann Cole said": a known name of two words or more opening the run keeps its first.
            if (isInitial(doc, a, firstWord) && !opensKnownName(doc, a, b) && (lang.isStopword(opener.lower()) && !known.isKnownAbbreviation(opener)
                    && !(lang.isTitle(opener.lower()) && b - a > 1)
                    || b - a > 1 && !lang.isGivenName(opener.text()) && titleEnd(doc, a, b) < 0
                    && !lang.isParticle(opener.lower()) // "Van Dijk said": a surname's particle
                    && (opener.lower().endsWith("ing")
                    || lowerWords(doc).contains(opener.lower())))) {
                // "During ...", "Meeting Eze": a sentence opens with a common word, not a name.
                a++;
            }
            while (a < b && NameContextWords.ARTICLES.contains(doc.token(a).lower())) {
                a++;
            }
            if (b - a > 1 && lang.isNameModifier(doc.token(a).text()) && titleEnd(doc, a, b) < 0
                    && doc.token(a + 1).isCapitalized()) {
                a++; // "the Opposition Labour Party", "Senior Labour figures": a side or rank, no part of the name
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
            if (titleEnd < 0 || k > a && isOfOrFor(doc.token(k - 1))) {
                // "Ministry of Justice", "Office of Chief Counsel": a title right after "of" is what the body
                // does, no person's
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

    /** Whether a known name of two words or more starts at token {@code a} and ends before {@code b}. */
    private boolean opensKnownName(TextDocument doc, int a, int b) {
        for (int j = b; j > a + 1; j--) {
            if (known.knownName(doc.text(a, j)) != null) {
                return true;
            }
        }
        return false;
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
                    if (!(w.isWord() && (w.isCapitalized() && !w.isAllCaps() || lang.isParticle(w.text())
                            || lang.isParticleCompound(w.text())))) {
                        return -1;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    private static boolean isOfOrFor(Token t) {
        return t.text().equals("of") || t.text().equals("for");
    }

    /** The end of the longest title starting at token {@code k} (before {@code b}), or -1. */
    private int titleEnd(TextDocument doc, int k, int b) {
        if (!doc.token(k).isCapitalized()) {
            return -1;
        }
        if (k + 2 < b && doc.token(k).isWord() && !doc.token(k).isAllCaps() && (gazetteer.lookup(doc.token(k).text()) == null
                || isDepartmentBeforeSecretary(doc, k))
                && !lang.isDemonym(doc.token(k).text()) && lang.isPortfolioTitle(doc.token(k + 1).lower())
                && gazetteer.lookup(doc.text(k, b)) == null && !opensLongerTitle(doc, k + 1, b)) {
            return k + 2; // "Energy Minister", "Transport Secretary": the portfolio belongs to the title
        }
        if (k + 1 < b && isDescriptiveCompound(doc.token(k))) {
            return k + 1; // "Mother-of-two Ann Cole": a description of the person, no part of the name
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

    /**
     * "Labor Secretary Julie Su", "Treasury Secretary Ann Cole": a one-word name of a body before "Secretary"
     * names the department the secretary heads, part of the title ("Labour MP Ann Cole" names the party).
     */
    private boolean isDepartmentBeforeSecretary(TextDocument doc, int k) {
        Gazetteer.Entry entry = gazetteer.lookup(doc.token(k).text());
        return entry != null && entry.type() == io.wirestream.core.record.EntityType.ORGANIZATION
                && doc.token(k + 1).text().equals("Secretary");
    }

    /**
     * Whether a title of two words or more starts at token {@code k}: "Acme Chief Executive Ann Cole" has the
     * title "Chief Executive" after the organization, not the portfolio title "Acme Chief".
     */
    private boolean opensLongerTitle(TextDocument doc, int k, int b) {
        for (int n = Math.min(lang.longestTitle(), b - k); n >= 2; n--) {
            if (lang.isTitle(NameText.collapseSpaces(doc.text(k, k + n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mother-of-two", "Father-of-three": a capitalized compound whose later parts are in lower case and
     * joined by "of" describes a person; a name's hyphenated parts are capitalized ("Newton-Smith").
     */
    private static boolean isDescriptiveCompound(Token t) {
        String w = t.text();
        int of = w.indexOf("-of-");
        if (!t.isCapitalized() || of < 1) {
            return false;
        }
        for (int i = of; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A title as written, spaces collapsed and without an abbreviation's dot ("Gen." is "Gen"). */
    private static String asRole(String title) {
        String t = NameText.collapseSpaces(title);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private void addName(TextDocument doc, int a, int b, int firstWord, List<String> titles, List<NameCandidate> out) {
        while (b > a && doc.token(b - 1).is(".")) {
            b--;
        }
        if (a >= b) {
            return;
        }
        String text = NameText.collapseSpaces(doc.text(a, b));
        if (b - a == 1 && lang.isStopword(text) && !known.isKnownAbbreviation(doc.token(a))) {
            return;
        }
        // "Russian President Vladimir Putin" lost its title already; "Russian Vladimir Putin" loses the demonym.
        if (b - a > 1 && titles.isEmpty() && gazetteer.lookup(text) == null
                && !lang.isOrgSuffix(doc.token(b - 1).text()) && !headedByOrgSuffixBeforeOf(doc, a, b)) {
            int demonymEnd = -1;
            if (lang.isDemonym(doc.text(a, a + 1))) {
                demonymEnd = a + 1;
            }
            if (b - a > 2 && lang.isDemonym(NameText.collapseSpaces(doc.text(a, a + 2)))) {
                demonymEnd = a + 2;
            }
            if (demonymEnd == a + 1 && NameText.COMPASS_WORDS.contains(doc.token(a).text())
                    && isKnownPlace(NameText.collapseSpaces(doc.text(a + 1, b)))) {
                demonymEnd = -1; // "Western Kenya": a part of a place, not the West's
            }
            if (demonymEnd == a + 1 && NameTyper.demonymOpensPlace(lang, gazetteer, doc, a, b)) {
                demonymEnd = -1; // "in Indian Wells": one place's name
            }
            if (demonymEnd > 0 && demonymEnd < b) {
                out.add(new NameCandidate(doc, a, demonymEnd, NameText.collapseSpaces(doc.text(a, demonymEnd)),
                        List.of(), isInitial(doc, a, firstWord)));
                a = demonymEnd;
                text = NameText.collapseSpaces(doc.text(a, b));
            }
        }
        if (b - a > 1 && titles.isEmpty() && lang.isDemonym(doc.token(b - 1).text())
                && isKnownPlace(NameText.collapseSpaces(doc.text(a, b - 1)))) {
            // "a Minnesota Democrat", "Texas Republicans": a party's members or a people of a known place
            out.add(new NameCandidate(doc, a, b - 1, NameText.collapseSpaces(doc.text(a, b - 1)), List.of(),
                    isInitial(doc, a, firstWord)));
            out.add(new NameCandidate(doc, b - 1, b, doc.token(b - 1).text(), List.of(), false));
            return;
        }
        if (b - a == 2 && titles.isEmpty() && isBranchPlace(doc, a)) {
            // "the Padstow RNLI lifeboat": a local branch of a known body, named after its place
            out.add(new NameCandidate(doc, a, a + 1, doc.token(a).text(), List.of(), isInitial(doc, a, firstWord)));
            out.add(new NameCandidate(doc, a + 1, b, doc.token(a + 1).text(), List.of(), false));
            return;
        }
        if (b - a > 1 && titles.isEmpty() && segmentByGazetteer(doc, a, b, firstWord, out)) {
            return;
        }
        out.add(new NameCandidate(doc, a, b, text, titles, isInitial(doc, a, firstWord)));
    }

    /**
     * Whether token {@code a} is an unknown one-word name, no person's, right before the acronym of a known
     * organization ("Padstow RNLI", "Tenby RNLI"): the place of one of its local branches.
     */
    boolean isBranchPlace(TextDocument doc, int a) {
        if (a + 1 >= doc.size()) {
            return false;
        }
        Token place = doc.token(a);
        Token acronym = doc.token(a + 1);
        Gazetteer.Entry body = gazetteer.lookup(acronym.text());
        String w = place.text();
        return body != null && body.type() == io.wirestream.core.record.EntityType.ORGANIZATION && !body.contextual()
                && acronym.isAllCaps() && acronym.text().length() >= 3 && place.isWord() && place.isCapitalized()
                && !place.isAllCaps() && !w.contains("-") && gazetteer.lookup(w) == null && !lang.isGivenName(w)
                && !lang.isSurname(w) && !lang.isDemonym(w) && !lang.isStopword(w.toLowerCase(java.util.Locale.ROOT))
                && !lang.isTitle(w.toLowerCase(java.util.Locale.ROOT)) && !lang.isOrgSuffix(w)
                && !doc.lowerCaseWords().contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private boolean isKnownPlace(String name) {
        Gazetteer.Entry entry = gazetteer.lookup(name);
        return entry != null && entry.type() == io.wirestream.core.record.EntityType.LOCATION && !entry.contextual();
    }

    /**
     * "Norwegian University of Science and Technology": a name whose word before its first "of" or "for" ends
     * an organization's name keeps the nationality that opens it, but for a ministry or department.
     */
    private boolean headedByOrgSuffixBeforeOf(TextDocument doc, int a, int b) {
        for (int k = a + 2; k < b; k++) {
            String w = doc.token(k).text();
            if (w.equals("of") || w.equals("for")) {
                // but "the Dutch Ministry of Justice": a country's ministries are named without its nationality
                return lang.isOrgSuffix(doc.token(k - 1).text()) && !MINISTRIES.contains(doc.token(k - 1).text());
            }
        }
        return false;
    }

    /**
     * Splits a name that is a sequence of known names ("Reuters NATO") into them, longest first; a name
     * with a suffix of its own or any unknown part is left whole.
     */
    private boolean segmentByGazetteer(TextDocument doc, int a, int b, int firstWord, List<NameCandidate> out) {
        if (gazetteer.lookup(doc.text(a, b)) != null || lang.isOrgSuffix(doc.token(b - 1).text())
                || known.isBranchOfOrganization(NameText.collapseSpaces(doc.text(a, b)).split(" "))
                || NameTyper.opensWithForeignPlacePrefix(lang, NameText.collapseSpaces(doc.text(a, b)).split(" "))
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
        if (segments.size() < 2 || b - a == 2 && lang.isGivenName(doc.token(a).text()) && !doc.token(a).isAllCaps()
                && !doc.token(b - 1).isAllCaps() && isKnownPlace(doc.token(b - 1).text())) {
            // "Jordan Houston": a given name before a place is a person's, not two places side by side
            return false;
        }
        for (int[] seg : segments) {
            out.add(new NameCandidate(doc, seg[0], seg[1], NameText.collapseSpaces(doc.text(seg[0], seg[1])), List.of(),
                    isInitial(doc, seg[0], firstWord)));
        }
        return true;
    }

    /** The words the text writes in lower case: capitalized at a sentence start they are no names. */
    private static Set<String> lowerWords(TextDocument doc) {
        return doc.lowerCaseWords();
    }

    /** Whether token {@code k} opens its sentence, or a quotation or clause inside it. */
    static boolean isInitial(TextDocument doc, int k, int firstWord) {
        return k == firstWord || (k > 0 && OPENING_MARKS.contains(doc.token(k - 1).text()));
    }
}
