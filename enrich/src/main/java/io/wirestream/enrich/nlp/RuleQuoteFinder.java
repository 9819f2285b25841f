package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first quote finder: the common forms of English news, by rules over tokens.
 *
 * <ul>
 *   <li>Direct, in quotation marks ({@code "straight"}, {@code “curly”}, {@code „low-high“},
 *       {@code «guillemets»}), attributed by the cue next to the closing mark ({@code ," said Bauer},
 *       {@code ," he said}), else by the last cue before the opening mark in the sentence
 *       ({@code Heyward said: "...}), else by a cue and colon that end the paragraph before, else to the
 *       speaker of the quote before it in the paragraph.
 *       An unattributed quotation needs four words and must not look like a title.</li>
 *   <li>Direct, introduced by a dash and attributed after a closing dash
 *       ({@code - It is smarter ... - said Bauer.}).</li>
 *   <li>Direct, introduced by a colon after a named speaker and cue ({@code Putin said: ...}).</li>
 *   <li>Unmarked, with the attribution after the words ({@code At the moment, ..., said Rob Bauer}).</li>
 *   <li>Indirect: the clause after a cue verb with a subject ({@code Bauer said that ...},
 *       {@code He added that ...}); {@code according to X}, before or after the clause;
 *       {@code In his opinion, ...}.</li>
 * </ul>
 * Where forms overlap, quotation marks and dashes win over the others; the same words quoted twice (a
 * headline repeating a quote) are one quote.
 */
public final class RuleQuoteFinder implements QuoteFinder {

    private static final int MARKED = 0;
    private static final int UNMARKED = 1;
    private static final int REPORTED = 2;
    private static final int MAX_ATTRIBUTION_TOKENS = 10;
    private static final String DASHES = "-–—";
    private static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "it", "they", "we", "i", "you",
            "there", "this", "these", "those", "the", "a", "an", "his", "her", "their", "its", "our", "my",
            "some", "many", "most", "all", "no", "one", "any", "every", "each", "both", "several", "nobody",
            "nothing", "everyone", "everything", "such", "another", "other", "more", "fewer", "less", "whether", "if");
    /** Words that start a clause or a verb phrase, so cannot be inside the subject of a closing cue. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("that", "which", "who", "and", "but", "or", "to",
            "not", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "when",
            "while", "because", "after", "before", "if", "as");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "could",
            "should", "can", "may", "might", "must", "had", "has", "have", "did", "does", "do", "shall");
    private static final Set<String> PARENTHETICALS = Set.of("however", "though", "too", "meanwhile", "instead",
            "nevertheless", "moreover", "furthermore");
    private static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the");
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "remains",
            "remained");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "while", "whereas");
    private static final Set<String> OPINION_NOUNS = Set.of("opinion", "view", "words", "assessment",
            "estimation", "judgment", "judgement", "understanding");
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", "!", "?", ";", "“", "”", "\"", "«", "»", "„", "‘", "‹", "›",
            "(", ")");

    private final LanguageData lang;

    public RuleQuoteFinder(LanguageData lang) {
        this.lang = lang;
    }

    /** A quote found by one of the rules, with its rule's priority. */
    private record Found(QuoteCandidate quote, int priority) {
    }

    @Override
    public List<QuoteCandidate> find(TextDocument doc, List<NamedEntity> entities) {
        Names names = new Names(doc, entities);
        List<Found> found = new ArrayList<>();
        quotationMarks(doc, names, found);
        dashQuotes(doc, names, found);
        for (int s = 0; s < doc.sentences().size(); s++) {
            colonQuote(doc, names, s, found);
            unmarked(doc, names, s, found);
            reported(doc, names, s, found);
            accordingTo(doc, names, s, found);
            inOpinion(doc, s, found);
        }
        return resolve(doc, found);
    }

    // ---- quotation marks ----------------------------------------------------------------------------

    private void quotationMarks(TextDocument doc, Names names, List<Found> found) {
        String text = doc.text();
        QuoteMarks marks = lang.quoteMarks();
        int p = 0;
        SpeakerRef carried = null;
        String carriedCue = null;
        while (p < text.length()) {
            int end = doc.paragraphEnd(p);
            // A paragraph that opens with a quotation may continue the quote of the paragraph before.
            int first = firstNonSpace(text, p, end);
            boolean opensWithQuote = first < end && marks.isOpener(text.charAt(first));
            SpeakerRef previous = opensWithQuote ? carried : null;
            String previousCue = opensWithQuote ? carriedCue : null;
            int open = -1;
            char mark = 0;
            for (int i = p; i <= end; i++) {
                if (open < 0) {
                    if (i < end && marks.opensAt(text, i)) {
                        open = i;
                        mark = text.charAt(i);
                    }
                    continue;
                }
                if (i == end) {
                    // A quotation over several paragraphs: an opening mark at each, the closing one at the end.
                    int next = nextParagraphStart(text, end);
                    if (next < text.length() && text.charAt(next) == mark) {
                        end = doc.paragraphEnd(next);
                        i = next;
                        continue;
                    }
                    if (marks.mustClose(mark)) {
                        break;
                    }
                } else if (!marks.closesAt(text, i, mark)) {
                    continue;
                }
                Found q = quoted(doc, names, open, i, i == end ? end : i + 1, previous, previousCue);
                if (q != null) {
                    found.add(q);
                    if (q.quote().speaker().kind() != SpeakerRef.Kind.NONE) {
                        previous = q.quote().speaker().kind() == SpeakerRef.Kind.PREVIOUS ? previous : q.quote().speaker();
                        previousCue = q.quote().cue();
                    }
                }
                open = -1;
            }
            if (first < end) {
                carried = endsWithQuote(text, p, end) ? previous : null;
                carriedCue = previousCue;
            }
            p = end + 1;
        }
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first character of the next paragraph that has one after the line break at {@code end}. */
    private static int nextParagraphStart(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsWithQuote(String text, int from, int to) {
        String paragraph = text.substring(from, to).strip();
        return !paragraph.isEmpty() && "”\"»“’'›".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0
                || paragraph.endsWith("said.") || paragraph.endsWith("says.");
    }

    /** The quote between the mark at {@code open} and the one at {@code close}, attributed, or null. */
    private Found quoted(TextDocument doc, Names names, int open, int close, int after, SpeakerRef previous,
                         String previousCue) {
        int[] span = trim(doc.text(), open + 1, close);
        if (span == null) {
            return null;
        }
        int words = words(doc.text(), span[0], span[1]);
        int next = doc.tokenAtOrAfter(after);
        // "Ruiz told a news conference: “We deserved more.” Her captain agreed.": the colon announces it.
        Attribution attribution = afterColon(doc.text(), open) ? attributionBefore(doc, names, doc.tokenAtOrAfter(open))
                : null;
        if (attribution == null && next < doc.size() && doc.paragraphEnd(after) > doc.token(next).start()) {
            attribution = attributionAfter(doc, names, next);
        }
        if (attribution == null) {
            attribution = attributionBefore(doc, names, doc.tokenAtOrAfter(open));
        }
        if (attribution == null) {
            attribution = introducedByColon(doc, names, open);
        }
        if (attribution == null && previous != null) {
            attribution = new Attribution(previousCue, SpeakerRef.PREVIOUS);
        }
        if (attribution == null) {
            if (words < 5 || looksLikeTitle(doc.text(), span[0], span[1]) || isHeading(doc, open, close)) {
                return null;
            }
            return found(span, QuoteKind.DIRECT, null, SpeakerRef.NONE, MARKED);
        }
        if (words < 2) {
            return null;
        }
        return found(span, QuoteKind.DIRECT, attribution.cue(), attribution.speaker(), MARKED);
    }

    /** Whether a colon stands right before the quotation mark at {@code open}. */
    private static boolean afterColon(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /**
     * {@code Ruiz said in a statement:} closing one paragraph and a quotation opening the next: the quotation
     * is what the colon announces.
     */
    private Attribution introducedByColon(TextDocument doc, Names names, int open) {
        String text = doc.text();
        int paragraph = doc.paragraphStart(open);
        if (firstNonSpace(text, paragraph, open) != open) {
            return null;
        }
        int colon = paragraph - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon < 0 || text.charAt(colon) != ':') {
            return null;
        }
        return attributionBefore(doc, names, doc.tokenAtOrAfter(colon));
    }

    /** A cue and the reference to its speaker. */
    private record Attribution(String cue, SpeakerRef speaker) {
    }

    /**
     * The attribution right after a quotation or dash: {@code said Bauer}, {@code said the admiral},
     * {@code Bauer said}, {@code he later added}, {@code ESA planetary scientist Ana Ruiz said},
     * {@code officers announced} (a cue without a named speaker).
     */
    private Attribution attributionAfter(TextDocument doc, Names names, int t) {
        while (t < doc.size() && (doc.token(t).is(",") || isDash(doc.token(t)))) {
            t++;
        }
        if (t >= doc.size() || doc.token(t).is(".") || doc.token(t).is("?") || doc.token(t).is("!")) {
            return null; // "accused him of 'hiding behind spreadsheets'. Mr Patel said ...": the sentence ended
        }
        int limit = Math.min(doc.size(), t + MAX_ATTRIBUTION_TOKENS);
        int apposed = ARTICLE_WORDS.contains(doc.token(t).lower()) ? personAfterPossessiveRole(doc, names, t + 1,
                doc.size()) : -1;
        if (apposed >= 0) {
            // "the board's chair, Dr. Ana Lis, told reporters": the cue comes after the name in apposition.
            limit = Math.min(doc.size(), names.lastTokenOfMentionAt(apposed) + 4);
        }
        int relative = relativeClauseAfterName(doc, names, t);
        if (relative > 0) {
            // "Haruna, who lives with his cousins, said": the cue comes after the relative clause.
            limit = Math.min(doc.size(), relative + 4);
        }
        int cue = -1;
        for (int k = t; k < limit; k++) {
            boolean titleDot = doc.token(k).is(".") && lang.isTitle(doc.token(k - 1).lower() + "."); // "Dr."
            if (k > t && (CLAUSE_BREAKS.contains(doc.token(k).text()) && !titleDot || doc.lineBreakBetween(k - 1, k))) {
                limit = k;
                break;
            }
            if (cue < 0 && isCue(doc.token(k))) {
                cue = k;
            }
        }
        if (cue < 0 || cue >= limit) {
            return null;
        }
        String word = cueText(doc, cue);
        if (cue == t) {
            SpeakerRef ref = lang.isObjectCue(doc.token(cue).text()) ? null : speakerAfter(doc, names, t + 1, limit);
            if (ref != null) {
                return new Attribution(word, ref);
            }
            // '"..." announced in May, said Ana Ruiz': the attribution follows a comma.
            for (int k = t + 2; k < limit; k++) {
                if (doc.token(k - 1).is(",") && isCue(doc.token(k)) && !lang.isObjectCue(doc.token(k).text())) {
                    SpeakerRef later = speakerAfter(doc, names, k + 1, limit);
                    return later == null ? null : new Attribution(cueText(doc, k), later);
                }
            }
            return null;
        }
        for (int k = t; k < cue; k++) {
            if (doc.token(k).lower().equals("that") || doc.token(k).lower().equals("which")) {
                return null; // a new clause, not a subject
            }
        }
        SpeakerRef ref = speakerBefore(doc, names, cue, t);
        if (ref == null && isParticiple(doc.token(cue)) && names.entityStartingAt(t) != null) {
            ref = nameStartingAt(doc, names, t); // '"...," Ruiz weighed in, telling Okafor'
        }
        return new Attribution(word, ref == null ? SpeakerRef.NONE : ref);
    }

    /**
     * "Haruna, who lives with his cousins, said": where a person's name at {@code t} is followed by
     * a comma and a relative clause with "who" that closes with a comma, that closing comma; else -1.
     */
    private static int relativeClauseAfterName(TextDocument doc, Names names, int t) {
        NamedEntity person = names.entityStartingAt(t);
        if (person == null || person.type() != EntityType.PERSON) {
            return -1;
        }
        int after = names.lastTokenOfMentionAt(t) + 1;
        if (after + 1 >= doc.size() || !doc.token(after).is(",") || !doc.token(after + 1).lower().equals("who")) {
            return -1;
        }
        for (int k = after + 2; k < Math.min(doc.size(), after + 30); k++) {
            Token w = doc.token(k);
            if (w.is(",")) {
                return k;
            }
            if (CLAUSE_BREAKS.contains(w.text()) || doc.lineBreakBetween(k - 1, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** The attribution before a quotation in its sentence: the last cue before it and that cue's subject. */
    private Attribution attributionBefore(TextDocument doc, Names names, int openToken) {
        if (openToken >= doc.size()) {
            return null;
        }
        int sentence = doc.sentenceOf(openToken);
        int from = doc.sentenceStart(sentence);
        for (int c = openToken - 1; c >= from; c--) {
            if (isCue(doc.token(c))) {
                SpeakerRef ref = subjectOfCue(doc, names, c, from, openToken);
                return ref == null ? null : new Attribution(cueText(doc, c), ref);
            }
        }
        return null;
    }

    // ---- dashes and colons ---------------------------------------------------------------------------

    private void dashQuotes(TextDocument doc, Names names, List<Found> found) {
        String text = doc.text();
        int p = 0;
        while (p < text.length()) {
            int end = doc.paragraphEnd(p);
            int start = p;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start + 1 < end && DASHES.indexOf(text.charAt(start)) >= 0 && text.charAt(start + 1) == ' ') {
                int bodyStart = start + 2;
                for (int d = end - 2; d > bodyStart; d--) {
                    if (DASHES.indexOf(text.charAt(d)) >= 0 && text.charAt(d - 1) == ' ' && text.charAt(d + 1) == ' ') {
                        Attribution attribution = attributionAfter(doc, names, doc.tokenAtOrAfter(d + 1));
                        int[] span = trim(text, bodyStart, d);
                        if (attribution != null && span != null && words(text, span[0], span[1]) >= 2) {
                            found.add(found(span, QuoteKind.DIRECT, attribution.cue(), attribution.speaker(), MARKED));
                            dashContinuation(doc, doc.tokenAtOrAfter(d + 1), end, attribution, found);
                            break;
                        }
                    }
                }
            }
            p = end + 1;
        }
    }

    /**
     * {@code - We are ready - said Bauer. - And we will stay ready.}: after the attribution's sentence, a
     * dash opens more words of the same speaker, to the end of the paragraph.
     */
    private static void dashContinuation(TextDocument doc, int attributionToken, int paragraphEnd,
                                         Attribution attribution, List<Found> found) {
        if (attributionToken >= doc.size()) {
            return;
        }
        String text = doc.text();
        int i = doc.sentences().get(doc.sentenceOf(attributionToken)).end();
        while (i < paragraphEnd && text.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 < paragraphEnd && DASHES.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
            int[] span = trim(text, i + 2, paragraphEnd);
            if (span != null && words(text, span[0], span[1]) >= 2) {
                found.add(found(span, QuoteKind.DIRECT, attribution.cue(),
                        attribution.speaker().kind() == SpeakerRef.Kind.NONE ? SpeakerRef.NONE : SpeakerRef.PREVIOUS,
                        MARKED));
            }
        }
    }

    /** {@code Putin said: Russia will not ...}: the rest of the sentence after a named speaker's cue and colon. */
    private void colonQuote(TextDocument doc, Names names, int s, List<Found> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        for (int k = from + 1; k + 2 < end; k++) {
            if (isCue(doc.token(k)) && doc.token(k + 1).is(":") && !isOpeningMark(doc.token(k + 2))) {
                SpeakerRef ref = speakerBefore(doc, names, k, from);
                if (ref != null) {
                    addClause(doc, k + 2, end, QuoteKind.DIRECT, doc.token(k).lower(), ref, UNMARKED, found);
                }
                return;
            }
        }
    }

    /**
     * {@code At the moment, ..., said Rob Bauer in Brussels}, {@code ..., Ruiz said in the email},
     * {@code ..., people familiar with the talks say}: the words before the attribution.
     */
    private void unmarked(TextDocument doc, Names names, int s, List<Found> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        int first = from;
        while (first < end && !doc.token(first).isWord()) {
            first++;
        }
        if (s == 0) {
            first = afterDateline(doc, first, end);
        }
        if (opensWithPersonInApposition(doc, names, first, end)) {
            return; // "Dr. Peter Mwangi, an epidemiologist at ..., said": the words before the cue are its subject
        }
        for (int k = first + 4; k < end; k++) {
            if (!doc.token(k - 1).is(",")) {
                continue;
            }
            Attribution attribution = null;
            Token t = doc.token(k);
            if (isCue(t) && !isParticiple(t)) {
                // "..., a farmer, lamented the loss of his farm.": a verb that reports only before "that" takes
                // an object here, not an inverted subject.
                SpeakerRef ref = lang.isObjectCue(t.text()) || !lang.reportsWithoutThat(t.text()) ? null
                        : speakerAfter(doc, names, k + 1, end);
                if (ref != null && closesSentence(doc, doc.tokenAtOrAfter(ref.end()), end)) {
                    attribution = new Attribution(cueText(doc, k), ref);
                }
            } else {
                int cue = closingCue(doc, names, k, end);
                if (cue > 0) {
                    SpeakerRef ref = speakerBefore(doc, names, cue, k);
                    attribution = new Attribution(cueText(doc, cue), ref == null ? SpeakerRef.NONE : ref);
                }
            }
            if (attribution != null) {
                addClause(doc, first, k - 1, QuoteKind.DIRECT, attribution.cue(), attribution.speaker(), UNMARKED,
                        found, 5);
                return;
            }
        }
    }

    /** Whether the words from {@code first} are a person's name, after any titles, and a comma. */
    private boolean opensWithPersonInApposition(TextDocument doc, Names names, int first, int end) {
        int k = first;
        while (k < end && (doc.token(k).is(".")
                || doc.token(k).isCapitalized() && lang.isTitle(doc.token(k).lower()))) {
            k++;
        }
        return k < end && isPersonInApposition(doc, names, k, end);
    }

    /** "NEW YORK — Meridian will close ...": the words after a dateline that opens the text, else {@code first}. */
    private static int afterDateline(TextDocument doc, int first, int end) {
        if (first >= end || !doc.token(first).isAllCaps() || doc.token(first).text().length() < 2) {
            return first;
        }
        for (int j = first + 1; j < Math.min(end, first + 6); j++) {
            Token t = doc.token(j);
            if (t.is("—") || t.is("–")) {
                return j + 1;
            }
            if (!t.is(",") && !t.isCapitalized()) {
                return first;
            }
        }
        return first;
    }

    /**
     * Whether the sentence ends at token {@code k} or goes on with a circumstance only ("in Brussels",
     * "on Monday", ", pointing to ..."), not with a clause of its own ("said he would go").
     */
    private static boolean closesSentence(TextDocument doc, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token next = doc.token(k);
        return !next.isWord() || isPreposition(next) && !next.lower().equals("that") || next.lower().equals("last")
                || next.lower().equals("this") || next.lower().equals("when") || next.lower().equals("while");
    }

    /**
     * The cue of {@code , SUBJECT said.} starting at {@code k}: a subject of a few words without a clause
     * of its own, then a cue that ends the sentence or is followed only by a circumstance
     * ({@code in the email}, {@code on Tuesday}); -1 if there is none.
     */
    private int closingCue(TextDocument doc, Names names, int k, int end) {
        for (int c = k; c < Math.min(end, k + 12); c++) {
            Token t = doc.token(c);
            NamedEntity named = t.is(",") && c > k ? names.entityStartingAt(c + 1) : null;
            if (named != null && named.type() == EntityType.PERSON) {
                int after = names.lastTokenOfMentionAt(c + 1) + 1;
                if (after + 1 < end && doc.token(after).is(",") && isCue(doc.token(after + 1))) {
                    c = after; // "..., her daughter, Elsa Nyqvist, said.": the role, then the name in apposition
                    continue;
                }
            }
            if (t.is(",") || NOT_IN_SUBJECT.contains(t.lower()) || isOpeningMark(t)) {
                return -1;
            }
            if (isCue(t)) {
                if (c == k || isParticiple(t)) {
                    return -1;
                }
                Token before = doc.token(c - 1);
                if (before.is("'s") || before.is("’s") || before.is("'") || before.is("’")
                        || POSSESSIVES.contains(before.lower())
                        || ARTICLE_WORDS.contains(before.lower())) {
                    return -1; // "faulted the governor's claims": a noun after a possessive or article, no verb
                }
                int after = c + 1;
                if (lang.isObjectCue(t.text())) {
                    // "..., Ruiz told Okafor.": the listener comes before the end.
                    while (after < end && doc.token(after).isWord() && (doc.token(after).isCapitalized()
                            || after == c + 1 && !isPreposition(doc.token(after)))) {
                        after++;
                    }
                }
                Token next = after < end ? doc.token(after) : null;
                // "Speaking to reporters, he said: ...": a cue before a colon announces the words after it.
                boolean closes = next == null || !next.isWord() && !next.is(":")
                        || isPreposition(next) && !next.lower().equals("that")
                        || next.lower().equals("last") || next.lower().equals("this") || next.lower().equals("when")
                        || next.lower().equals("while") || next.lower().equals("via");
                return closes && !thatClauseAfter(doc, after, end) ? c : -1;
            }
        }
        return -1;
    }

    /**
     * "said in a speech that ...": a "that" after a short circumstance, before any comma, opens the clause the
     * cue reports, so the cue does not close the sentence.
     */
    private static boolean thatClauseAfter(TextDocument doc, int from, int end) {
        for (int j = from; j < Math.min(end, from + 7); j++) {
            Token t = doc.token(j);
            if (t.lower().equals("that")) {
                return j > from;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    // ---- reported speech -----------------------------------------------------------------------------

    /** {@code Bauer said that ...}, {@code He added that ...}, {@code Ruiz said prices will ...}. */
    private void reported(TextDocument doc, Names names, int s, List<Found> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        for (int k = from; k < end; k++) {
            Token cue = doc.token(k);
            if (!isCue(cue) || k + 1 >= end || doc.token(k + 1).lower().equals("to") || isPassiveCue(doc, k, from)) {
                continue; // "adding to the problems", "is said to be", "was first reported by": not speech
            }
            int that = -1;
            // "told reporters on the sidelines of the summit that": a listener and a circumstance come first.
            int window = lang.isObjectCue(cue.text()) ? 11 : 8;
            for (int j = k + 1; j < Math.min(end, k + window); j++) {
                Token t = doc.token(j);
                if (t.lower().equals("that")) {
                    if (j > k + 2 && CONJUNCTIONS.contains(doc.token(j - 1).lower())) {
                        break; // "said no decision had been taken and that ...": the first clause has no "that"
                    }
                    // "said outside a school that had been ...": a relative clause, not what was said.
                    that = j + 1 < end && AUXILIARIES.contains(doc.token(j + 1).lower()) ? -2 : j;
                    break;
                }
                if (t.is(",") && j + 2 < end && doc.token(j + 2).is(",") && RuleEntityRecognizer.isAdverb(doc.token(j + 1))
                        || t.is(",") && j + 2 < end && doc.token(j + 2).is(",") && PARENTHETICALS.contains(doc.token(j + 1).lower())) {
                    j += 2; // "acknowledged, however, that ..."
                    continue;
                }
                if (!t.is(".") && CLAUSE_BREAKS.contains(t.text()) || t.is(":") || t.is(",")
                        || j > k + 1 && AUXILIARIES.contains(t.lower())) {
                    break; // "said the hearing had shown that ...": the reported clause began before "that"
                }
            }
            if (that == -2) {
                continue;
            }
            int clauseStart = that >= 0 ? that + 1 : k + 1;
            if (that < 0 && isParentheticalCue(doc, names, k, from, end)) {
                clauseStart = k + 2;
            }
            if (that < 0 && lang.isObjectCue(cue.text())) {
                // "told Le Monde in an interview": the listener, then a clause or nothing that was said.
                clauseStart = afterListener(doc, names, clauseStart, end);
                if (clauseStart >= end || !finiteVerbSoon(doc, clauseStart - 1, end)) {
                    continue;
                }
            }
            if (clauseStart >= end) {
                continue;
            }
            SpeakerRef ref = quotedAsSaying(doc, k, from) ? speakerBefore(doc, names, k - 3, from)
                    : isParticiple(cue) || k > from && (doc.token(k - 1).lower().equals("and")
                    || doc.token(k - 1).lower().equals("but"))
                    ? participleSubject(doc, names, k, from) : speakerBefore(doc, names, k, from);
            if (that < 0) {
                clauseStart = afterCircumstance(doc, clauseStart, end);
                boolean clauseFollows = finiteVerbSoon(doc, clauseStart, end);
                if (!lang.reportsWithoutThat(cue.text()) && !clauseFollows) {
                    continue; // "agreed a new plan": an object, not what was said
                }
                Token next = doc.token(clauseStart);
                boolean startsClause = next.isWord() && (CLAUSE_STARTERS.contains(next.lower())
                        || next.isCapitalized() && !lang.isStopword(next.lower())
                        || ref != null && !lang.isObjectCue(cue.text()) && clauseFollows
                        || unnamedSpeaker(doc, k, from) && clauseFollows);
                if (!startsClause || ref == null && (isParticiple(cue) || !hasNounSubject(doc, k, from))) {
                    continue;
                }
            }
            addClause(doc, clauseStart, clauseEnd(doc, clauseStart, end), QuoteKind.INDIRECT, cueText(doc, k),
                    ref == null ? SpeakerRef.NONE : ref, REPORTED, found);
        }
    }

    /**
     * Where a reported clause ends: the sentence end, or, when a quotation opens later in the sentence
     * after {@code , and} or {@code , but}, before that conjunction (the quotation is a quote of its own),
     * or before a comma and conjunction that open a clause with its own cue ({@code , while Uganda said}).
     */
    private int clauseEnd(TextDocument doc, int start, int end) {
        for (int j = start + 1; j < end; j++) {
            if (startsNarratorClause(doc, j, end)) {
                end = j;
                break;
            }
            if (j + 2 < end && doc.token(j).is(",") && isCue(doc.token(j + 1)) && isParticiple(doc.token(j + 1))
                    && doc.token(j + 2).lower().equals("that")) {
                end = j; // "said ..., noting that ...": the participle reports a clause of its own
                break;
            }
        }
        for (int j = start + 2; j < end; j++) {
            if (isOpeningMark(doc.token(j)) && doc.token(j - 1).lower().equals("that")
                    && doc.token(j - 2).lower().equals("and") && j - 3 > start
                    && (doc.token(j - 3).is(",") || isClosingMark(doc.token(j - 3)))) {
                // "said the claim was “false,” and that “...”": the second quotation is a quote of its own; without
                // the comma ("said the jury had agreed and that “...”") one clause reports both.
                end = doc.token(j - 3).is(",") ? j - 3 : j - 2;
                break;
            }
        }
        int quote = -1;
        for (int j = start; j < end; j++) {
            if (isOpeningMark(doc.token(j))) {
                quote = j;
                break;
            }
            if (startsAttributedClause(doc, j, end)) {
                return j;
            }
        }
        if (quote < 0) {
            return end;
        }
        for (int j = quote - 1; j > start; j--) {
            String w = doc.token(j).lower();
            if ((w.equals("and") || w.equals("but")) && doc.token(j - 1).is(",") || w.equals(";")) {
                return w.equals(";") ? j : j - 1;
            }
        }
        return end;
    }

    /**
     * Where the reporter's own words go on after a reported clause: ", and he read out a letter" (a comma,
     * "and" and a personal pronoun before a verb that is no auxiliary: a new clause about the speaker, not more
     * of what was said; "and he would ..." may still be reported), and "“...” and accused the club of ..."
     * (after a closing quotation mark, "and" and a past form: a second verb of the sentence's subject, a speech
     * act of its own, where a verb of the reported clause would be backshifted with it: "and would ...").
     */
    private boolean startsNarratorClause(TextDocument doc, int j, int end) {
        if (j + 3 < end && doc.token(j).is(",") && doc.token(j + 1).lower().equals("and")
                && PERSONAL_SUBJECTS.contains(doc.token(j + 2).lower())) {
            Token verb = doc.token(j + 3);
            return verb.isWord() && !verb.isCapitalized() && !AUXILIARIES.contains(verb.lower())
                    && !verb.lower().endsWith("n't") && !RuleEntityRecognizer.isAdverb(verb);
        }
        if (j > 0 && j + 1 < end && isClosingMark(doc.token(j - 1)) && doc.token(j).lower().equals("and")) {
            Token verb = doc.token(j + 1);
            return verb.isWord() && !verb.isCapitalized() && (verb.lower().endsWith("ed") || lang.isPastForm(verb.lower()));
        }
        return false;
    }

    private static boolean isClosingMark(Token t) {
        return t.is("\"") || t.is("”") || t.is("»") || t.is("’") || t.is("›");
    }

    /** ", while Uganda said ...": a comma and a conjunction at {@code j} open a clause with a speaker of its own. */
    private boolean startsAttributedClause(TextDocument doc, int j, int end) {
        if (j + 2 >= end || !doc.token(j).is(",") || !CONJUNCTIONS.contains(doc.token(j + 1).lower())) {
            return false;
        }
        for (int k = j + 3; k < Math.min(end, j + 7); k++) {
            if (isCue(doc.token(k))) {
                return true;
            }
            if (!doc.token(k - 1).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "said inflation was falling", "said sales fell": an auxiliary or a past form soon after a cue makes the
     * words after it a clause, unless a new clause (", and", ";") or verb phrase ("confirmed the attack but
     * did not ...") starts first.
     */
    private boolean finiteVerbSoon(TextDocument doc, int from, int end) {
        for (int j = from + 1; j < Math.min(end, from + 14); j++) {
            Token t = doc.token(j);
            if (t.is(",")) {
                if (j + 1 < end && CONJUNCTIONS.contains(doc.token(j + 1).lower())) {
                    return false;
                }
                continue;
            }
            if (!t.isWord() && !t.is("'s") && !t.is("’s")) {
                return false;
            }
            if (CONJUNCTIONS.contains(t.lower()) && j + 1 < end && AUXILIARIES.contains(doc.token(j + 1).lower())) {
                return false;
            }
            if (AUXILIARIES.contains(t.lower()) || j > from + 1 && lang.isPastForm(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "If they decline, Solberg warned, the effect could spread": a named speaker and a cue set off by commas
     * inside a sentence, before a clause that opens with its subject (not "..., Benioff said, ever since").
     */
    private boolean isParentheticalCue(TextDocument doc, Names names, int k, int from, int end) {
        if (k + 2 >= end || !doc.token(k + 1).is(",") || names.entityEndingAt(k - 1) == null) {
            return false;
        }
        int first = names.firstTokenOfMentionEndingAt(k - 1);
        return first - 1 > from && doc.token(first - 1).is(",") && CLAUSE_STARTERS.contains(doc.token(k + 2).lower())
                && finiteVerbSoon(doc, k + 2, end);
    }

    /** "Diarra was quoted as saying": the cue's subject stands before the passive. */
    private static boolean quotedAsSaying(TextDocument doc, int k, int from) {
        return k - 3 >= from && doc.token(k - 1).lower().equals("as") && doc.token(k - 2).lower().equals("quoted")
                && isPassive(doc.token(k - 3));
    }

    /**
     * "said on Thursday its lander ...", "said in a statement the company ...": the token after a short
     * prepositional phrase that stands between a cue and its clause, else {@code k}.
     */
    private static int afterCircumstance(TextDocument doc, int k, int end) {
        if (k >= end || !isPreposition(doc.token(k)) || doc.token(k).lower().equals("that")) {
            return k;
        }
        for (int j = k + 2; j < Math.min(end, k + 5); j++) {
            Token t = doc.token(j);
            if (!t.isWord()) {
                return k;
            }
            if (CLAUSE_STARTERS.contains(t.lower()) && !ARTICLE_WORDS.contains(doc.token(j - 1).lower())) {
                return j;
            }
        }
        return k;
    }

    /**
     * The token after the listener of an object cue that starts at {@code k}: a name, a common noun, or an
     * article and a common noun ("told the jury the trial would last").
     */
    private static int afterListener(TextDocument doc, Names names, int k, int end) {
        if (k < end && names.entityStartingAt(k) != null) {
            return names.lastTokenOfMentionAt(k) + 1;
        }
        if (k + 2 < end && ARTICLE_WORDS.contains(doc.token(k).lower()) && isCommonNoun(doc.token(k + 1))
                && doc.token(k + 2).isWord() && !AUXILIARIES.contains(doc.token(k + 2).lower())) {
            return k + 2;
        }
        return k < end && doc.token(k).isWord() && !doc.token(k).isCapitalized() ? k + 1 : k;
    }

    private static boolean isCommonNoun(Token t) {
        return t.isWord() && !t.isCapitalized() && !isPreposition(t);
    }

    /** "is said to", "was first reported by": the cue at {@code k} after a passive auxiliary and adverbs. */
    private static boolean isPassiveCue(TextDocument doc, int k, int from) {
        int j = k - 1;
        while (j > from && (doc.token(j).lower().endsWith("ly") || doc.token(j).lower().equals("first"))) {
            j--;
        }
        return j >= from && isPassive(doc.token(j));
    }

    /** "is said to", "were told": a passive cue is no attribution. */
    private static boolean isPassive(Token before) {
        return switch (before.lower()) {
            case "is", "was", "are", "were", "be", "been", "being", "to" -> true;
            default -> false;
        };
    }

    /**
     * "A resident said gunfire could be heard": a plain noun before a verb of saying itself (not one that
     * reports only with "that") is a speaker the text does not name.
     */
    private boolean unnamedSpeaker(TextDocument doc, int k, int from) {
        Token cue = doc.token(k);
        return lang.reportsWithoutThat(cue.text()) && !lang.isObjectCue(cue.text()) && hasNounSubject(doc, k, from);
    }

    /** Whether the cue at {@code k} follows a plain noun ("people familiar with the talks say"). */
    private boolean hasNounSubject(TextDocument doc, int k, int from) {
        int j = beforeParticiplePhrase(doc, k - 1, from);
        while (j >= from && RuleEntityRecognizer.isAdverb(doc.token(j))) {
            j--;
        }
        if (j < from) {
            return false;
        }
        Token t = doc.token(j);
        if (t.isWord() && lang.isSpokesNoun(t.text()) && (j == from || !t.isCapitalized())) {
            return true; // "Officials said", "Russian officials said": a stop word, but people who speak
        }
        if (!t.isWord() || t.isCapitalized() || isPreposition(t) || lang.isStopword(t.lower())) {
            return false;
        }
        return true;
    }

    /**
     * "An official, speaking on condition of anonymity, said": the token before a participle phrase set off
     * by commas that ends at {@code comma}, else {@code comma}.
     */
    private static int beforeParticiplePhrase(TextDocument doc, int comma, int from) {
        if (comma < from || !doc.token(comma).is(",")) {
            return comma;
        }
        for (int j = comma - 1; j > from && j >= comma - 25; j--) {
            if (doc.token(j).is(",")) {
                // "An official, speaking on ..., said"; "One engineer, who asked not to be named because ..., said"
                // "Okonkwo, while speaking at the launch on Monday, noted": a conjunction may open the phrase.
                Token opener = doc.token(j + 1);
                boolean conjunction = (opener.lower().equals("while") || opener.lower().equals("when"))
                        && j + 2 < comma && isParticiple(doc.token(j + 2));
                boolean participle = (isParticiple(opener) || conjunction) && comma - j <= 10;
                boolean relative = doc.token(j + 1).lower().equals("who");
                return participle || relative ? j - 1 : comma;
            }
        }
        return comma;
    }

    /** {@code According to him, ...} and {@code ..., according to two officials.} */
    private void accordingTo(TextDocument doc, Names names, int s, List<Found> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        int first = from;
        while (first < end && !doc.token(first).isWord()) {
            first++;
        }
        for (int k = from; k + 2 < end; k++) {
            if (!doc.token(k).lower().equals("according") || !doc.token(k + 1).lower().equals("to")) {
                continue;
            }
            int npEnd = k + 2;
            while (npEnd < end && !doc.token(npEnd).is(",") && !CLAUSE_BREAKS.contains(doc.token(npEnd).text())
                    || npEnd + 2 < end && doc.token(npEnd).is("(") && doc.token(npEnd + 2).is(")")) {
                npEnd += doc.token(npEnd).is("(") ? 3 : 1; // "according to the Food and Agriculture Organization (FAO),"
            }
            SpeakerRef ref = nounPhraseRef(doc, names, k + 2, npEnd);
            if (k > first && ref.kind() == SpeakerRef.Kind.NONE) {
                ref = appositionAtEnd(doc, names, npEnd, end, ref);
            }
            if (k == first && npEnd < end && doc.token(npEnd).is(",")) {
                addClause(doc, npEnd + 1, end, QuoteKind.INDIRECT, "according to", ref, REPORTED, found);
            } else if (k > first && doc.token(k - 1).is(",")) {
                addClause(doc, first, k - 1, QuoteKind.INDIRECT, "according to", ref, REPORTED, found);
            }
            return;
        }
    }

    /**
     * "..., according to its director, Paolo Sanna.": a role ending at the comma {@code comma} and a person's
     * name after it that ends the sentence name the speaker; else {@code ref}.
     */
    private SpeakerRef appositionAtEnd(TextDocument doc, Names names, int comma, int end, SpeakerRef ref) {
        int last = end - 1;
        while (last > comma && !doc.token(last).isWord()) {
            last--;
        }
        NamedEntity person = names.entityEndingAt(last);
        if (comma + 1 >= end || !doc.token(comma).is(",") || !lang.isTitle(doc.token(comma - 1).lower())
                || person == null || person.type() != EntityType.PERSON
                || names.firstTokenOfMentionEndingAt(last) != comma + 1) {
            return ref;
        }
        return nameEndingAt(doc, names, last);
    }

    /** {@code In his opinion, ...}: the speaker is the pronoun's referent. */
    private void inOpinion(TextDocument doc, int s, List<Found> found) {
        int from = doc.sentenceStart(s);
        int end = doc.sentenceEnd(s);
        if (end - from < 6) {
            return;
        }
        Token in = doc.token(from);
        Token pronoun = doc.token(from + 1);
        Token noun = doc.token(from + 2);
        if (in.lower().equals("in") && lang.pronounClass(pronoun.text()) != null && OPINION_NOUNS.contains(noun.lower())
                && doc.token(from + 3).is(",")) {
            SpeakerRef ref = new SpeakerRef(SpeakerRef.Kind.PRONOUN, pronoun.start(), pronoun.end(), pronoun.lower());
            String cue = doc.text(from, from + 3).toLowerCase(Locale.ROOT);
            addClause(doc, from + 4, end, QuoteKind.INDIRECT, cue, ref, REPORTED, found);
        }
    }

    // ---- speakers -------------------------------------------------------------------------------------

    /** The speaker of the cue at {@code c}: its subject, or for an "-ing" cue, its clause's subject. */
    private SpeakerRef subjectOfCue(TextDocument doc, Names names, int c, int from, int limit) {
        if (quotedAsSaying(doc, c, from)) {
            return speakerBefore(doc, names, c - 3, from);
        }
        if (isParticiple(doc.token(c))) {
            return participleSubject(doc, names, c, from);
        }
        SpeakerRef ref = speakerBefore(doc, names, c, from);
        return ref != null ? ref : speakerAfter(doc, names, c + 1, limit);
    }

    /**
     * The subject of a participle cue after a comma ({@code said Kahl, also noting ...}), or of a cue after
     * "and" ({@code called it poor and said ...}): the speaker of
     * the sentence's earlier cue, else the first person named in the sentence outside a prepositional
     * phrase, else an organization that opens it.
     */
    private SpeakerRef participleSubject(TextDocument doc, Names names, int c, int from) {
        int k = c - 1;
        while (k >= from && RuleEntityRecognizer.isAdverb(doc.token(k))) {
            k--;
        }
        if (k < from || !doc.token(k).is(",") && !doc.token(k).lower().equals("and")
                && !doc.token(k).lower().equals("but")) {
            return null; // "welcomed the fine but said ...": the subject of the first verb
        }
        for (int j = k - 1; j >= from; j--) {
            if (isCue(doc.token(j)) && !isParticiple(doc.token(j))) {
                SpeakerRef ref = speakerBefore(doc, names, j, from);
                return ref != null ? ref : speakerAfter(doc, names, j + 1, k);
            }
        }
        for (int m = from; m < k; m++) {
            NamedEntity entity = names.entityStartingAt(m);
            if (entity != null && entity.type() == EntityType.PERSON && (m == from || !isPreposition(doc.token(m - 1)))) {
                return nameStartingAt(doc, names, m);
            }
        }
        int subject = from;
        while (subject < k && (!doc.token(subject).isWord() || doc.token(subject).lower().equals("the"))) {
            subject++;
        }
        NamedEntity entity = names.entityStartingAt(subject);
        return entity != null && entity.type() == EntityType.ORGANIZATION ? nameStartingAt(doc, names, subject) : null;
    }

    /** The speaker named right before the cue at {@code c}: {@code Bauer said}, {@code Kahl, ..., warned}. */
    private SpeakerRef speakerBefore(TextDocument doc, Names names, int c, int from) {
        int k = c - 1;
        while (k >= from && RuleEntityRecognizer.isAdverb(doc.token(k))) {
            k--;
        }
        if (k < from) {
            return null;
        }
        Token t = doc.token(k);
        if (t.is(",")) {
            int j = beforeParticiplePhrase(doc, k, from);
            if (j < k && j >= from && names.entityEndingAt(j) != null
                    && names.entityEndingAt(j).type() == EntityType.PERSON) {
                // "Senator Ana Lis, while speaking at plenary, noted": the person before the participle phrase
                SpeakerRef person = speakerBefore(doc, names, j + 1, from);
                if (person != null) {
                    return person;
                }
            }
            return subjectBeforeApposition(doc, names, k, from);
        }
        if (t.is(")") && k - 3 >= from && doc.token(k - 2).is("(") && names.entityEndingAt(k - 3) != null) {
            return nameEndingAt(doc, names, k - 3); // "The Japan Aerospace Exploration Agency (JAXA) said"
        }
        if (names.entityEndingAt(k) != null) {
            return nameAfterItsHead(doc, names, k, from);
        }
        String pronoun = lang.pronounClass(t.text());
        if (pronoun != null) {
            // "It added that": a thing that speaks is an organization; "its" before a cue is no subject.
            // "a filing in which it said": "it" that opens a relative clause is the organization it refers to.
            boolean relative = k - 1 >= from && doc.token(k - 1).lower().equals("which") && t.lower().equals("it");
            return "thing".equals(pronoun) && (k != from || t.lower().equals("its")) && !relative ? null
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, t.start(), t.end(), t.lower());
        }
        if (t.isWord() && !t.isCapitalized() && lang.isSpokesNoun(t.text()) && k - 1 >= from
                && names.entityEndingAt(k - 1) != null && names.entityEndingAt(k - 1).type() == EntityType.ORGANIZATION) {
            return nameEndingAt(doc, names, k - 1); // "a Toyota spokesperson said"
        }
        if (t.isWord() && !t.isCapitalized() && k - 3 >= from && doc.token(k - 2).lower().matches("his|her|their")
                && doc.token(k - 3).lower().equals("and") && names.entityEndingAt(k - 4) != null) {
            return nameEndingAt(doc, names, k - 4); // "Ruiz and her team wrote"
        }
        if (t.isWord() && !t.isCapitalized()) {
            SpeakerRef possessed = possessiveRole(doc, k, from);
            if (possessed != null) {
                return possessed;
            }
            for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
                Token d = doc.token(j);
                if (d.lower().equals("the")) {
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d.start(), t.end(), t.lower());
                }
                NamedEntity inside = names.entityEndingAt(j);
                if (inside != null && lang.isOrgNoun(t.text()) && (inside.type() != EntityType.ORGANIZATION
                        || lang.isOrgSuffix(lastWord(inside.name())))) {
                    // "the Premier League club said": a club in the league, not the league itself
                    int first = names.firstTokenOfMentionEndingAt(j);
                    if (first - 1 >= from && doc.token(first - 1).lower().equals("the")) {
                        Token d0 = doc.token(first - 1);
                        return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d0.start(), t.end(), t.lower());
                    }
                }
                if (!d.isWord() || d.isCapitalized()) {
                    break;
                }
            }
            return null;
        }
        if (t.isWord() && t.isCapitalized() && !lang.isStopword(t.lower())) {
            int j = k;
            while (j - 1 >= from && doc.token(j - 1).isWord() && doc.token(j - 1).isCapitalized()) {
                j--;
            }
            while (j < k && lang.isStopword(doc.token(j).lower())) {
                j++;
            }
            return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(j).start(), t.end(), doc.text(j, k + 1));
        }
        return null;
    }

    /**
     * "its chief executive told", "her son said": a possessive before a title or a relation ending at
     * {@code k}, as a nominal whose text is the title or relation; else null.
     */
    private SpeakerRef possessiveRole(TextDocument doc, int k, int from) {
        for (int n = Math.min(lang.longestTitle(), k - from); n >= 1; n--) {
            Token owner = doc.token(k - n);
            String role = doc.text(k - n + 1, k + 1).toLowerCase(Locale.ROOT);
            boolean relation = n == 1 && lang.genderOf(role) != null && lang.pronounClass(role) == null;
            if (POSSESSIVES.contains(owner.lower()) && (lang.isTitle(role) || relation)) {
                return new SpeakerRef(SpeakerRef.Kind.NOMINAL, owner.start(), doc.token(k).end(), role);
            }
        }
        // "the EU's competition commissioner", "the union's general secretary": an owner's possessive, at most
        // two lower-case words that qualify the role, and a title.
        for (int n = Math.min(lang.longestTitle(), k - from); n >= 1; n--) {
            String role = doc.text(k - n + 1, k + 1).toLowerCase(Locale.ROOT);
            if (!lang.isTitle(role)) {
                continue;
            }
            for (int j = k - n; j >= Math.max(from, k - n - 2); j--) {
                Token owner = doc.token(j);
                if (owner.is("'s") || owner.is("’s")) {
                    return j - 1 >= from ? new SpeakerRef(SpeakerRef.Kind.NOMINAL, doc.token(j - 1).start(),
                            doc.token(k).end(), role) : null;
                }
                if (!owner.isWord() || owner.isCapitalized() || isPreposition(owner) || isCue(owner)) {
                    break;
                }
            }
        }
        return null;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * The speaker when the name that ends at {@code last} stands right before the cue: the name itself,
     * unless it completes a phrase such as "Anna Nowak of the University of Warsaw" (the person),
     * "analysts at Morgan Stanley" (people the text does not name: {@link SpeakerRef#NONE}) or "a spokesman for the
     * ministry" (the organization).
     */
    private SpeakerRef nameAfterItsHead(TextDocument doc, Names names, int last, int from) {
        int first = names.firstTokenOfMentionEndingAt(last);
        int p = first - 1;
        if (p > from && doc.token(p).lower().equals("the")) {
            p--;
        }
        // "chief executive of Danish lender Holmgaard Bank": words that describe the organization.
        int described = p;
        while (described > from && first - described <= 3 && doc.token(described).isWord()
                && !isNamePreposition(doc.token(described)) && (!doc.token(described).isCapitalized()
                || lang.isDemonym(doc.token(described).text()))) {
            described--;
        }
        if (described > from && isNamePreposition(doc.token(described)) && described < p) {
            p = described;
        }
        if (p <= from || !isNamePreposition(doc.token(p))) {
            return nameEndingAt(doc, names, last);
        }
        Token head = doc.token(p - 1);
        NamedEntity owner = names.entityEndingAt(p - 1);
        if (owner != null && owner.type() == EntityType.PERSON) {
            return nameEndingAt(doc, names, p - 1);
        }
        SpeakerRef titled = titledNominal(doc, p - 1, from);
        if (owner == null && titled != null) {
            return titled; // "The former chief executive of Holmgaard Bank told": a person, not the bank
        }
        if (owner == null && head.isWord() && !lang.isSpokesNoun(head.text())) {
            return SpeakerRef.NONE;
        }
        return nameEndingAt(doc, names, last);
    }

    /**
     * "the former chief executive" ending at {@code head}: a title of one or more words after "the" and
     * at most two other words, as a nominal whose text is the title; else null.
     */
    private SpeakerRef titledNominal(TextDocument doc, int head, int from) {
        Token t = doc.token(head);
        for (int n = Math.min(lang.longestTitle(), head - from); n >= 1; n--) {
            String title = doc.text(head - n + 1, head + 1).toLowerCase(Locale.ROOT);
            if (!t.isWord() || t.isCapitalized() || !lang.isTitle(title)) {
                continue;
            }
            for (int j = head - n; j >= Math.max(from, head - n - 2); j--) {
                Token d = doc.token(j);
                if (d.lower().equals("the")) {
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, d.start(), t.end(), title);
                }
                if (!d.isWord() || d.isCapitalized()) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    private static boolean isNamePreposition(Token t) {
        return switch (t.lower()) {
            case "of", "at", "from", "for", "with" -> true;
            default -> false;
        };
    }

    /**
     * The subject of a cue after a comma at {@code comma}: a name that is the whole apposition before it
     * ("the head of the service, Bruno Kahl, warned"); else the name that opens the sentence before its
     * apposition ("Kahl, a spokesman for the service, said", "Ruiz, via Reuters, said"); else a
     * nominal that opens the sentence ("The company, which ..., confirmed").
     */
    private SpeakerRef subjectBeforeApposition(TextDocument doc, Names names, int comma, int from) {
        int last = comma - 1;
        if (last >= from && names.entityEndingAt(last) != null) {
            int first = names.firstTokenOfMentionEndingAt(last);
            while (first - 1 >= from && (doc.token(first - 1).isCapitalized()
                    && lang.isTitle(doc.token(first - 1).lower()) || first - 2 >= from && doc.token(first - 1).is(".")
                    && doc.token(first - 2).isCapitalized() && lang.isTitle(doc.token(first - 2).lower() + "."))) {
                // "The council's leader, Councillor Tom Whitlock, said", "the board's chair, Dr. Ana Lis, told":
                // the title opens the apposition
                first -= doc.token(first - 1).is(".") ? 2 : 1;
            }
            first = nounPhraseStart(doc, first, from);
            if (first - 1 >= from && doc.token(first - 1).is(",")
                    && names.entityEndingAt(last).type() != EntityType.LOCATION) {
                return nameEndingAt(doc, names, last);
            }
        }
        int start = from;
        while (start < comma && !doc.token(start).isWord()) {
            start++;
        }
        if (start == 0) {
            start = afterDateline(doc, start, comma);
        }
        int subject = doc.token(start).lower().equals("the") ? start + 1 : start;
        if (subject < comma && names.entityStartingAt(subject) != null) {
            // "The Office for Budget Responsibility (OBR), the fiscal watchdog, said"
            int end = names.lastTokenOfMentionAt(subject) + 1;
            if (end + 2 < comma && doc.token(end).is("(") && doc.token(end + 2).is(")")) {
                end += 3;
            }
            if (end < doc.size() && doc.token(end).is(",") && names.entityStartingAt(subject).type() != EntityType.LOCATION) {
                return nameStartingAt(doc, names, subject);
            }
        }
        // Twelve words: a role that opens the sentence may hold a name ("The leader of the New Direction party,").
        for (int k = start; k < Math.min(comma, start + 12); k++) {
            NamedEntity inside = names.entityStartingAt(k);
            if (k > start && inside != null && inside.type() == EntityType.ORGANIZATION
                    && doc.token(start).lower().equals("the") && names.lastTokenOfMentionAt(k) + 1 < comma
                    && lang.isOrgNoun(doc.token(names.lastTokenOfMentionAt(k) + 1).text())) {
                return nameStartingAt(doc, names, k); // "The Verdi union, which represents ..., said"
            }
            if (doc.token(k).is(",")) {
                if (names.entityEndingAt(k - 1) != null && (names.firstTokenOfMentionEndingAt(k - 1) <= start + 2
                        || onlyTitlesBetween(doc, start, names.firstTokenOfMentionEndingAt(k - 1)))) {
                    // "Australian Prime Minister Catherine Doyle, whose government ..., told": titles open the name.
                    return nameEndingAt(doc, names, k - 1);
                }
                if (isPersonInApposition(doc, names, k + 1, comma)) {
                    return nameStartingAt(doc, names, k + 1); // "His wife, Sarah Grady, 49, a teacher, said"
                }
                if (doc.token(start).lower().equals("the") && k - 1 > start && k - 1 <= start + 3
                        && !doc.token(k - 1).isCapitalized()) {
                    // "The investigator in charge, who ..., said": the head comes before its prepositional phrase.
                    int head = k - 1;
                    for (int j = start + 2; j < k - 1; j++) {
                        if (isPreposition(doc.token(j))) {
                            head = j - 1;
                            break;
                        }
                    }
                    return new SpeakerRef(SpeakerRef.Kind.NOMINAL, doc.token(start).start(), doc.token(head).end(),
                            doc.token(head).lower());
                }
                return null;
            }
        }
        return null;
    }

    /** Whether tokens {@code [from, to)} are capitalized titles and nationalities only ("Australian Prime Minister"). */
    private boolean onlyTitlesBetween(TextDocument doc, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Token t = doc.token(j);
            if (!t.isWord() || !t.isCapitalized() || !lang.isTitle(t.lower()) && !lang.isDemonym(t.text())
                    && (j + 1 >= to || !lang.isTitle(doc.text(j, j + 2)))) {
                if (j > from && lang.isTitle(doc.text(j - 1, j + 1))) {
                    continue; // the second word of a title of two ("Prime Minister")
                }
                return false;
            }
        }
        return true;
    }

    /**
     * "the pension fund Norvik Capital", "the GMB": where the noun phrase that ends in the name at
     * {@code name} starts, when an article and at most three lower-case words (no preposition) come before it.
     */
    private static int nounPhraseStart(TextDocument doc, int name, int from) {
        for (int k = name - 1; k >= Math.max(from, name - 4); k--) {
            Token t = doc.token(k);
            if (ARTICLE_WORDS.contains(t.lower())) {
                return k;
            }
            if (!t.isWord() || t.isCapitalized() || isPreposition(t)) {
                break;
            }
        }
        return name;
    }

    /** Whether a person's name starts at {@code k} and ends before a comma ahead of {@code comma}. */
    private static boolean isPersonInApposition(TextDocument doc, Names names, int k, int comma) {
        NamedEntity person = k < comma ? names.entityStartingAt(k) : null;
        if (person == null || person.type() != EntityType.PERSON) {
            return false;
        }
        int after = names.lastTokenOfMentionAt(k) + 1;
        return after < comma && doc.token(after).is(",");
    }

    /** The speaker named right after a cue at {@code t}: {@code said Bauer}, {@code said the admiral}. */
    private SpeakerRef speakerAfter(TextDocument doc, Names names, int t, int limit) {
        if (t >= limit || t >= doc.size()) {
            return null;
        }
        // "said the Acme Group's executive chair Ana Ruiz": the person the phrase ends with.
        for (int k = t; k < Math.min(limit, t + 12) && !doc.token(k).is(","); k++) {
            String w = doc.token(k).lower();
            if (CLAUSE_STARTERS.contains(w) && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
                break;
            }
            NamedEntity entity = names.entityStartingAt(k);
            if (entity != null && entity.type() == EntityType.PERSON) {
                return k == t || !doc.token(k - 1).isWord() || !isPreposition(doc.token(k - 1))
                        ? nameStartingAt(doc, names, k) : null;
            }
            if (isPreposition(doc.token(k))) {
                break;
            }
        }
        Token first = doc.token(t);
        String pronoun = lang.pronounClass(first.text());
        int named = pronoun != null ? personAfterRole(doc, names, t + 1, limit) : -1;
        if (named >= 0) {
            return nameStartingAt(doc, names, named); // "says its president, Ewa Lis"
        }
        if (pronoun != null) {
            return "thing".equals(pronoun) ? null
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        boolean article = first.lower().equals("the") || first.lower().equals("a") || first.lower().equals("an");
        int apposed = article ? personAfterPossessiveRole(doc, names, t + 1, limit) : -1;
        if (apposed >= 0) {
            return nameStartingAt(doc, names, apposed); // "the board's chair, Dr. Ana Lis, told reporters"
        }
        if (article && t + 1 < limit && names.entityStartingAt(t + 1) != null
                && names.entityStartingAt(t + 1).type() == EntityType.ORGANIZATION) {
            int last = names.lastTokenOfMentionAt(t + 1);
            if (last + 1 < limit && lang.isSpokesNoun(doc.token(last + 1).text())) {
                return nameStartingAt(doc, names, t + 1); // "said a Toyota spokesperson"
            }
        }
        if (first.lower().equals("the")) {
            if (t + 1 < limit && names.entityStartingAt(t + 1) != null) {
                return nameStartingAt(doc, names, t + 1);
            }
            int k = t + 1;
            int head = -1;
            while (k < limit && k < t + 4 && doc.token(k).isWord() && !doc.token(k).isCapitalized()
                    && !CLAUSE_STARTERS.contains(doc.token(k).lower()) && !isPreposition(doc.token(k))
                    && !AUXILIARIES.contains(doc.token(k).lower())) {
                head = k++;
            }
            return head < 0 ? null : new SpeakerRef(SpeakerRef.Kind.NOMINAL, first.start(), doc.token(head).end(),
                    doc.token(head).lower());
        }
        int[] subject = subjectAt(doc, names, t, limit);
        return subject == null ? null : refOf(doc, names, t, subject[0]);
    }

    /**
     * "board's chair, Dr. Ana Lis" of "the board's chair, Dr. Ana Lis, told": a role, with its owner's
     * possessive, ending in a title before a comma, then the person's name (titles before it allowed); where the
     * name begins, else -1.
     */
    private int personAfterPossessiveRole(TextDocument doc, Names names, int k, int limit) {
        int j = k;
        while (j < Math.min(limit, k + 6) && (doc.token(j).isWord() && !isCue(doc.token(j))
                && !CLAUSE_STARTERS.contains(doc.token(j).lower()) && !isPreposition(doc.token(j))
                || doc.token(j).is("'s") || doc.token(j).is("’s"))) {
            j++;
        }
        if (j == k || j + 1 >= limit || !doc.token(j).is(",") || !lang.isTitle(doc.token(j - 1).lower())
                || doc.token(j - 1).isCapitalized()) {
            return -1;
        }
        int n = j + 1;
        while (n < limit && n < j + 4 && names.entityStartingAt(n) == null
                && (lang.isTitle(doc.token(n).lower()) || doc.token(n).is("."))) {
            n++;
        }
        NamedEntity person = n < limit ? names.entityStartingAt(n) : null;
        return person != null && person.type() == EntityType.PERSON ? n : -1;
    }

    /**
     * Where the person named after a role that starts at {@code k} begins ("president, Ewa Lis" of "its
     * president, Ewa Lis"): lower-case words ending in a title, a comma and the person's name; else -1.
     */
    private int personAfterRole(TextDocument doc, Names names, int k, int limit) {
        int j = k;
        while (j < Math.min(limit, k + 3) && doc.token(j).isWord() && !doc.token(j).isCapitalized()) {
            j++;
        }
        if (j == k || j + 1 >= limit || !lang.isTitle(doc.token(j - 1).lower()) || !doc.token(j).is(",")) {
            return -1;
        }
        NamedEntity person = names.entityStartingAt(j + 1);
        return person != null && person.type() == EntityType.PERSON ? j + 1 : -1;
    }

    /**
     * A name, pronoun or nominal starting at {@code t}: returns the index after it, or null. Titles
     * before a name belong to it ("Admiral Rob Bauer").
     */
    private int[] subjectAt(TextDocument doc, Names names, int t, int limit) {
        if (t >= limit) {
            return null;
        }
        Token first = doc.token(t);
        String pronoun = lang.pronounClass(first.text());
        if (pronoun != null) {
            return "thing".equals(pronoun) || first.lower().equals("his") || first.lower().equals("her")
                    || first.lower().equals("their") ? null : new int[] {t + 1};
        }
        if (first.lower().equals("the")) {
            int k = t + 1;
            if (k < limit && names.entityStartingAt(k) != null) {
                return new int[] {names.lastTokenOfMentionAt(k) + 1};
            }
            while (k < limit && k < t + 4 && doc.token(k).isWord() && !doc.token(k).isCapitalized()
                    && !isPreposition(doc.token(k)) && !isCue(doc.token(k))
                    && !AUXILIARIES.contains(doc.token(k).lower())) {
                k++;
            }
            return k > t + 1 ? new int[] {k} : null;
        }
        for (int k = t; k < limit && k < t + 4 && doc.token(k).isWord() && doc.token(k).isCapitalized(); k++) {
            if (names.entityStartingAt(k) != null) {
                return new int[] {names.lastTokenOfMentionAt(k) + 1};
            }
        }
        if (first.isWord() && first.isCapitalized() && !lang.isStopword(first.lower())) {
            int k = t + 1;
            while (k < limit && doc.token(k).isWord() && doc.token(k).isCapitalized()) {
                k++;
            }
            return new int[] {k};
        }
        return null;
    }

    /** The reference for the subject spanning tokens {@code [t, end)}. */
    private SpeakerRef refOf(TextDocument doc, Names names, int t, int end) {
        Token first = doc.token(t);
        if (lang.pronounClass(first.text()) != null && end == t + 1) {
            return new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        if (first.lower().equals("the") && names.entityStartingAt(t + 1) == null) {
            Token head = doc.token(end - 1);
            return new SpeakerRef(SpeakerRef.Kind.NOMINAL, first.start(), head.end(), head.lower());
        }
        int k = t;
        while (k < end && names.entityStartingAt(k) == null && lang.isTitle(doc.token(k).lower())) {
            k++;
        }
        if (k >= end) {
            k = t;
        }
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(k).start(), doc.token(end - 1).end(), doc.text(k, end));
    }

    /** The speaker named by a noun phrase ({@code according to him}, {@code according to Kahl}). */
    private SpeakerRef nounPhraseRef(TextDocument doc, Names names, int from, int end) {
        if (end - from > 3 && doc.token(end - 1).is(")") && doc.token(end - 3).is("(")) {
            end -= 3; // "the Food and Agriculture Organization (FAO)"
        }
        if (from >= end) {
            return SpeakerRef.NONE;
        }
        Token first = doc.token(from);
        String pronoun = lang.pronounClass(first.text());
        if (pronoun != null && end == from + 1) {
            return "thing".equals(pronoun) ? SpeakerRef.NONE
                    : new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.start(), first.end(), first.lower());
        }
        int[] subject = subjectAt(doc, names, from, end);
        if (subject != null && subject[0] == end) {
            return refOf(doc, names, from, end);
        }
        for (int k = from + 1; k + 1 < end; k++) {
            if (lang.isSpokesNoun(doc.token(k - 1).text()) && isNamePreposition(doc.token(k))) {
                return nounPhraseRef(doc, names, k + 1, end); // "a statement from the company"
            }
        }
        return isTitledPerson(doc, names, from, end) ? nameEndingAt(doc, names, end - 1) : SpeakerRef.NONE;
    }

    /** "regional governor Oleh Marchenko": lower-case words ending in a title, then a person's name to {@code end}. */
    private boolean isTitledPerson(TextDocument doc, Names names, int from, int end) {
        NamedEntity person = names.entityEndingAt(end - 1);
        if (person == null || person.type() != EntityType.PERSON) {
            return false;
        }
        int first = names.firstTokenOfMentionEndingAt(end - 1);
        if (first <= from || !lang.isTitle(doc.token(first - 1).lower())) {
            return false;
        }
        for (int k = from; k < first; k++) {
            if (!doc.token(k).isWord() || doc.token(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private SpeakerRef nameEndingAt(TextDocument doc, Names names, int last) {
        int first = names.firstTokenOfMentionEndingAt(last);
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(first).start(), doc.token(last).end(),
                doc.text(first, last + 1));
    }

    private SpeakerRef nameStartingAt(TextDocument doc, Names names, int first) {
        int last = names.lastTokenOfMentionAt(first);
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(first).start(), doc.token(last).end(),
                doc.text(first, last + 1));
    }

    /**
     * The cue at token {@code k} as recorded: the verb in lower case, with its listener when that is a
     * common noun ("told reporters", "told lawmakers").
     */
    private String cueText(TextDocument doc, int k) {
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

    // ---- helpers -------------------------------------------------------------------------------------

    private boolean isCue(Token t) {
        return t.isWord() && !t.isCapitalized() && lang.isCueVerb(t.lower());
    }

    private static boolean isParticiple(Token t) {
        return t.lower().endsWith("ing");
    }

    private static boolean isDash(Token t) {
        return t.text().length() == 1 && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    private static boolean isOpeningMark(Token t) {
        return t.is("\"") || t.is("“") || t.is("„") || t.is("«") || t.is("‘") || t.is("‹");
    }

    private static boolean isPreposition(Token t) {
        return switch (t.lower()) {
            case "in", "on", "at", "to", "for", "from", "with", "by", "of", "about", "after", "before", "during",
                 "that", "and", "or", "but" -> true;
            default -> false;
        };
    }

    private void addClause(TextDocument doc, int from, int end, QuoteKind kind, String cue, SpeakerRef ref,
                           int priority, List<Found> found) {
        addClause(doc, from, end, kind, cue, ref, priority, found, 4);
    }

    private void addClause(TextDocument doc, int from, int end, QuoteKind kind, String cue, SpeakerRef ref,
                           int priority, List<Found> found, int minWords) {
        if (from >= end) {
            return;
        }
        int[] span = trim(doc.text(), doc.token(from).start(), doc.token(end - 1).end());
        if (span != null && words(doc.text(), span[0], span[1]) >= minWords) {
            found.add(found(span, kind, cue, ref, priority));
        }
    }

    private static Found found(int[] span, QuoteKind kind, String cue, SpeakerRef ref, int priority) {
        return new Found(new QuoteCandidate(span[0], span[1], kind, cue, ref), priority);
    }

    /** {@code [from, to)} without surrounding space, quotation marks and trailing {@code , . ; :}; null if empty. */
    private static int[] trim(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "\"“”„«»‘’‚‹›'".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",.;:\"“”„«»‘’‚‹›'".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to > from ? new int[] {from, to} : null;
    }

    /** Words as written: runs of non-space characters that hold a letter or digit. */
    private static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                counted = false;
                continue;
            }
            inWord = true;
            if (!counted && Character.isLetterOrDigit(c)) {
                n++;
                counted = true;
            }
        }
        return n;
    }

    /**
     * A quotation that is a whole paragraph without a full stop is a heading or pull quote, not speech
     * (a quote repeated as a heading is the same quote, found where it is attributed).
     */
    private static boolean isHeading(TextDocument doc, int open, int close) {
        String text = doc.text();
        int paragraphStart = doc.paragraphStart(open);
        int paragraphEnd = doc.paragraphEnd(open);
        if (!text.substring(paragraphStart, open).isBlank() || close >= paragraphEnd
                || !text.substring(close + 1, paragraphEnd).isBlank()) {
            return false;
        }
        int last = close - 1;
        while (last > open && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return ".!?…".indexOf(text.charAt(last)) < 0;
    }

    /** A quotation of mostly capitalized words is the title of a work or a name, not speech. */
    private static boolean looksLikeTitle(String text, int from, int to) {
        int words = 0;
        int capitalized = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
                if (Character.isUpperCase(c)) {
                    capitalized++;
                }
            }
            inWord = letter;
        }
        return words <= 8 && capitalized * 10 >= words * 7;
    }

    /** Keeps the higher-priority quote where two overlap, and one of the same words quoted twice. */
    private static List<QuoteCandidate> resolve(TextDocument doc, List<Found> found) {
        settleQuotationsInReportedClauses(doc, found);
        found.sort(Comparator.comparingInt(Found::priority).thenComparingInt(f -> f.quote().start()));
        List<QuoteCandidate> kept = new ArrayList<>();
        for (Found f : found) {
            boolean overlaps = false;
            for (QuoteCandidate k : kept) {
                if (k.span().overlaps(f.quote().span())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(f.quote());
            }
        }
        kept.sort(Comparator.comparingInt(QuoteCandidate::start));
        // The same words twice (a headline repeating a quote) are one quote: keep the attributed one.
        List<QuoteCandidate> unique = new ArrayList<>();
        Set<String> attributed = new HashSet<>();
        for (QuoteCandidate q : kept) {
            if (q.speaker().kind() != SpeakerRef.Kind.NONE) {
                attributed.add(normalized(doc, q));
            }
        }
        Set<String> seen = new HashSet<>();
        for (QuoteCandidate q : kept) {
            String words = normalized(doc, q);
            if (q.speaker().kind() == SpeakerRef.Kind.NONE && attributed.contains(words)) {
                continue;
            }
            if (seen.add(words + "\u0000" + q.speaker().kind())) {
                unique.add(q);
            }
        }
        return unique;
    }

    /**
     * A few quoted words inside a reported clause that goes on after them ("said the bank was “playing for
     * time” and would move in June") belong to the clause: the clause is the quote. A quotation that ends
     * the clause ("noting that the goal is to “strive for a new world order”") is the quote, with the
     * clause's speaker when it has none of its own, unless it is a fragment of a few words ("was “very
     * worrying”").
     */
    private static void settleQuotationsInReportedClauses(TextDocument doc, List<Found> found) {
        List<Found> fragments = new ArrayList<>();
        List<Found> inherited = new ArrayList<>();
        for (Found clause : found) {
            if (clause.priority() != REPORTED) {
                continue;
            }
            int quotations = 0;
            for (Found quotation : found) {
                QuoteCandidate q = quotation.quote();
                if (quotation.priority() == MARKED && q.start() > clause.quote().start()
                        && q.end() <= clause.quote().end() + 1) {
                    quotations++;
                }
            }
            for (Found quotation : found) {
                QuoteCandidate q = quotation.quote();
                if (quotation.priority() != MARKED || q.start() <= clause.quote().start()
                        || q.end() > clause.quote().end() + 1) {
                    continue;
                }
                fragments.add(quotation);
                // A clause with two quotations ("that it “ignores ...” and would make them “less safe”") is the
                // quote; one quotation that ends it stands for it.
                if (quotations == 1 && words(doc.text(), q.end(), clause.quote().end()) < 3
                        && words(doc.text(), q.start(), q.end()) >= 4
                        && standsForClause(doc, clause.quote(), q)) {
                    // The quotation ends the clause: it is the quote, said by the clause's speaker.
                    QuoteCandidate c = clause.quote();
                    SpeakerRef speaker = q.speaker().kind() == SpeakerRef.Kind.NONE ? c.speaker() : q.speaker();
                    String cue = q.speaker().kind() == SpeakerRef.Kind.NONE ? c.cue() : q.cue();
                    inherited.add(new Found(new QuoteCandidate(q.start(), q.end(), q.kind(), cue, speaker), MARKED));
                }
            }
        }
        found.removeAll(fragments);
        found.addAll(inherited);
    }

    /**
     * Whether a quotation that ends a reported clause is what the clause reports, not a part of it: not when
     * the clause reports more before it in a clause of its own ("said the money had been borrowed ... and
     * that the debt was “entirely normal”"), nor when the quotation is the complement of a verb inside the
     * clause ("said the hearing had shown that “nothing will change”"), nor when it is a noun phrase after
     * a copula ("said that decision was “a matter for voters”").
     */
    private static boolean standsForClause(TextDocument doc, QuoteCandidate clause, QuoteCandidate quotation) {
        int first = doc.tokenAtOrAfter(clause.start());
        int mark = doc.tokenAtOrAfter(quotation.start()) - 1;
        if (mark <= first || mark >= doc.size()) {
            return true;
        }
        for (int j = first; j + 1 < mark; j++) {
            if (doc.token(j).lower().equals("and") && doc.token(j + 1).lower().equals("that")) {
                return false;
            }
        }
        Token before = doc.token(mark - 1);
        if (before.lower().equals("that")) {
            return false;
        }
        Token opener = doc.token(mark + 1);
        return !(COPULAS.contains(before.lower()) && ARTICLE_WORDS.contains(opener.text()));
    }

    private static String normalized(TextDocument doc, QuoteCandidate q) {
        return doc.text().substring(q.start(), q.end()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** Where the entities' mentions are, by token. */
    static final class Names {

        private final NamedEntity[] startingAt;
        private final int[] lastToken;
        private final NamedEntity[] endingAt;
        private final int[] firstToken;

        Names(TextDocument doc, List<NamedEntity> entities) {
            int n = doc.size();
            startingAt = new NamedEntity[n];
            lastToken = new int[n];
            endingAt = new NamedEntity[n];
            firstToken = new int[n];
            for (NamedEntity entity : entities) {
                for (Span mention : entity.mentions()) {
                    int first = doc.tokenAtOrAfter(mention.start());
                    int last = doc.tokenAtOrAfter(mention.end()) - 1;
                    if (first < n && last >= first) {
                        startingAt[first] = entity;
                        lastToken[first] = last;
                        endingAt[last] = entity;
                        firstToken[last] = first;
                    }
                }
            }
        }

        NamedEntity entityStartingAt(int token) {
            return token < startingAt.length ? startingAt[token] : null;
        }

        int lastTokenOfMentionAt(int token) {
            return lastToken[token];
        }

        NamedEntity entityEndingAt(int token) {
            return token >= 0 && token < endingAt.length ? endingAt[token] : null;
        }

        int firstTokenOfMentionEndingAt(int token) {
            return firstToken[token];
        }
    }
}
