package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The first quote finder: the common forms of English news, by rules over tokens. Each form has a class of
 * its own, named here, and the speaker phrases around a cue are read by {@code SpeakerBeforeCue},
 * {@code SpeakerAfterCue} and {@code CueSubject}.
 *
 * <ul>
 *   <li>Direct, in quotation marks ({@code "straight"}, {@code “curly”}, {@code „low-high“},
 *       {@code «guillemets»}), attributed by the cue next to the closing mark ({@code ," said Bauer},
 *       {@code ," he said}), else by the last cue before the opening mark in the sentence
 *       ({@code Heyward said: "...}), else by a cue and colon that end the paragraph before, else to the
 *       speaker of the quote before it in the paragraph.
 *       An unattributed quotation needs five words and must not look like a title
 *       ({@code QuotationMarkQuotes}).</li>
 *   <li>Direct, introduced by a dash and attributed after a closing dash
 *       ({@code - It is smarter ... - said Bauer.}; {@code DashQuotes}).</li>
 *   <li>Direct, introduced by a colon after a named speaker and cue ({@code Putin said: ...};
 *       {@code ColonQuotes}).</li>
 *   <li>Unmarked, with the attribution after the words ({@code At the moment, ..., said Rob Bauer};
 *       {@code UnmarkedQuotes}).</li>
 *   <li>Indirect: the clause after a cue verb with a subject ({@code Bauer said that ...},
 *       {@code He added that ...}; {@code ReportedQuotes}); {@code according to X}, before or after the clause
 *       ({@code AccordingToQuotes}); {@code In his opinion, ...} ({@code InOpinionQuotes}).</li>
 * </ul>
 * Where forms overlap, quotation marks and dashes win over the others; the same words quoted twice (a
 * headline repeating a quote) are one quote ({@code QuoteOverlaps}).
 */
public final class RuleQuoteFinder implements QuoteFinder {

    private final QuotationMarkQuotes quotationMarks;
    private final DashQuotes dashes;
    private final ColonQuotes colons;
    private final UnmarkedQuotes unmarked;
    private final ReportedQuotes reported;
    private final AccordingToQuotes accordingTo;
    private final InOpinionQuotes inOpinion;

    public RuleQuoteFinder(LanguageData lang) {
        CueVerbs cues = new CueVerbs(lang);
        SpeakerBeforeCue speakerBefore = new SpeakerBeforeCue(lang, cues);
        SpeakerAfterCue speakerAfter = new SpeakerAfterCue(lang, cues);
        CueSubject cueSubject = new CueSubject(lang, cues, speakerBefore, speakerAfter);
        QuotationAttribution attributions = new QuotationAttribution(lang, cues, speakerBefore, speakerAfter,
                cueSubject);
        quotationMarks = new QuotationMarkQuotes(lang, attributions);
        dashes = new DashQuotes(attributions);
        colons = new ColonQuotes(cues, speakerBefore);
        unmarked = new UnmarkedQuotes(lang, cues, speakerBefore, speakerAfter);
        reported = new ReportedQuotes(lang, cues, speakerBefore, cueSubject, new ReportedClauseEnd(lang, cues));
        accordingTo = new AccordingToQuotes(lang, speakerAfter);
        inOpinion = new InOpinionQuotes(lang);
    }

    @Override
    public List<QuoteCandidate> find(TextDocument doc, List<NamedEntity> entities) {
        MentionsByToken names = new MentionsByToken(doc, entities);
        List<FoundQuote> found = new ArrayList<>();
        quotationMarks.find(doc, names, found);
        dashes.find(doc, names, found);
        for (int s = 0; s < doc.sentences().size(); s++) {
            colons.find(doc, names, s, found);
            unmarked.find(doc, names, s, found);
            reported.find(doc, names, s, found);
            accordingTo.find(doc, names, s, found);
            inOpinion.find(doc, s, found);
        }
        return QuoteOverlaps.resolve(doc, found);
    }
}
