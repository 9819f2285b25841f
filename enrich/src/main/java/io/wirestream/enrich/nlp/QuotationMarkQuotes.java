package io.wirestream.enrich.nlp;

import static io.wirestream.enrich.nlp.FoundQuote.MARKED;

import io.wirestream.core.record.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes in quotation marks ({@code "straight"}, {@code “curly”}, {@code „low-high“},
 * {@code «guillemets»}), also over several paragraphs (one quote a paragraph, all of the speaker the whole
 * quotation is attributed to). A quotation is attributed by the cue next to its closing
 * mark ({@code ," said Bauer}; not by a new sentence after a full stop inside the mark that says something of its
 * own), or by {@code ," according to X} (a statement of no one named being the previous speaker's), else by the
 * last cue before its opening mark in the sentence
 * ({@code Heyward said: "...}), else by a cue and colon that end the paragraph before, else to the speaker of
 * the quote before it in the paragraph; a colon right before the opening mark puts the cue before it first. An
 * unattributed quotation needs five words and must look like neither a title nor a heading: those are quoted
 * words, not speech.
 */
final class QuotationMarkQuotes {

    /** Tokens of a sentence after a quotation that can be its attribution: "the ministry said in a statement." */
    private static final int MAX_ATTRIBUTION_SENTENCE = 10;

    private final LanguageData lang;
    private final QuotationAttribution attributions;

    QuotationMarkQuotes(LanguageData lang, QuotationAttribution attributions) {
        this.lang = lang;
        this.attributions = attributions;
    }

    void find(TextDocument doc, MentionsByToken names, List<FoundQuote> found) {
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
            List<int[]> breaks = new ArrayList<>();
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
                        breaks.add(new int[] {end, next + 1});
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
                FoundQuote q = quoted(doc, names, open, i, i == end ? end : i + 1, previous, previousCue);
                if (q != null) {
                    addByParagraph(doc, q, breaks, previous, found);
                    if (q.quote().speaker().kind() != SpeakerRef.Kind.NONE) {
                        previous = q.quote().speaker().kind() == SpeakerRef.Kind.PREVIOUS ? previous : q.quote().speaker();
                        previousCue = q.quote().cue();
                    }
                }
                open = -1;
                breaks.clear();
            }
            if (first < end) {
                carried = endsWithQuote(text, p, end) ? previous : null;
                carriedCue = previousCue;
            }
            p = end + 1;
        }
    }

    /**
     * A quotation over several paragraphs, an opening mark at each and the closing one at the end, is one quote
     * a paragraph, each with the quotation's cue and speaker: the breaks hold where a paragraph ends inside it
     * and where the words of the next begin.
     */
    private static void addByParagraph(TextDocument doc, FoundQuote q, List<int[]> breaks, SpeakerRef previous,
                                       List<FoundQuote> found) {
        QuoteCandidate whole = q.quote();
        // A paragraph after the first is no continuation of the quote before in its own paragraph: it names
        // the speaker the whole quotation continues.
        SpeakerRef later = whole.speaker().kind() == SpeakerRef.Kind.PREVIOUS && previous != null
                ? previous : whole.speaker();
        int from = whole.start();
        SpeakerRef speaker = whole.speaker();
        for (int[] b : breaks) {
            int[] span = QuoteText.trim(doc.text(), from, b[0]);
            if (span != null) {
                found.add(FoundQuote.of(span, whole.kind(), whole.cue(), speaker, q.priority()));
            }
            from = b[1];
            speaker = later;
        }
        int[] span = QuoteText.trim(doc.text(), from, whole.end());
        if (span != null) {
            found.add(FoundQuote.of(span, whole.kind(), whole.cue(), speaker, q.priority()));
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

    /** Words that put a title right after them: "a film titled “...”", "an album called “...”". */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("titled", "entitled", "subtitled",
            "called", "named", "dubbed", "nicknamed");

    /** The quote between the mark at {@code open} and the one at {@code close}, attributed, or null. */
    private FoundQuote quoted(TextDocument doc, MentionsByToken names, int open, int close, int after,
                              SpeakerRef previous, String previousCue) {
        int[] span = QuoteText.trim(doc.text(), open + 1, close);
        if (span == null) {
            return null;
        }
        int words = QuoteText.words(doc.text(), span[0], span[1]);
        int openToken = doc.tokenAtOrAfter(open);
        if (openToken > 0 && TITLE_WORDS.contains(doc.token(openToken - 1).lower())) {
            return null; // "the new work, subtitled “Glacier Hymns,” is ...": a title, not words anyone said
        }
        int next = doc.tokenAtOrAfter(after);
        // "Ruiz told a news conference: “We deserved more.” Her captain agreed.": the colon announces it.
        CueAttribution attribution = afterColon(doc.text(), open)
                ? attributions.before(doc, names, doc.tokenAtOrAfter(open)) : null;
        if (attribution == null && next < doc.size() && doc.paragraphEnd(after) > doc.token(next).start()
                && !newStatementAfter(doc, close, next)) {
            attribution = attributions.after(doc, names, next);
            if (attribution == null) {
                attribution = attributions.accordingTo(doc, names, next, previous);
            }
        }
        if (attribution == null) {
            attribution = attributions.namedAs(doc, names, doc.tokenAtOrAfter(open), words);
        }
        if (attribution == null) {
            attribution = attributions.before(doc, names, doc.tokenAtOrAfter(open));
            if (attribution != null && words < 4 && !lang.reportsWithoutThat(attribution.cue().split(" ")[0])) {
                return null; // "accused the forces of controlling “bandit formations”": a verb's object, quoted
            }
        }
        if (attribution == null) {
            attribution = introducedByColon(doc, names, open);
        }
        if (attribution == null && previous != null) {
            attribution = new CueAttribution(previousCue, SpeakerRef.PREVIOUS);
        }
        if (attribution == null) {
            if (words < 5 || looksLikeTitle(doc.text(), span[0], span[1]) || isHeading(doc, open, close)) {
                return null;
            }
            return FoundQuote.of(span, QuoteKind.DIRECT, null, SpeakerRef.NONE, MARKED);
        }
        if (words < 2) {
            return null;
        }
        return FoundQuote.of(span, QuoteKind.DIRECT, attribution.cue(), attribution.speaker(), MARKED);
    }

    /**
     * "... by another name.” Voltra Energy said it had built ...": a quotation whose last sentence closes with a
     * full stop inside its mark is followed by a new sentence, which attributes it only when it is a short
     * attribution ("Ruiz said.", "the ministry said in a statement."), not a statement of its own.
     */
    private static boolean newStatementAfter(TextDocument doc, int close, int next) {
        int last = close - 1;
        while (last > 0 && Character.isWhitespace(doc.text().charAt(last))) {
            last--;
        }
        if (last < 0 || doc.text().charAt(last) != '.') {
            return false;
        }
        return doc.sentenceEnd(doc.sentenceOf(next)) - next > MAX_ATTRIBUTION_SENTENCE;
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
    private CueAttribution introducedByColon(TextDocument doc, MentionsByToken names, int open) {
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
        return attributions.before(doc, names, doc.tokenAtOrAfter(colon));
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
}
