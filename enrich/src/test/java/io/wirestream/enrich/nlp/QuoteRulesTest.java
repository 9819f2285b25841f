package io.wirestream.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.wirestream.core.record.Quote;
import io.wirestream.core.record.QuoteKind;
import io.wirestream.core.record.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per quote form and per speaker rule, on sentences written for them. */
class QuoteRulesTest {

    private static final String INTRO = "Admiral Rob Bauer spoke in Brussels on Monday.\n";

    private static List<Quote> quotes(String text) {
        List<Quote> quotes = TextEnricher.standard().enrich(text).quotes();
        for (Quote q : quotes) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return quotes;
    }

    private static String speaker(Quote q) {
        Speaker s = q.speaker();
        return s == null ? null : s.name();
    }

    @Test
    void straightQuotesAttributedAfterwards() {
        assertThat(quotes(INTRO + "\"We must be ready for anything,\" said Bauer."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue, Quote::kind)
                .containsExactly(tuple("We must be ready for anything", "Rob Bauer", "said", QuoteKind.DIRECT));
    }

    @Test
    void curlyQuotesWithTheSubjectBeforeTheCue() {
        assertThat(quotes(INTRO + "“We must be ready for anything,” Bauer told reporters."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("We must be ready for anything", "Rob Bauer", "told reporters"));
    }

    @Test
    void guillemetsAndLowHighQuotes() {
        assertThat(quotes(INTRO + "«Nous sommes prêts à tout», said Bauer. „Wir sind bereit für alles“, he added."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("Nous sommes prêts à tout", "Rob Bauer"),
                        tuple("Wir sind bereit für alles", "Rob Bauer"));
    }

    @Test
    void attributionBeforeTheQuotation() {
        assertThat(quotes(INTRO + "Bauer said: \"The alliance must spend more on defence.\""))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("The alliance must spend more on defence", "Rob Bauer", "said"));
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsTwoQuotesOfOneSpeaker() {
        assertThat(quotes(INTRO + "\"We are ready,\" Bauer said. \"And we will stay ready for years.\""))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("We are ready", "Rob Bauer"), tuple("And we will stay ready for years", "Rob Bauer"));
    }

    @Test
    void dashIntroducedQuote() {
        assertThat(quotes(INTRO + "- It is smarter not to sit and wait until we are attacked - said Bauer."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue, Quote::kind)
                .containsExactly(tuple("It is smarter not to sit and wait until we are attacked", "Rob Bauer", "said",
                        QuoteKind.DIRECT));
    }

    @Test
    void colonIntroducedQuote() {
        assertThat(quotes(INTRO + "Bauer said: the alliance must spend more on defence."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::kind)
                .containsExactly(tuple("the alliance must spend more on defence", "Rob Bauer", QuoteKind.DIRECT));
    }

    @Test
    void unmarkedSpeechAttributedAtTheEnd() {
        assertThat(quotes(INTRO + "At the moment we have some time to prepare, said Rob Bauer in Brussels."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("At the moment we have some time to prepare", "Rob Bauer", "said"));
    }

    @Test
    void indirectSpeechWithThat() {
        assertThat(quotes(INTRO + "Bauer said on Monday that the alliance must replenish its stockpiles."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue, Quote::kind)
                .containsExactly(tuple("the alliance must replenish its stockpiles", "Rob Bauer", "said",
                        QuoteKind.INDIRECT));
    }

    @Test
    void aPronounIsTheLastSubject() {
        assertThat(quotes(INTRO + "Bauer met Bruno Kahl later.\nHe added that the alliance must replenish its stockpiles."))
                .extracting(QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("Rob Bauer", "added"));
    }

    @Test
    void accordingToBeforeAndAfterTheClause() {
        assertThat(quotes(INTRO + "According to him, the Kremlin sees Germany as an enemy.\n"
                + "Russia might attack before 2030, according to Bauer."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue, Quote::kind)
                .containsExactly(
                        tuple("the Kremlin sees Germany as an enemy", "Rob Bauer", "according to", QuoteKind.INDIRECT),
                        tuple("Russia might attack before 2030", "Rob Bauer", "according to", QuoteKind.INDIRECT));
    }

    @Test
    void inHisOpinion() {
        assertThat(quotes(INTRO + "In his opinion, deterring the opponent involves more than weapons."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("deterring the opponent involves more than weapons", "Rob Bauer", "in his opinion"));
    }

    @Test
    void aTitleNominalIsThePersonWithThatTitle() {
        assertThat(quotes(INTRO + "Bruno Kahl listened.\n- That is a key part of our deterrence - emphasized the admiral."))
                .extracting(QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("Rob Bauer", "emphasized"));
    }

    @Test
    void anOrganizationSpeaksThroughItsSpokesperson() {
        assertThat(quotes("BrewDog cut jobs.\n“We are cooperating in the matter,” said a BrewDog spokesperson."))
                .extracting(QuoteSupport::speaker)
                .containsExactly("BrewDog");
    }

    @Test
    void noSpeakerWhenTheTextDoesNotNameOne() {
        assertThat(quotes(INTRO + "The summit ended without an agreement on the budget, officials said.\n"
                + "\"It will not end well for anyone involved,\" they said.\n"
                + "The deal is dead and buried now, the source said."))
                .extracting(QuoteSupport::speaker)
                .containsOnlyNulls()
                .hasSize(3);
    }

    @Test
    void theListenerOfToldIsNotTheSpeaker() {
        assertThat(quotes(INTRO + "\"We are ready for anything,\" he told Bruno Kahl."))
                .extracting(QuoteSupport::speaker)
                .containsExactly("Rob Bauer");
    }

    @Test
    void aQuoteRepeatedAsAHeadingIsOneQuote() {
        List<Quote> found = quotes(INTRO + "\"We are in direct conflict with Russia\"\n"
                + "- We are in direct conflict with Russia - said Bauer.");
        assertThat(found).extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("We are in direct conflict with Russia", "Rob Bauer"));
        assertThat(found.get(0).start()).isGreaterThan(INTRO.length() + 40);
    }

    @Test
    void scareQuotesAndTitlesAreNoQuotes() {
        assertThat(quotes(INTRO + "The plan was called \"bold\" and the report \"The Road Ahead For Us\" was read."))
                .isEmpty();
    }

    @Test
    void aNestedQuotationWinsOverTheClauseAroundIt() {
        assertThat(quotes(INTRO + "- We are in conflict - said Bauer, also noting that the goal is to "
                + "\"strive for a new world order.\""))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("We are in conflict", "Rob Bauer", "said"),
                        tuple("strive for a new world order", "Rob Bauer", "noting"));
    }

    /** Extractors for AssertJ. */
    static final class QuoteSupport {
        static String speaker(Quote q) {
            return QuoteRulesTest.speaker(q);
        }
    }

    @Test
    void singleCurlyQuotes() {
        assertThat(quotes("Coach Marta Lindqvist faced the press in Oslo.\n"
                + "‘We were not sharp enough in the second half,’ Lindqvist said."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("We were not sharp enough in the second half", "Marta Lindqvist", "said"));
    }

    @Test
    void straightSingleQuotesAreNotApostrophes() {
        assertThat(quotes("Mayor Ines Okafor spoke in Lagos. 'The roads will be repaired before the rains,' she said. "
                + "The drivers' union welcomed it; it's overdue."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The roads will be repaired before the rains", "Ines Okafor"));
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneQuoteAParagraphOfItsFinalSpeaker() {
        String text = "Governor Elena Varga toured the flooded valley on Friday.\n\n"
                + "“The water reached the rooftops in three villages. Nobody was ready for it.\n\n"
                + "“We will rebuild every house, and we will do it together,” Varga said.";
        assertThat(quotes(text))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(
                        tuple("The water reached the rooftops in three villages. Nobody was ready for it",
                                "Elena Varga", QuoteKind.DIRECT),
                        tuple("We will rebuild every house, and we will do it together", "Elena Varga",
                                QuoteKind.DIRECT));
    }

    @Test
    void aQuoteInterruptedByAPronounAttributionIsTwoQuotesOfOneSpeaker() {
        assertThat(quotes("Mayor Jean Dupont spoke in Lyon on Monday.\n"
                + "\"We have done everything we could,\" he said, \"but the river rose too fast.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("We have done everything we could", "Jean Dupont"),
                        tuple("but the river rose too fast", "Jean Dupont"));
    }

    @Test
    void aPronounWithNobodyBeforeItGivesNoSpeaker() {
        assertThat(quotes("\"We have done everything we could,\" he said. Mayor Jean Dupont left Lyon."))
                .extracting(QuoteRulesTest::speaker).containsOnlyNulls();
    }

    @Test
    void theListenerIsPartOfTheCue() {
        assertThat(quotes("Minister Kofi Mensah spoke in Accra.\n"
                + "“The budget is balanced for the first time,” Mensah told reporters."))
                .extracting(Quote::cue).containsExactly("told reporters");
    }

    @Test
    void reportedSpeechWithoutThatNeedsAClause() {
        assertThat(quotes("Lena Fischer, the finance minister, said inflation was falling faster than expected.\n"
                + "The ministers agreed a new plan for the railways, and the unions approved it."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(tuple("inflation was falling faster than expected", "Lena Fischer", QuoteKind.INDIRECT));
    }

    @Test
    void anOrganizationSpeaksAsTheCompanyOrTheMinistry() {
        assertThat(quotes("Toyota reported record profits on Wednesday. “Demand for hybrid cars remains strong,” "
                + "the company said in a statement.\nThe Defence Ministry said its forces had shot down 20 drones overnight."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Toyota", "Defence Ministry");
    }

    @Test
    void aDashQuoteGoesOnAfterItsAttribution() {
        assertThat(quotes("Minister Olena Kovalenko visited Odesa.\n"
                + "- The port works even under fire - Kovalenko told reporters. - Ships arrive every day."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The port works even under fire", "Olena Kovalenko"),
                        tuple("Ships arrive every day", "Olena Kovalenko"));
    }

    @Test
    void quotedWordsInsideAReportedClauseBelongToIt() {
        assertThat(quotes("Economist Lars Berg said the bank was “playing for time” and would move in June."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(tuple("the bank was “playing for time” and would move in June", "Lars Berg",
                        QuoteKind.INDIRECT));
    }

    @Test
    void aQuotationEndingAReportedClauseTakesItsSpeaker() {
        assertThat(quotes("Coach Ana Ruiz spoke after the game. In her view, the squad needed “a new voice and a plan”."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("a new voice and a plan", "Ana Ruiz"));
    }

    @Test
    void aShortCircumstanceMayStandBetweenTheCueAndItsClause() {
        assertThat(quotes("The Japan Aerospace Exploration Agency (JAXA) said on Thursday its lander had sent images."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("its lander had sent images", "Japan Aerospace Exploration Agency"));
    }

    @Test
    void theListenerOfToldIsNoClause() {
        assertThat(quotes("‘This is only the beginning,’ Arthur Lind told Le Monde in an interview."))
                .extracting(Quote::text).containsExactly("This is only the beginning");
    }

    @Test
    void accordingToANameWithItsAcronymOrAStatementFromIt() {
        assertThat(quotes("According to the Food and Agriculture Organization (FAO), wheat prices have fallen by a fifth.\n"
                + "Toyota raised its forecast. The plant will reopen in May, according to a statement from the company."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Food and Agriculture Organization", "Toyota");
    }

    @Test
    void accordingToDataOrDocumentsIsNoQuote() {
        assertThat(quotes("The peso fell 3% to a record low on Friday, according to data compiled by Marlow Analytics. "
                + "According to court documents, the two men had met at a bar in Dunmore.\n"
                + "Exports rose by a tenth, according to the Trade Ministry."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Exports rose by a tenth", "Trade Ministry"));
    }

    @Test
    void aQuotedComplementOfACopulaIsPartOfTheReportedClause() {
        assertThat(quotes("Mayor Ellen Varga said the repairs were \"far too slow for our residents\" and promised "
                + "a new contractor."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the repairs were \"far too slow for our residents", "Ellen Varga"));
    }

    @Test
    void aGroupLedByAPersonSpeaksThroughThatPerson() {
        assertThat(quotes("Harcourt Bank analysts led by Mirela Stoica cut their forecast for the lira, writing in a "
                + "note that \"the central bank has run out of room.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the central bank has run out of room", "Mirela Stoica"));
    }

    @Test
    void aPersonJudgingBeforeAColonSaysTheQuotation() {
        assertThat(quotes("The band's drummer, Ola Berg, was less diplomatic: \"The new songs are too slow. Nobody "
                + "dances to them.\"\nThe verdict was clear: \"Nobody came back for the second half of the show.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The new songs are too slow. Nobody dances to them", "Ola Berg"),
                        tuple("Nobody came back for the second half of the show", null));
    }

    @Test
    void aVerbOfNamingWithItsObjectIntroducesTheQuotation() {
        assertThat(quotes("Mayor Ellen Varga opened the new bridge on Monday, calling it \"a promise kept to every family "
                + "in this valley\".\nThe critic Ruth Amsel called her, in Die Zeit, \"the bravest pianist of her "
                + "time.\" Writing in 2020, Jonas Feld described her Chopin as \"cold and hurried.\"\n"
                + "Governor Ana Lis called the deal \"good news\"."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("a promise kept to every family in this valley", "Ellen Varga"),
                        tuple("the bravest pianist of her time", "Ruth Amsel"),
                        tuple("cold and hurried", "Jonas Feld"));
    }

    @Test
    void aTitleAfterTitledOrSubtitledIsNoQuote() {
        assertThat(quotes("Composer Ola Berg said his new symphony, subtitled \"Songs of the Northern Ice Fields,\" "
                + "took four years to write."))
                .extracting(Quote::text)
                .containsExactly("his new symphony, subtitled \"Songs of the Northern Ice Fields,\" took four years to write");
    }

    @Test
    void aReportedClauseAfterACircumstanceOrAnApposition() {
        assertThat(quotes("The Central Bank of Ruritania said in a statement late Tuesday it would sell dollars to "
                + "lenders.\nResidents of Dorval village, one of the hamlets near the mine, said they would keep "
                + "protesting.\nThe conservation group Reefwatch, which has worked with fishermen for a decade, said "
                + "the findings showed the need for more money."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("it would sell dollars to lenders", "Central Bank of Ruritania"),
                        tuple("they would keep protesting", null),
                        tuple("the findings showed the need for more money", "Reefwatch"));
    }

    @Test
    void aRelativeClauseOnTheObjectOfACueIsNoReportedClause() {
        assertThat(quotes("Carla Nunes, a composer who lives in Lisbon, writes music that draws on folk songs and on "
                + "jazz.\nNunes said again that officials knew about the leak for months."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("officials knew about the leak for months", "Carla Nunes"));
    }

    @Test
    void accordingToAfterADatelineLeavesTheDatelineOut() {
        assertThat(quotes("TARAWA, Kiribati — Half of the island's wells have turned salty, according to the Water "
                + "Authority."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Half of the island's wells have turned salty", "Water Authority"));
    }

    @Test
    void accordingToARoleAndThePersonInApposition() {
        assertThat(quotes("Bookings at the city's museums rose by a fifth last year, according to their director, "
                + "Elena Varga.\nTicket prices will rise in May, according to a statement from the council."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Elena Varga", null);
    }

    @Test
    void aLongRoleOpeningTheSentenceThenTheNameInApposition() {
        assertThat(quotes("The leader of the smaller Rural Voice party, Ana Silva, whose votes could decide the "
                + "budget, said she was ready to start talks on Monday."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("she was ready to start talks on Monday", "Ana Silva"));
    }

    @Test
    void whoSpeaksThroughAPhraseBeforeTheCue() {
        assertThat(quotes("Anna Nowak of the University of Warsaw said the results were a warning for both parties.\n"
                + "Analysts at Morgan Stanley said the delay was a sensible response to the glut."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Anna Nowak", null);
    }

    @Test
    void aCueAfterAndHasTheSentencesSubjectAndAParentheticalMayPrecedeThat() {
        assertThat(quotes("India's delegate, Chandni Rao, called the amount “abysmally poor” and said her country could "
                + "not accept it.\nMinister Wim Hoek spoke next. He acknowledged, however, that it would not satisfy everyone."))
                .extracting(Quote::text, QuoteRulesTest::speaker).containsExactly(
                        tuple("her country could not accept it", "Chandni Rao"),
                        tuple("it would not satisfy everyone", "Wim Hoek"));
    }

    @Test
    void aFewQuotedWordsEndingAReportedClauseStayInIt() {
        assertThat(quotes("Director-General Amina Njoroge said the rise of cases in the region was \"very worrying\"."))
                .extracting(Quote::text).containsExactly("the rise of cases in the region was \"very worrying");
    }

    @Test
    void aCueAndColonEndingAParagraphAttributeTheQuotationOpeningTheNext() {
        assertThat(quotes(INTRO + "Bauer said in a video message:\n\n“The alliance must spend more on defence.”"))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(tuple("The alliance must spend more on defence", "Rob Bauer", QuoteKind.DIRECT));
    }

    @Test
    void wordsBeforeACueThatAnnouncesAQuotationAreNoQuote() {
        assertThat(quotes(INTRO + "Standing beside the damaged runway at the base, he said: “The alliance must spend more.”"))
                .extracting(Quote::text).containsExactly("The alliance must spend more");
    }

    @Test
    void declaredWithAnObjectIsNoSpeech() {
        assertThat(quotes("The government declared a state of emergency across the region on Friday, after the floods.\n"
                + "Governor Ana Ruiz declared that the roads would reopen soon."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the roads would reopen soon", "Ana Ruiz"));
    }

    @Test
    void aTitleOfAnOrganizationIsAPersonNotTheOrganization() {
        assertThat(quotes("The former chief executive of Danish lender Holmgaard Bank told a court that he had never seen "
                + "the reports.\n\nLars Eriksen, 58, denies the charges."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Lars Eriksen");
    }

    @Test
    void saidXAndThatYIsOneReportedClause() {
        assertThat(quotes("Mayor Tom Reid said no decision had been taken and that the library would stay open."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("no decision had been taken and that the library would stay open", "Tom Reid"));
    }

    @Test
    void aPastFormSoonAfterTheCueMakesAReportedClause() {
        assertThat(quotes("Finance chief Mark Hollis said sales at older stores fell 2 percent in the quarter."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("sales at older stores fell 2 percent in the quarter", "Mark Hollis"));
    }

    @Test
    void aPlainNounBeforeSaidIsAnUnnamedSpeakerOfTheClauseAfterIt() {
        assertThat(quotes("A resident said gunfire could be heard all morning."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("gunfire could be heard all morning", null));
    }

    @Test
    void aCueThatReportsOnlyWithThatNeedsAName() {
        assertThat(quotes("A presentation to bondholders indicated office jobs would be cut.")).isEmpty();
    }

    @Test
    void aVerbPhraseAfterTheObjectIsNoClause() {
        assertThat(quotes("The Ministry of Defence confirmed the attack but did not give a death toll.")).isEmpty();
    }

    @Test
    void quotedAsSayingHasItsSubjectBeforeThePassive() {
        assertThat(quotes("Colonel Moussa Diarra, a spokesman for the army, was quoted as saying by state television "
                + "that the soldiers had fought bravely."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the soldiers had fought bravely", "Moussa Diarra"));
    }

    @Test
    void anUnmarkedQuoteStartsAfterTheDateline() {
        assertThat(quotes("NEW YORK — Halvorsen Stores will close 40 shops next year, the company said on Tuesday."))
                .extracting(Quote::text).containsExactly("Halvorsen Stores will close 40 shops next year");
    }

    @Test
    void aTitledNameInAnAppositionAfterANominalIsTheSpeaker() {
        assertThat(quotes("“We will fight on,” said Janet Pryce. The council's leader, Councillor Tom Reid, said "
                + "no decision had been taken."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Janet Pryce", "Tom Reid");
    }

    @Test
    void aNameInAnAppositionAfterANounPhraseIsTheSpeakerPastItsAgeAndJob() {
        assertThat(quotes("His wife, Sarah Grady, 49, a teacher, told reporters that the family was relieved."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Sarah Grady");
    }

    @Test
    void aColonBeforeTheQuotationAnnouncesItsSpeaker() {
        assertThat(quotes("Coach Ana Ruiz told a news conference on Sunday: “We deserved more.” Her captain agreed."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Ana Ruiz");
    }

    @Test
    void accordingToATitledPersonIsThatPerson() {
        assertThat(quotes("Two people were killed in the attack, according to regional governor Oleh Marchenko."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Oleh Marchenko");
    }

    @Test
    void anUnnamedSpeakerMayStandBeforeAParticiplePhrase() {
        assertThat(quotes("A senior official, speaking on condition of anonymity, said the attack was the largest."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the attack was the largest", null));
    }

    @Test
    void anOrganizationInAnAppositionWithItsArticleAndNounIsTheSpeaker() {
        assertThat(quotes("Harlow's largest shareholder, the pension fund Norvik Capital, said it still backed "
                + "the board."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Norvik Capital");
    }

    @Test
    void theDatelineIsNoPartOfTheFirstSentencesSubject() {
        assertThat(quotes("WASHINGTON — Senator Grace Whitfield, a Democrat from Oregon, said on Tuesday that she "
                + "would vote against the bill."))
                .extracting(QuoteRulesTest::speaker).containsExactly("Grace Whitfield");
    }

    @Test
    void aCueInTheNextSentenceDoesNotAttributeAQuotationThatEndedItsOwn() {
        assertThat(quotes("Sue Carter accused him of 'hiding behind spreadsheets'. Raj Patel said he would publish "
                + "the figures next week."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("he would publish the figures next week", "Raj Patel"));
    }

    @Test
    void officialsAreUnnamedSpeakersThoughTheyAreAStopWord() {
        assertThat(quotes("Officials said the talks had failed after a long night."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the talks had failed after a long night", null));
    }

    @Test
    void aPersonInAppositionThatOpensTheSentenceIsNoUnmarkedQuote() {
        assertThat(quotes("Dr. Peter Mwangi, an epidemiologist who advises the government, said the strain appeared "
                + "to spread faster."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the strain appeared to spread faster", "Peter Mwangi"));
    }

    @Test
    void aReportedClauseEndsWhereAnotherSpeakersClauseBegins() {
        assertThat(quotes("Ana Ruiz said border checks had been stepped up, while Tom Reid said no cases had "
                + "been found."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("border checks had been stepped up", "Ana Ruiz"),
                        tuple("no cases had been found", "Tom Reid"));
    }

    @Test
    void aListenerWithItsArticleComesBeforeTheClause() {
        assertThat(quotes("Judge Simon Ward told the jury the trial would last three weeks. Ana Ruiz told the truth "
                + "about the money she had taken."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the trial would last three weeks", "Simon Ward"));
    }

    @Test
    void aPassiveCueAfterAnAdverbIsNoAttribution() {
        assertThat(quotes("The sale was first reported by the newspaper Kathimerini on Monday morning. The plan was "
                + "widely reported by local media across the country.")).isEmpty();
    }

    @Test
    void aPossessiveRoleBeforeANameInAppositionIsThatPerson() {
        assertThat(quotes("The chamber says the scheme is too small. “It is a drop in the ocean,” says its president, "
                + "Ewa Lis."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .contains(tuple("It is a drop in the ocean", "Ewa Lis"));
    }

    @Test
    void aParentheticalCueReportsTheClauseAfterIt() {
        assertThat(quotes("Ingrid Solberg led the study. If they decline, Solberg warned, the effect could spread "
                + "through the whole food web."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the effect could spread through the whole food web", "Ingrid Solberg"));
    }

    @Test
    void aParentheticalCueBeforeASubordinateClauseReportsNothingAfterIt() {
        assertThat(quotes("Ana Ruiz spoke. The firm has had a place in her heart since 1984, Ruiz said, ever since "
                + "she did an internship there."))
                .extracting(Quote::text).doesNotContain("she did an internship there");
    }

    @Test
    void aQuotationEndingTheSecondOfTwoReportedClausesIsPartOfTheReport() {
        assertThat(quotes("Mayor Lena Ortiz told the council that the bridge had been closed for safety checks and "
                + "that the repairs were “well within the usual budget for such work”."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(tuple("the bridge had been closed for safety checks and that the repairs were "
                        + "“well within the usual budget for such work", "Lena Ortiz", QuoteKind.INDIRECT));
    }

    @Test
    void aQuotationAfterAThatInsideTheReportedClauseIsPartOfTheReport() {
        assertThat(quotes("Tom Reid said the inquiry had proved that “nobody checks the figures until it is too late”."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the inquiry had proved that “nobody checks the figures until it is too late",
                        "Tom Reid"));
    }

    @Test
    void aQuotedNounPhraseAfterACopulaIsPartOfTheReport() {
        assertThat(quotes("Ana Ruiz spoke after the vote. She said that plan was “a question for the voters”."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("plan was “a question for the voters", "Ana Ruiz"));
    }

    @Test
    void aReportedClauseEndsWhereTheSpeakerDoesSomethingElse() {
        assertThat(quotes("Tom Reid spoke next. He said farmers had stopped planting wheat in the valley, and he "
                + "showed a photograph of a dry riverbed."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("farmers had stopped planting wheat in the valley", "Tom Reid"));
    }

    @Test
    void aReportedClauseEndsBeforeASecondVerbAfterItsQuotation() {
        assertThat(quotes("The Royal College of Nursing said in a statement that the new offer was \"an insult to "
                + "every nurse in the country\" and accused ministers of wasting time."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the new offer was \"an insult to every nurse in the country",
                        "Royal College of Nursing"));
    }

    @Test
    void aQuotationAfterAndThatIsAQuoteOfItsOwn() {
        assertThat(quotes("Colonel Mark Ellis told the committee that the report “is simply wrong,” and that “no "
                + "soldier was ever ordered to fire on the crowd.”"))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the report “is simply wrong", "Mark Ellis"),
                        tuple("no soldier was ever ordered to fire on the crowd", "Mark Ellis"));
    }

    @Test
    void aNounEndingInLyIsNoAdverbBeforeTheCue() {
        assertThat(quotes("The family said a funeral would be held in Leeds next month."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("a funeral would be held in Leeds next month", null));
    }

    @Test
    void itInARelativeClauseIsTheOrganizationThatOpensTheSentence() {
        assertThat(quotes("Toyota published a report on Monday, in which it said it expected sales to fall by "
                + "a fifth."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("it expected sales to fall by a fifth", "Toyota"));
    }

    @Test
    void anUnnamedSubjectWithARelativeClauseStillReports() {
        assertThat(quotes("One nurse at the clinic, who asked not to be named because she feared losing her job, "
                + "said she had worked three double shifts in a week."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("she had worked three double shifts in a week", null));
    }

    @Test
    void titlesOpenANameBeforeARelativeClauseAndTheListenerBeforeThat() {
        assertThat(quotes("Canadian Prime Minister Anne Fortier, whose party lost two seats last month, told "
                + "reporters at the end of the meeting that Canada would double its aid."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("Canada would double its aid", "Anne Fortier", "told reporters"));
    }

    @Test
    void aClosingAttributionMayNameTheSpeakerInApposition() {
        assertThat(quotes("Jonas Berg, a painter, has died. The cause was heart failure, his son, Olof Berg, said."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The cause was heart failure", "Olof Berg"));
    }

    @Test
    void anOpeningParticiplePhraseIsNoQuoteWhenTheCueReportsAThatClause() {
        assertThat(quotes("Closing the conference in Vienna, Chancellor Karl Huber said in his speech that Europe "
                + "had to act together."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Europe had to act together", "Karl Huber"));
    }

    @Test
    void aRoleAfterTheQuotationWithTheNameInAppositionIsThatPerson() {
        assertThat(quotes("The inquiry published its findings.\n\n“We found a pattern of missed warnings across "
                + "the network,” the inquiry's chair, Dr. Ruth Okonkwo, told reporters in Leeds."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("We found a pattern of missed warnings across the network", "Ruth Okonkwo"));
    }

    @Test
    void aNameWithARelativeClauseBeforeTheCueIsTheSpeaker() {
        assertThat(quotes("Peter Alder, a fisherman, lost his boat.\n\n“The river took everything we had,” Alder, "
                + "who now sleeps in a school hall with his three sons, said."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("The river took everything we had", "Peter Alder"));
    }

    @Test
    void aCueWordAfterAPossessiveIsANounAndClosesNoQuote() {
        assertThat(quotes("The council leader, Councillor Mary Hobbs, rejected the opposition's claims."))
                .isEmpty();
        assertThat(quotes("The port director, Captain Ivo Maric, dismissed the dockers' claims.")).isEmpty();
    }

    @Test
    void aVerbThatReportsOnlyBeforeThatTakesAnObjectNotAnInvertedSubject() {
        assertThat(quotes("At the camp outside the town, a trader, Joseph Mensah, lamented the loss of his shop "
                + "and stock.")).isEmpty();
    }

    @Test
    void aReportedClauseAndThatAQuotationWithoutACommaIsOneQuote() {
        assertThat(quotes(INTRO + "Bauer said the council had agreed without a vote and that “nobody wants a delay”."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("the council had agreed without a vote and that “nobody wants a delay",
                        "Rob Bauer"));
    }

    @Test
    void aParticipleCueWithThatAfterAReportedClauseReportsAClauseOfItsOwn() {
        assertThat(quotes(INTRO + "Bauer stressed that the alliance was ready, noting that troops in the east had "
                + "received new equipment."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("the alliance was ready", "Rob Bauer", "stressed"),
                        tuple("troops in the east had received new equipment", "Rob Bauer", "noting"));
    }

    @Test
    void aReportedClauseWithTwoQuotationsIsTheQuoteNotItsLastQuotation() {
        assertThat(quotes("Ferrox Technologies said in a statement that the ruling “ignores the facts on the ground” "
                + "and would make customers “less safe, not more”."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("the ruling “ignores the facts on the ground” and would make customers "
                        + "“less safe, not more", "Ferrox Technologies"));
    }

    @Test
    void aCueAfterButSharesTheSubjectOfTheFirstVerb() {
        assertThat(quotes("Tarvo Holdings, the port operator, welcomed the ruling but said it came too late for the "
                + "dockers."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("it came too late for the dockers", "Tarvo Holdings"));
    }

    @Test
    void aKoreanFamilyNameAloneIsThePersonBeforeAParticiplePhrase() {
        assertThat(quotes("The award went to director Lee Jun-ho for his comedy. Lee, speaking in Korean, said he "
                + "would give the money to his crew."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("he would give the money to his crew", "Lee Jun-ho"));
    }

    @Test
    void averredReportsAThatClause() {
        assertThat(quotes(INTRO + "Bauer averred that the new ships would be ready by the spring."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("the new ships would be ready by the spring", "Rob Bauer", "averred"));
    }

    @Test
    void aNameBeforeAPhraseOpenedByWhileAndAParticipleIsTheSubjectNotTheOpeningPlace() {
        assertThat(quotes("At the Assembly, the member for Lakeside, Councillor Ruth Amadi, while speaking at the "
                + "session on Monday, noted that the road had been closed for a year."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("the road had been closed for a year", "Ruth Amadi"));
    }

    @Test
    void aQuotationOverTwoParagraphsContinuingAnAttributedOneKeepsItsSpeaker() {
        String text = "Helen Tamsin spoke at the show.\n\n"
                + "“We start at dawn,” says Tamsin. “The bees are calmer before the heat.\n\n"
                + "“My father did the same, and his father before him.”";
        assertThat(quotes(text))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("We start at dawn", "Helen Tamsin"),
                        tuple("The bees are calmer before the heat", "Helen Tamsin"),
                        tuple("My father did the same, and his father before him", "Helen Tamsin"));
    }

    @Test
    void aLongClauseEndingInQuotedWordsIsTheQuote() {
        assertThat(quotes("Orla Brennick said she would pay off part of her loan and “buy a very good chair”. "
                + "The Tenants Alliance warned that a clause requiring landlords to report rents could become "
                + "“a back door to rent control.”"))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::kind)
                .containsExactly(
                        tuple("she would pay off part of her loan and “buy a very good chair", "Orla Brennick",
                                QuoteKind.INDIRECT),
                        tuple("a clause requiring landlords to report rents could become “a back door to rent control",
                                "Tenants Alliance", QuoteKind.INDIRECT));
    }

    @Test
    void aSecondCueAfterAndOrButOpensASecondQuoteOfTheSameSpeaker() {
        assertThat(quotes("Energy Minister Thabo Mokoena told a briefing in Pretoria that the setback was temporary "
                + "and emphasised that the recovery plan remained on track. A Harbour Water spokesperson said repairs "
                + "would be finished by Wednesday, but warned that the outages could delay the refilling of tanks."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("the setback was temporary", "Thabo Mokoena", "told"),
                        tuple("the recovery plan remained on track", "Thabo Mokoena", "emphasised"),
                        tuple("repairs would be finished by Wednesday", "Harbour Water", "said"),
                        tuple("the outages could delay the refilling of tanks", "Harbour Water", "warned"));
    }

    @Test
    void aQuotationAfterAccusedAndTheClauseBeforeItAreTwoQuotes() {
        assertThat(quotes("Party leader Samir Haddad said in a statement that the movement had shown “great patience” "
                + "in the talks, and accused the government of “moving the goalposts every single week.”"))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("the movement had shown “great patience” in the talks", "Samir Haddad", "said"),
                        tuple("moving the goalposts every single week", "Samir Haddad", "accused"));
    }

    @Test
    void aCueAfterAnotherVerbHasThatVerbsSubject() {
        assertThat(quotes("Senator Curtis Albee was asked about the vote. Albee smiled and said: \"Ask me in June.\" "
                + "A representative for Albee dismissed the report and said the senator had never met the donor."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Ask me in June", "Curtis Albee"),
                        tuple("the senator had never met the donor", "Curtis Albee"));
    }

    @Test
    void aCueAfterAndAndAPhraseOfTimeHasTheSubjectOfTheFirstVerb() {
        assertThat(quotes("Mara Quinlan cancelled her tour. Two years ago she pulled out of a festival, and at "
                + "the time told BBC Radio that she had learned to look after her voice."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("she had learned to look after her voice", "Mara Quinlan"));
    }

    @Test
    void aLeadEndingInItSaidOrTheCompanySaidIsSaidByTheOrganizationItOpensWith() {
        assertThat(quotes("OSLO, March 3 (Reuters) - Nordhavn Bank has agreed to buy its smaller rival Fjordkyst Bank "
                + "for about 1.2 billion euros, it said on Monday."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Nordhavn Bank has agreed to buy its smaller rival Fjordkyst Bank for about "
                        + "1.2 billion euros", "Nordhavn Bank"));
    }

    @Test
    void aClosingAttributionMayNameAnOrganizationWithAndInItsName() {
        assertThat(quotes("Larkfield Foods is recalling 20,000 jars of baby food, the U.S. Food and Drug Administration "
                + "said on Tuesday."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Larkfield Foods is recalling 20,000 jars of baby food",
                        "U.S. Food and Drug Administration"));
    }

    @Test
    void officialsOfAnOrganizationOrInAPlaceAreNoNamedSpeaker() {
        assertThat(quotes("Talks resumed in Cairo. A senior Hamas official told Reuters that the group would not accept "
                + "the maps. Officials in Ankara, speaking on condition of anonymity, said the toll was expected to "
                + "rise. A Toyota spokesperson said the plant would reopen in May."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the group would not accept the maps", null),
                        tuple("the toll was expected to rise", null),
                        tuple("the plant would reopen in May", "Toyota"));
    }

    @Test
    void aSpeakerNamedAfterTheQuotationWithALongApposition() {
        assertThat(quotes("Residents of Soweto queued for water.\n\n\"We have had no power for ten hours. How must we "
                + "cook?\" Nomsa Dube, a 38-year-old mother of three from Orlando West, told News24."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("We have had no power for ten hours. How must we cook?", "Nomsa Dube", "told"));
    }

    @Test
    void accordingToTheStatementIsTheIssuerOfTheStatementBefore() {
        assertThat(quotes("The Harbour Authority said the port would stay closed and would \"not reopen until the wreck "
                + "is removed.\"\n\n\"Safety comes first, whatever the cost to shipping,\" according to the statement."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("the port would stay closed and would \"not reopen until the wreck is removed",
                                "Harbour Authority", "said"),
                        tuple("Safety comes first, whatever the cost to shipping", "Harbour Authority", "according to"));
    }

    @Test
    void heardPleadingAndFumedAttributeTheQuotationAfterThem() {
        assertThat(quotes("Matteo Rinaldi lost the lead. Rinaldi could be heard pleading with his team: \"Why "
                + "are we not stopping?\" Lisa Harkness, 41, from Motherwell, fumed: \"My daughter cried all "
                + "night.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Why are we not stopping?", "Matteo Rinaldi"),
                        tuple("My daughter cried all night", "Lisa Harkness"));
    }

    @Test
    void aQuestionPutToTheSubjectIsNoQuote() {
        assertThat(quotes("Mayor Dana Whitcombe spoke on Monday. Whitcombe, asked whether she would accept changes, was "
                + "blunt."))
                .isEmpty();
    }

    @Test
    void aClauseOfTheReporterAfterWhileAndANameEndsTheReportedClause() {
        assertThat(quotes("Tixway Group said on its website that customers would be contacted by email, while Halcyon "
                + "Records declined to comment."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("customers would be contacted by email", "Tixway Group"));
    }

    @Test
    void aPersonOfAnOrganizationWithAPossessiveNameIsThePerson() {
        assertThat(quotes("Dr. Tomas Ferreira of the University of Arizona's Lunar and Planetary Laboratory said "
                + "the observations offered a rare look at the comet."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the observations offered a rare look at the comet", "Tomas Ferreira"));
    }

    @Test
    void theSubjectBeforeARelativeClauseMayBeAnOrganizationAfterAPossessiveOrAPersonWithAnAffiliation() {
        assertThat(quotes("The Verdi union called a strike on Monday. Germany's Verdi union, which represents many employees at both banks, said it would fight "
                + "any compulsory redundancies. Her publisher, Siobhan Greer of the independent Fallowfield Press, "
                + "said the prize would change everything for the company."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("it would fight any compulsory redundancies", "Verdi"),
                        tuple("the prize would change everything for the company", "Siobhan Greer"));
    }

    @Test
    void aCueBeforeACommaAndAQuotationIntroducesItAndClosesNoUnmarkedQuote() {
        assertThat(quotes("Jim Penrose helps out. He is 74 and wary of bees, but he, he says, \"gets paid in "
                + "honey and abuse.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("gets paid in honey and abuse", "Jim Penrose"));
    }

    @Test
    void noClauseOpensWithACircumstanceAndACommaOrANameAndAComma() {
        assertThat(quotes("A comet far from the Sun is spewing gas, astronomers said on Monday, far beyond the usual "
                + "distance. Jim Penrose keeps bees. In a parish where the headstones say Penrose, nobody quite believes it."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("A comet far from the Sun is spewing gas", null));
    }

    @Test
    void aPresentFormAfterAPronounMakesAClauseOfAVerbThatOtherwiseNeedsThat() {
        assertThat(quotes("Helen Pascoe worries about her mother working alone, and admits she rarely wins the "
                + "argument."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("she rarely wins the argument", "Helen Pascoe", "admits"));
    }

    @Test
    void theReportedClauseBeginsBeforeAThatAfterItsOwnVerbOrALongCircumstance() {
        assertThat(quotes("Opposition spokeswoman Annelie van Rooyen said the return to rationing showed that the "
                + "minister's promises had been \"built on sand\". The ministry said in a second statement on Friday "
                + "evening that it was also studying whether to bring water by ship."))
                .extracting(Quote::text)
                .containsExactly("the return to rationing showed that the minister's promises had been \"built on sand",
                        "it was also studying whether to bring water by ship");
    }

    @Test
    void aFewQuotedWordsAsTheObjectOfAVerbThatNeedsThatAreNoQuote() {
        assertThat(quotes("The two ministries accused the forces at the base of controlling \"bandit formations\" in "
                + "the desert."))
                .isEmpty();
    }

    @Test
    void aCommentOfTheReporterAfterACommaEndsTheReportedClause() {
        assertThat(quotes("Two sources said Israel had presented new maps of the buffer zone, a proposal Hamas rejected "
                + "as \"occupation by another name.\" Voltra Energy said it had built a battery that charges in six "
                + "minutes, a result that could change electric driving."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("Israel had presented new maps of the buffer zone", null),
                        tuple("it had built a battery that charges in six minutes", "Voltra Energy"));
    }

    @Test
    void aNewStatementAfterAQuotationThatEndsItsSentenceIsNoAttribution() {
        assertThat(quotes("Mayor Ines Okafor spoke on Monday. \"The roads will be repaired before the rains.\" Veldt "
                + "Construction said it had been paid for only half of the work it did last year."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The roads will be repaired before the rains", null),
                        tuple("it had been paid for only half of the work it did last year", "Veldt Construction"));
    }

    @Test
    void aClauseWithACueOfItsOwnEndsTheReportedClauseAfterAQuotedWordToo() {
        assertThat(quotes("The Delmont Group said it was \"disappointed\" and would work with the council, while the "
                + "opposition accused ministers of standing by."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("it was \"disappointed\" and would work with the council", "Delmont Group"));
    }

    @Test
    void aSecondVerbAfterAQuotationIsNoAttributionOfIt() {
        assertThat(quotes("Union leader Mark Collins called the decision \"a betrayal of loyal workers\" and vowed to "
                + "fight it."))
                .extracting(Quote::text, QuoteRulesTest::speaker, Quote::cue)
                .containsExactly(tuple("a betrayal of loyal workers", "Mark Collins", "called")); // not "vowed"
    }

    @Test
    void aTitledNameWithItsPartyAndStateAfterTheQuotationOrInApposition() {
        assertThat(quotes("\"We are not going to give up,\" Sen. Maria Alvarez, D-Calif., told reporters after the vote. "
                + "Her Republican counterpart, Sen. Tom Buckley of Kansas, said the bill cost too much."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("We are not going to give up", "Maria Alvarez"),
                        tuple("the bill cost too much", "Tom Buckley"));
    }

    @Test
    void aPluralNounAfterSaidOpensAClauseInThePresentTense() {
        assertThat(quotes("Dr. Amara Obi works at the children's hospital. Obi said symptoms to watch for include fever "
                + "and poor feeding. She warned parents to keep the cans."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("symptoms to watch for include fever and poor feeding", "Amara Obi"));
    }

    @Test
    void theCompanyIsTheOneTheTextIsAboutWhenNoOrganizationNearbyIsASubject() {
        assertThat(quotes("OSLO (Reuters) - Nordvik Minerals cut its output forecast on Monday.\n\nMorgan Stanley "
                + "analyst Ola Sund said the cut had been expected.\n\nShares in Nordvik Minerals were down 4% by noon, "
                + "the worst performer on the Nordic Growth Index.\n\n"
                + "The company kept its dividend unchanged but said it would delay a share buyback until August."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the cut had been expected", "Ola Sund"),
                        tuple("it would delay a share buyback until August", "Nordvik Minerals"));
    }

    @Test
    void theNewsOutletOfTheDatelineOrTheListenerIsNeverTheCompany() {
        assertThat(quotes("DENVER (AP) - Tallow, a software startup, said Monday that a server had been left open.\n\n"
                + "\"It took me a week to find it,\" researcher Ivo Brandt told The Associated Press.\n\n"
                + "In a blog post, the company wrote that no payment data had been exposed."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .contains(tuple("no payment data had been exposed", "Tallow"));
    }

    @Test
    void anAppositionWithAnIndefiniteArticleDescribesTheSubject() {
        assertThat(quotes("In a letter on Monday, Sen. Ana Ruiz, a Nevada Democrat, wrote that the rule was unfair."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the rule was unfair", "Ana Ruiz"));
    }

    @Test
    void aCueWordAfterANumberIsAPluralNoun() {
        assertThat(quotes("Poland's Jan Nowak won his first title on Sunday, saving three match points before beating "
                + "Luis Ortega in the final."))
                .isEmpty();
    }

    @Test
    void aNounWithARelativeClauseWithoutThatIsTheObjectOfAVerbThatNeedsThat() {
        assertThat(quotes("A mother and her daughter have described the moment they were lifted from the flood water."))
                .isEmpty();
    }

    @Test
    void anAsideWithAPossessiveAfterACommaEndsTheReportedClause() {
        assertThat(quotes("Marek Nowak said he would skip the next event to rest his knee, with his next stop the clay "
                + "season in Madrid."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("he would skip the next event to rest his knee", "Marek Nowak"));
    }

    @Test
    void aParagraphOfQuotationAloneAfterAPersonsQuoteGoesOnWithTheirWords() {
        assertThat(quotes("\"We held on to the hull for hours,\" Owen Tregear said at his home on Monday.\n\n"
                + "\"I have sailed that bay since I was a boy. But the wind turned in minutes.\n\n"
                + "\"When I saw the lifeboat I just cried.\""))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("We held on to the hull for hours", "Owen Tregear"),
                        tuple("I have sailed that bay since I was a boy. But the wind turned in minutes", "Owen Tregear"),
                        tuple("When I saw the lifeboat I just cried", "Owen Tregear"));
    }

    @Test
    void aNationalityRightAfterAPersonTheSentenceIntroducesIsThatPerson() {
        assertThat(quotes("Marek Nowak won his first title on Sunday.\n\nNowak's week included a win over Pierre "
                + "Lavigne, and the Frenchman admitted afterwards that he had felt tired."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("he had felt tired", "Pierre Lavigne"));
    }

    @Test
    void analystsOfAnOrganizationWritingInANoteSpeakForIt() {
        assertThat(quotes("Copper rose 1% on Monday. Analysts at Morgan Stanley said in a note that supply would stay "
                + "tight.\n\nBarclays analysts said in a research note to clients that demand in China was recovering "
                + "faster than expected.\n\nAnalysts at Morgan Stanley said that prices could fall again by the summer."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("supply would stay tight", "Morgan Stanley"),
                        tuple("demand in China was recovering faster than expected", "Barclays"),
                        tuple("prices could fall again by the summer", null));
    }

    @Test
    void theRulingIsTheOneOfTheCourtThatRuled() {
        assertThat(quotes("The Supreme Court of Ruritania ruled on Friday that the tax was lawful.\n\nAccording to "
                + "the ruling, parliament had given enough notice of the change."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("parliament had given enough notice of the change", "Supreme Court of Ruritania"));
    }

    @Test
    void aRelativeClauseAfterANameReportsWhatThatPersonSaid() {
        assertThat(quotes("The leak was found by security researcher Tomas Vidal, who said he came across the open "
                + "server on March 3 while scanning for exposed databases."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("he came across the open server on March 3 while scanning for exposed databases",
                        "Tomas Vidal"));
    }

    @Test
    void quotedWordsInsideAnUnmarkedQuoteArePartOfIt() {
        assertThat(quotes("Judge Ana Ruiz heard the case. The storage of the images \"without any clear legal basis\" "
                + "could not be called \"proportionate\", the judge wrote."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("The storage of the images \"without any clear legal basis\" could not be "
                        + "called \"proportionate\"", "Ana Ruiz"));
    }

    @Test
    void aVerbWithThePossessiveOfTheSpeakerAfterCommaAndIsTheSpeakersOwn() {
        assertThat(quotes("Analyst Marta Quist said the new guidance implied another year of falling output, and cut "
                + "her price target on the stock."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .containsExactly(tuple("the new guidance implied another year of falling output", "Marta Quist"));
    }

    @Test
    void theCompanyIsTheOneTheTextIsAboutNotAFirmItHired() {
        assertThat(quotes("OSLO (Reuters) - Nordvik Minerals said on Monday that a wall of its main pit had "
                + "collapsed.\n\nNordvik Minerals chief executive Ola Sund said the company had hired the consulting "
                + "firm Brandt Advisory to review the mine plan.\n\nThe Oslo-based company, which employs 4,000 "
                + "people, says its other mines are safe and will keep running."))
                .extracting(Quote::text, QuoteRulesTest::speaker)
                .contains(tuple("its other mines are safe and will keep running", "Nordvik Minerals"));
    }

    @Test
    void anAbbreviatedCompanyNameThenABareDayThenTheReportedClauseUpToTheReportersWhy() {
        assertThat(quotes("Kessler Systems Corp. said Tuesday it will invest 2 billion euros in two plants in the east, "
                + "betting that demand for batteries will outstrip supply."))
                .extracting(Quote::text, QuoteSupport::speaker, Quote::cue)
                .containsExactly(tuple("it will invest 2 billion euros in two plants in the east", "Kessler Systems Corp",
                        "said"));
    }

    @Test
    void aPossessiveNameAfterTheCueOpensTheReportedClauseAndSpeaksNothing() {
        assertThat(quotes("Shares in Kessler rose. Another analyst, Mori Akiko of Halden Securities Inc., said "
                + "Kessler's balance sheet could support the investment but that investors would want more evidence."))
                .extracting(QuoteSupport::speaker).doesNotContain("Kessler");
    }

    @Test
    void andCalledOnAfterAReportedClauseIsTheSpeakersOwnDemand() {
        assertThat(quotes("The union's leader, Mira Castellan, said her members would strike next month and called on "
                + "the council to reopen talks."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("her members would strike next month", "Mira Castellan"));
    }

    @Test
    void thoughAndASubjectWithACueOpenAQuoteOfItsOwn() {
        assertThat(quotes("Police in Varnholt said 14 people had been injured, though medics warned that the number "
                + "could rise."))
                .extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("14 people had been injured", "said"),
                        tuple("the number could rise", "warned"));
    }

    @Test
    void atLeastAndANumberAfterTheCueOpenAReportedClause() {
        assertThat(quotes("Dr. Maria Velt runs the clinic in Tessaly. She said at least 40 people had been treated since "
                + "Monday."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("at least 40 people had been treated since Monday", "Maria Velt"));
    }

    @Test
    void aSubjectAndAParticiplePhraseBeforeTheCueAreNoUnmarkedQuote() {
        assertThat(quotes("Two senior aides, speaking on condition of anonymity, said the minister chose the new team "
                + "over the weekend."))
                .extracting(Quote::text)
                .containsExactly("the minister chose the new team over the weekend");
    }

    @Test
    void aParticiplePhraseAfterTheReportedClauseIsTheReportersOwn() {
        assertThat(quotes("Dunmore Foods said it had cut prices on garden furniture to clear stock, weighing on its "
                + "margin, which fell to 28%."))
                .extracting(Quote::text)
                .containsExactly("it had cut prices on garden furniture to clear stock");
    }

    @Test
    void includingAfterTheReportedClauseStaysInIt() {
        assertThat(quotes("Dunmore Foods said it would close six stores, including two in Harlow."))
                .extracting(Quote::text)
                .containsExactly("it would close six stores, including two in Harlow");
    }

    @Test
    void aBareDayAfterTheClosingCueEndsTheSentence() {
        assertThat(quotes("The clinic will close every night from July 1, Tarvin Corp said Monday."))
                .extracting(Quote::text, QuoteSupport::speaker)
                .containsExactly(tuple("The clinic will close every night from July 1", "Tarvin Corp"));
    }
}
