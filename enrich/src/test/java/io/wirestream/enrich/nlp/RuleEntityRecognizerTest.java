package io.wirestream.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entity rules, each on sentences written for it. */
class RuleEntityRecognizerTest {

    private static List<Entity> entities(String text) {
        return TextEnricher.standard().enrich(text).entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void splitsARunOfNamesAtTitlesAndKeepsTheTitlesOutOfTheName() {
        List<Entity> found = entities("NATO Military Committee Chairman Admiral Rob Bauer spoke in Brussels.");

        assertThat(found).extracting(Entity::name, Entity::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NATO Military Committee", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Rob Bauer", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Brussels", EntityType.LOCATION));
    }

    @Test
    void mergesASurnameIntoTheFullNameWithAStableId() {
        String text = "Admiral Rob Bauer spoke first. Later, Bauer added a warning. Bauer left.";
        Entity bauer = named(entities(text), "Rob Bauer").orElseThrow();

        assertThat(bauer.id()).isEqualTo("person:rob-bauer");
        assertThat(bauer.aliases()).containsExactly("Bauer");
        assertThat(bauer.mentions()).extracting(Mention::text).containsExactly("Rob Bauer", "Bauer", "Bauer");
        for (Mention m : bauer.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void keepsASharedSurnameForWhomItNamedFirstAndTellsTheOtherByGivenName() {
        String text = "Anna Kowalski opened the bakery in 1990. Kowalski still bakes every day. Her nephew, "
                + "Tomasz Kowalski, joined in 2015. Kowalski taught him the recipes. Tomasz now runs the shop.";
        List<Entity> found = entities(text);

        assertThat(named(found, "Anna Kowalski").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Anna Kowalski", "Kowalski", "Kowalski");
        assertThat(named(found, "Tomasz Kowalski").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Tomasz Kowalski", "Tomasz");
    }

    @Test
    void aNameOfSeveralWordsWherePeopleWorkIsAnOrganization() {
        List<Entity> found = entities("Prices will rise, said Ines Wolf, an analyst at Brackwater Research.");

        assertThat(named(found, "Brackwater Research").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void joinsTheAliasesOfAKnownThing() {
        List<Entity> found = entities("NATO met on Monday. The North Atlantic Alliance must rearm, and the Alliance "
                + "knows it. The U.S. agreed, as did the United States Congress.");
        Entity nato = named(found, "North Atlantic Alliance").orElseThrow();
        assertThat(nato.id()).isEqualTo("organization:north-atlantic-treaty-organization");
        assertThat(nato.aliases()).containsExactly("NATO", "Alliance");
        assertThat(found).filteredOn(e -> e.id().equals("location:united-states")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("U.S."));
    }

    @Test
    void aContextualAliasNeedsItsThingNamedElsewhere() {
        assertThat(entities("The Alliance of Small Farmers met. The Alliance said little."))
                .noneMatch(e -> e.id().startsWith("organization:north-atlantic"));
    }

    @Test
    void anAcronymInBracketsNamesTheThingBeforeIt() {
        List<Entity> found = entities("The Tram Users Council (TUC) objected. The TUC will appeal.");
        Entity council = named(found, "Tram Users Council").orElseThrow();
        assertThat(council.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(council.aliases()).containsExactly("TUC");
        assertThat(council.mentions()).hasSize(3);
    }

    @Test
    void ignoresCapitalizedCommonWordsThatOpenASentence() {
        List<Entity> found = entities("During a conference in Brussels, leaders met. Earlier, nobody came. "
                + "Police arrived. The police left.");
        assertThat(found).extracting(Entity::name).containsExactly("Brussels");
    }

    @Test
    void typesDemonymsAsMiscAndPossessivesByTheirName() {
        List<Entity> found = entities("Russian officials said the Kremlin's plan worked.");
        assertThat(named(found, "Russian")).get().extracting(Entity::type).isEqualTo(EntityType.MISC);
        assertThat(named(found, "Kremlin")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void findsPeopleByRoleWordGivenNameAndSpeechVerb() {
        List<Entity> found = entities("Denver goalkeeper Tarik Vossberg saved twice. Quentavius Oyelaran said nothing. "
                + "Team captain Zorro Quxley also played.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .contains("Tarik Vossberg", "Quentavius Oyelaran");
    }

    @Test
    void typesSuffixesAndBrands() {
        List<Entity> found = entities("The Leeds Fire Department thanked BrewDog and the Rangers.");
        assertThat(named(found, "Leeds Fire Department")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "BrewDog")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Rangers")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void knowsRegionsSmallerCitiesAndTheirAsciiSpellings() {
        List<Entity> found = entities("Rescuers reached Elazig and Kramatorsk after storms in Gauteng, County Kerry "
                + "and Lower Saxony.");
        for (String place : List.of("Elazig", "Kramatorsk", "Gauteng", "County Kerry", "Lower Saxony")) {
            assertThat(named(found, place)).as(place).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aSmallPlaceNamedLikeAPersonOrBrandIsNoPlace() {
        List<Entity> found = entities("Nokia and Tesco said on Monday that talks had ended.");
        assertThat(named(found, "Nokia")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Tesco")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void readsDatelinesInCapitalsButNoAcronymsInHeadings() {
        List<Entity> found = entities("LISBON — Portugal won the final.\nPERU WINS AT LAST\nThe team trained in Zhovtyi.");
        assertThat(named(found, "LISBON")).get().extracting(Entity::id).isEqualTo("location:lisbon");
        assertThat(named(found, "Zhovtyi")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(found).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    @Test
    void joinsNameParticles() {
        assertThat(entities("Ursula von der Leyen spoke.")).extracting(Entity::name).containsExactly("Ursula von der Leyen");
    }

    @Test
    void splitsASequenceOfKnownNames() {
        assertThat(entities("Reuters NATO correspondent Sabine Siebold reported it."))
                .extracting(Entity::name).containsExactly("Reuters", "NATO", "Sabine Siebold");
    }

    @Test
    void typesAnOrganizationByWhatTheTextSaysAroundIt() {
        List<Entity> found = entities("She joined the law firm Brandtmoor in 2019. Quellwerk, founded in Leipzig in 2015, "
                + "makes pumps. More cuts are coming, according to analysts at Kestrelmoor. "
                + "Vellora chief executive Dan Ruiz resigned.");

        assertThat(found).extracting(Entity::name, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Brandtmoor", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Quellwerk", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Kestrelmoor", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Vellora", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Dan Ruiz", EntityType.PERSON));
    }

    @Test
    void aCouncillorIsATitleNotAName() {
        assertThat(entities("Councillor Janet Pryce spoke first.")).extracting(Entity::name, Entity::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Janet Pryce", EntityType.PERSON));
    }

    @Test
    void anUnknownNameInCapitalsThatOpensTheTextBeforeADashIsTheDateline() {
        List<Entity> found = entities("KETTLEBRIDGE, England — A row broke out. NEW YORK trading was calm.");

        assertThat(named(found, "KETTLEBRIDGE")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(found).noneMatch(e -> e.name().equals("YORK"));
    }

    @Test
    void aPossessiveInsideAnOrganizationsNameStaysInIt() {
        List<Entity> found = entities("The money came from the Holloway Children's Trust. Spain's Ministry of "
                + "Agriculture said so.");

        assertThat(named(found, "Holloway Children's Trust")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Ministry of Agriculture")).isPresent();
    }

    @Test
    void anOrganizationsHeadMayComeBeforeFor() {
        assertThat(named(entities("Researchers at the Kvarnes Institute for Polar Research agreed."),
                "Kvarnes Institute for Polar Research")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameInAppositionAfterARoleIsAPerson() {
        assertThat(named(entities("The interim president, Amadou Keïta, wrote a letter."), "Amadou Keïta")).get()
                .extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameAfterTheWordJournalIsAnOrganization() {
        assertThat(named(entities("It was published in the journal Polar Marine Biology on Monday."),
                "Polar Marine Biology")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aLowerCaseParticleOpensANameTheGazetteerKnowsWithIt() {
        assertThat(named(entities("Fighters linked to al Qaeda attacked the base."), "al Qaeda")).get()
                .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceBySuffixOnlyIsTheOrganizationItsFirstWordNames() {
        List<Entity> found = entities("Wexham won 2-1 at Marston City on Saturday. Marston manager Ian Hollis was "
                + "unhappy. They flew home from Kansas City.");

        assertThat(named(found, "Marston City")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Kansas City")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameInAppositionWithANounForAnOrganizationIsOne() {
        assertThat(named(entities("Unite, the union, said the cuts were unfair."), "Unite")).get()
                .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void clubsAndBroadcastersEndInTheirOwnSuffixes() {
        List<Entity> found = entities("Leon Maier scored twice against Dortmund Rovers. Rovers boss Henrik Lund left.");

        assertThat(named(found, "Dortmund Rovers")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theNameAfterACueForTheListenerIsNoSpeaker() {
        assertThat(named(entities("“It was a perfect afternoon,” Maier told Kestrel Sport after the match."),
                "Kestrel Sport")).get().extracting(Entity::type).isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void investorsAndLawyersAreRolesBeforeAName() {
        assertThat(entities("Investor Marcus Webb met defence lawyer Anna Berg.")).extracting(Entity::name)
                .containsExactly("Marcus Webb", "Anna Berg");
    }

    @Test
    void aChamberOfCommerceIsAnOrganization() {
        assertThat(named(entities("Critics, including the Krakow Chamber of Commerce, disagree."),
                "Krakow Chamber of Commerce")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleThatIsAStopWordOpeningTheSentenceStaysARole() {
        assertThat(named(entities("Mr Raj Patel spoke first."), "Raj Patel")).get()
                .satisfies(e -> assertThat(e.roles()).containsExactly("Mr"));
    }

    private static EntityType typeOf(String text, String name) {
        return named(entities(text), name).map(Entity::type).orElse(null);
    }

    @Test
    void aPartyBeforeATitleOfANameIsThatParty() {
        assertThat(typeOf("Labour MP Ann Cole asked the first question.", "Labour")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Ann Cole, the Green mayor of the city, spoke first.", "Green")).isNull();
    }

    @Test
    void aSchoolDistrictIsAnOrganizationThoughDistrictEndsPlaceNames() {
        assertThat(typeOf("Parents wrote to the Maple Grove Community School District last week.",
                "Maple Grove Community School District")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aListOfWordsBeforeAnOrganizationSuffixIsOneName() {
        assertThat(typeOf("The minister told the Culture, Media and Sport Committee that the fund would grow.",
                "Culture, Media and Sport Committee")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSurveyIsAnOrganizationWithItsNationality() {
        assertThat(typeOf("She now works at the British Geological Survey in Nottingham.", "British Geological Survey"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterANationalityAndAClubIsAClubThoughItOpensWithAGivenName() {
        List<Entity> found = entities("Hale joined from Spanish club Rosa Negra in May. Rosa finished third last "
                + "season.");
        assertThat(named(found, "Rosa Negra")).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.aliases()).contains("Rosa");
        });
    }

    @Test
    void theCompanyOfAChiefExecutiveIsAnOrganization() {
        assertThat(typeOf("The chief executive of Dunmore Valley Water resigned on Friday.", "Dunmore Valley Water"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompanyNamedAfterItsKindAtTheStartOfTheTextIsAnOrganization() {
        List<Entity> found = entities("BOSTON — Payroll software company Quintera will close two offices. Staff in "
                + "Quintera's Denver office were told on Monday.");
        assertThat(named(found, "Quintera")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aiIsNoOrganization() {
        assertThat(typeOf("The firm will hire 200 people in AI research next year.", "AI")).isNull();
    }

    @Test
    void honorificsOfWestAfricaAndSouthAsiaAreNoPartOfTheName() {
        List<Entity> found = entities("The chairman, Alhaji Garba Lawal, met traders. Mallam Yusuf Danjuma, a teacher, "
                + "spoke first, and Shri Anil Kapoor of the trust thanked them. Engr. Bola Adeyemi built the bridge.");
        assertThat(found).extracting(Entity::name).contains("Garba Lawal", "Yusuf Danjuma", "Anil Kapoor",
                "Bola Adeyemi").doesNotContain("Alhaji Garba Lawal", "Mallam Yusuf Danjuma", "Shri Anil Kapoor");
    }

    @Test
    void aTitleInsideANameThatEndsWithAnOrganizationSuffixIsNoTitle() {
        assertThat(typeOf("She was treated at Harwick General Infirmary for a week.", "Harwick General Infirmary"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("The firm appealed to the General Court on Monday.", "General Court"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aMinisterOfAPortfolioIsATitleAndThePortfolioNoPerson() {
        List<Entity> found = entities("The Minister of Water Resources, Dr. Halima Bako, visited the camp. "
                + "Minister of Foreign Affairs Ana Pereira also came.");
        assertThat(found).extracting(Entity::name).contains("Halima Bako", "Ana Pereira")
                .doesNotContain("of Water Resources", "Water Resources");
    }

    @Test
    void riversAndLakesNamedAfterTheirKindArePlaces() {
        assertThat(typeOf("Fishermen along the River Tamar and Lake Volta lost their boats.", "River Tamar"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("Water released from the Kessel Dam reached the town.", "Kessel Dam"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void namesInAListBeforeAPluralNounForAKindOfPlaceArePlaces() {
        List<Entity> found = entities("Relief reached families in Ondara, Belvoro and Castemo provinces on Friday.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name)
                .contains("Ondara", "Belvoro", "Castemo");
    }

    @Test
    void aStateNamedWithItsSuffixIsAPlace() {
        assertThat(typeOf("The governor of Tarkan State, Bello Musa, visited the camps.", "Tarkan State"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownOrganizationFollowedByAKnownPlaceIsItsBranchThere() {
        assertThat(typeOf("According to BBC Scotland, the vote was close.", "BBC Scotland"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void airlinesInfirmariesAndFilmCompaniesEndInTheirOwnSuffixes() {
        assertThat(typeOf("A Skyreach Air jet landed safely in the snow.", "Skyreach Air"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("The rights were sold to Corvane Films last year.", "Corvane Films"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymInCapitalsInsideASentenceIsNoCityWrittenInCapitals() {
        List<Entity> found = entities("Residents urged the Lakeside Infrastructure Maintenance Agency (LIMA) to act. "
                + "LIMA said it would send crews on Monday.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.LOCATION).isEmpty();
        assertThat(named(found, "Lakeside Infrastructure Maintenance Agency")).get().extracting(Entity::aliases)
                .asList().contains("LIMA");
    }

    @Test
    void aNewspaperAfterACriticOfTheIsAnOrganization() {
        assertThat(typeOf("Jonas Brandt, film critic of the Kolnische Abendpost, called it too long.",
                "Kolnische Abendpost")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymInBracketsSpellsTheWholeNameBeforeIt() {
        List<Entity> found = entities("The Council of Elders for Fishing in Norway (CEFN) set new quotas on Monday.");
        assertThat(named(found, "Council of Elders for Fishing in Norway")).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.aliases()).contains("CEFN");
        });
        assertThat(found).extracting(Entity::name).doesNotContain("Council of Elders");
    }

    @Test
    void aTitleAfterAnOrganizationIsNotReadAsAPortfolio() {
        Entity person = named(entities("Norbeck Chief Executive Ilse Varga said the deal was done."), "Ilse Varga")
                .orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.roles()).contains("Chief Executive");
    }

    @Test
    void aTitleOfTwoWordsOpeningASentenceStaysATitle() {
        Entity person = named(entities("Council Member Reta Olinde voted against the plan."), "Reta Olinde")
                .orElseThrow();
        assertThat(person.roles()).contains("Council Member");
    }

    @Test
    void aDescriptionJoinedByHyphensBeforeANameIsARole() {
        List<Entity> found = entities("Father-of-three Dario Penn, 44, from Lisburn, said the ride was cancelled. "
                + "Co-author Hedda Moss said the data were clear.");
        assertThat(named(found, "Dario Penn")).get().extracting(Entity::roles).asList().contains("Father-of-three");
        assertThat(named(found, "Hedda Moss")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSurnameKeepsItsParticleWhereverItIsWritten() {
        String text = "Ruben van Aalst won the stage. \"It was hard,\" van Aalst said. Van Aalst leads by a minute. "
                + "The envoy Omar al-Haddad met them. Al-Haddad said talks would go on; al-Haddad left.";
        List<Entity> found = entities(text);
        Entity ruben = named(found, "Ruben van Aalst").orElseThrow();
        assertThat(ruben.type()).isEqualTo(EntityType.PERSON);
        assertThat(ruben.mentions()).extracting(Mention::text)
                .containsExactly("Ruben van Aalst", "van Aalst", "Van Aalst");
        Entity omar = named(found, "Omar al-Haddad").orElseThrow();
        assertThat(omar.mentions()).extracting(Mention::text)
                .containsExactly("Omar al-Haddad", "Al-Haddad", "al-Haddad");
    }

    @Test
    void aNameMadeAnAdjectiveByAWordOfOriginIsAPlace() {
        List<Entity> found = entities("Kilbrack-born singer Nora Quill signed with the Dunmore-based Hartwell Records. "
                + "The East Kelso-based band followed.");
        assertThat(named(found, "Kilbrack")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Dunmore")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Hartwell Records")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "East Kelso")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        for (Entity e : found) {
            assertThat(e.name()).doesNotContain("-");
        }
    }

    @Test
    void theStateAfterALawmakersPartyLetterOrAfterACityIsAPlace() {
        List<Entity> found = entities("GREELEY, Colo. — Sen. Amos Trent, R-Ind., and Sen. Ruth Vale, D-N.M., "
                + "disagreed. Rep. Cal Dorn (R-Texas) sided with Trent, as did Sen. Ida Moe, D-Ore.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::id)
                .contains("location:colorado", "location:indiana", "location:new-mexico", "location:texas",
                        "location:oregon");
        assertThat(named(found, "Amos Trent")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void partyMembersInThePluralAreNoOrganization() {
        List<Entity> found = entities("Democrats and Republicans on the panel agreed to the bill.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @Test
    void wordsOfTheTradesAndThingsEndTheirNames() {
        assertThat(typeOf("Corvel Nutrition is recalling three lots of formula.", "Corvel Nutrition"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Images from the James Harlow Space Telescope arrived.", "James Harlow Space Telescope"))
                .isEqualTo(EntityType.MISC);
        assertThat(typeOf("Varga team principal Ole Brandt said the car was fast.", "Varga"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("In the hamlet of Drumlish, six houses fell.", "Drumlish")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("\"It was a coin toss,\" the Dutchman said.", "Dutchman")).isEqualTo(EntityType.MISC);
    }

    @Test
    void twoOrganizationsJoinedByAndStayTwo() {
        List<Entity> found = entities("Holmvik was advised by Brannock and Deutsche Bank, while Weser Bank and "
                + "Mittelrhein Bank declined to comment.");
        assertThat(found).extracting(Entity::name).contains("Brannock", "Deutsche Bank", "Weser Bank", "Mittelrhein Bank")
                .doesNotContain("Brannock and Deutsche Bank");
        assertThat(named(found, "Brannock")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodyNamedForWhatItDoesKeepsTheAndOfItsName() {
        List<Entity> found = entities("The Ostland Centres for Soil Health and Conservation warned farmers. "
                + "The Bank of England and Corvina met on Monday. Corvina said it was pleased.");
        assertThat(named(found, "Ostland Centres for Soil Health and Conservation")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).extracting(Entity::name).contains("Bank of England", "Corvina");
    }

    @Test
    void aKnownNameAfterTheArticleThatOpensASentenceIsWhole() {
        assertThat(typeOf("The Centers for Disease Control and Prevention advises parents to wait.",
                "Centers for Disease Control and Prevention")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOfficeNamedAfterATitleIsAnOrganization() {
        assertThat(typeOf("Norland's Prime Minister's Office said the team had its instructions.",
                "Prime Minister's Office")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void namesInCapitalsThatOpenADatelineArePlaces() {
        List<Entity> found = entities("CAIRO/DOHA (Reuters) - Talks stalled on Wednesday.");
        assertThat(named(found, "DOHA")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("MERROW, Nova Albia — The crew of a jet was unhurt.", "Nova Albia"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anInstitutionNamedWithItsCityIsAnOrganization() {
        assertThat(typeOf("Rita Hale, an astronomer at Kingsford College London, was not involved.",
                "Kingsford College London")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void whatTheTextSaysOfAnUnknownNameMakesItAnOrganization() {
        List<Entity> found = entities("Analysts at Quillmore said the price was full. Updated schedules are on "
                + "Vantrel's website. Brisco said in a statement that it regretted the delay. Dora Lindqvist, a "
                + "mother of three, told Kestrel24. Ostrava Power will cut supply from 16:00, the utility said. "
                + "Shops blamed Ostrava Power.");
        for (String name : List.of("Quillmore", "Vantrel", "Brisco", "Kestrel24", "Ostrava Power")) {
            assertThat(named(found, name)).as(name).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        }
        assertThat(found).extracting(Entity::name).doesNotContain("Parents");
    }

    @Test
    void aCommonWordOrATitlesPluralIsNoOrganizationByContext() {
        List<Entity> found = entities("Parents should stop using it at once, the company said. The chancellor "
                + "spoke, telling MPs that cuts were coming.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @Test
    void aPlaceBeforeACommaAndItsRegionIsAPlace() {
        List<Entity> found = entities("Kayla Dorn, 29, of Pellam Bluffs, Iowa, said she found two cans. "
                + "Others came from Wexcombe, Colo.");
        assertThat(named(found, "Pellam Bluffs")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Wexcombe")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPlacesNameAndACapitalizedPluralNameATeam() {
        List<Entity> found = entities("DRAYTON, Colo. — The club, to be called the Drayton Ramblers, will play "
                + "in the city.");
        assertThat(named(found, "Drayton Ramblers")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void untypedNamesInAListWithPlacesArePlaces() {
        List<Entity> found = entities("Crews came from neighbouring provinces including Erzurum, Mus and Varkil.");
        assertThat(named(found, "Varkil")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("It is sold at Walmart, Tarrow, Kellerby and other retailers.", "Kellerby"))
                .isEqualTo(EntityType.ORGANIZATION);
        // a comma alone makes no list: "Sadly, Delhi ..." opens a sentence with an adverb
        assertThat(entities("Sadly, Delhi pollution has become a feature of winter.")).extracting(Entity::name)
                .containsExactly("Delhi");
    }

    @Test
    void aNameWithADutchGermanOrArabicParticleInsideIsAPerson() {
        assertThat(typeOf("Kukov had beaten Brecht van de Zwaluw 6-2, 6-2.", "Brecht van de Zwaluw"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void unknownNamesAfterAPrepositionOfPlaceInAListArePlaces() {
        List<Entity> found = entities("It will tell folks in Tarvin and Sugar Creek how big their lots can be.");
        assertThat(named(found, "Tarvin")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Sugar Creek")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anUnknownNameThatOwnsAPersonIsTheirTeamOrCompany() {
        assertThat(typeOf("Starting fourth, Blue Falcon's Kenji Arai crashed out.", "Blue Falcon"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void whereATextWasPublishedIsAnOrganization() {
        assertThat(typeOf("The results were published in The Vellmore Review of Optics Letters.",
                "Vellmore Review of Optics Letters")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void whereAPersonNamedWithTheirAgeComesFromIsAPlace() {
        assertThat(typeOf("Dora Lindqvist, 41, from Kelvinbrae, said the trip was ruined.", "Kelvinbrae"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aGivenNameAloneAfterARelationIsAPerson() {
        assertThat(typeOf("\"My husband, Tobias, wanted to call the police,\" she recalls.", "Tobias"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyNamedNationallyKeepsItsNationality() {
        assertThat(typeOf("Researchers at the Norwegian College of Marine and Polar Studies agreed.",
                "Norwegian College of Marine and Polar Studies")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonalTitleBeforeAPlaceNameMakesItASurname() {
        List<Entity> found = entities("Mayor Durham said the roads would reopen. Sgt. Mendoza and Coach Houston "
                + "agreed, Det. Victoria took notes and Rep. Washington left early.");
        for (String person : List.of("Durham", "Mendoza", "Houston", "Victoria", "Washington")) {
            assertThat(named(found, person)).as(person).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        }
        // a title before "of" names the office of a place; a common word that is also a title makes no person
        List<Entity> offices = entities("The Mayor of Durham and the Governor of Texas met. Host Qatar lost.");
        for (String place : List.of("Durham", "Texas", "Qatar")) {
            assertThat(named(offices, place)).as(place).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aPersonCalledByTitleAndAPlaceNameKeepsItAloneButWhereAPlaceStands() {
        Entity florence = entities("Gov. Florence signed the bill on Monday. Florence said it was overdue, and "
                + "visitors to Florence cheered.").stream().filter(e -> e.type() == EntityType.PERSON)
                .findFirst().orElseThrow();
        assertThat(florence.mentions()).hasSize(2);
        List<Entity> found = entities("Charlotte Houston spoke at the gala in Houston.");
        assertThat(named(found, "Charlotte Houston")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(named(found, "Houston")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aGivenNameAndAPlaceOrAPlaceAndASurnameNameAPerson() {
        List<Entity> found = entities("Charlotte Houston and Paris Kowalski attended the gala, as did Tom Florence.");
        for (String person : List.of("Charlotte Houston", "Paris Kowalski", "Tom Florence")) {
            assertThat(named(found, person)).as(person).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        }
        // a team or paper after its city has a common word there
        assertThat(typeOf("The Houston Rockets beat the Boston Celtics.", "Houston Rockets"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompassWordBeforeAKnownPlaceNamesPartOfIt() {
        List<Entity> found = entities("Smog settled over North India, while storms hit Western Kenya. India "
                + "suffered most.");
        for (String place : List.of("North India", "Western Kenya", "India")) {
            assertThat(named(found, place)).as(place).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aKnownNameWrittenWithAPossessiveKeepsIt() {
        List<Entity> found = entities("Shares of McDonald's and Macy’s fell after Moody's cut its outlook, while "
                + "Apple's rose. The storm reached St. John's on Friday.");
        for (String org : List.of("McDonald's", "Macy’s", "Moody's")) {
            assertThat(named(found, org)).as(org).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        }
        assertThat(named(found, "Apple")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "St. John's")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        // an abbreviated "Saint" or "Mount" with or without its dot
        List<Entity> places = entities("Flights from St Louis and Mt. Kenya resumed.");
        for (String place : List.of("St Louis", "Mt. Kenya")) {
            assertThat(named(places, place)).as(place).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        }
        assertThat(typeOf("A spokesman for St Elias' Harbour Trust said.", "St Elias' Harbour Trust"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPossessiveAfterAPersonsNameOrTitleStaysThePersons() {
        assertThat(typeOf("Judge Moody's ruling was upheld.", "Moody")).isEqualTo(EntityType.PERSON);
        List<Entity> found = entities("Kenny McDonald scored twice. McDonald's header won it.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kenny McDonald");
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("Kenny McDonald", "McDonald");
        });
    }

    private static EntityType typeOf(List<Entity> entities, String name) {
        return named(entities, name).map(Entity::type).orElse(null);
    }

    @Test
    void aTitleRightAfterOfIsWhatABodyDoesAndAMinistryLosesTheNationalityBeforeIt() {
        List<Entity> found = entities("A spokeswoman for the Danish Ministry of Justice and Security said so. "
                + "The Office of Chief Counsel agreed.");

        assertThat(typeOf(found, "Ministry of Justice and Security")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Office of Chief Counsel")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aKnownNameOpeningTheSentenceKeepsItsFirstWordBeforeATitle() {
        List<Entity> found = entities("New South Wales Premier Dorran Kelby welcomed the plan.");

        assertThat(typeOf(found, "New South Wales")).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "South Wales")).isEmpty();
    }

    @Test
    void aForeignWordForAKindOfPlaceOpensItsName() {
        List<Entity> found = entities("The wall failed at the Cerro Amarillo mine, near Puerto Valdren in Chile. "
                + "Isla Fisher and Rio Ferdinand were not there.");

        assertThat(typeOf(found, "Cerro Amarillo")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(found, "Puerto Valdren")).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Cerro")).isEmpty();
        assertThat(typeOf(found, "Isla Fisher")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(found, "Rio Ferdinand")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNationalityOpensThePlaceNamedAfterAPrepositionOfPlace() {
        List<Entity> found = entities("Next he plays in Indian Brookvale, then in Miami.");

        assertThat(typeOf(found, "Indian Brookvale")).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Brookvale")).isEmpty();
    }

    @Test
    void aPartyMemberOfAKnownPlaceIsThePlaceAndTheParty() {
        List<Entity> found = entities("Marla Quenby, a Minnesota Democrat, wrote to the firm.");

        assertThat(typeOf(found, "Minnesota")).isEqualTo(EntityType.LOCATION);
        assertThat(named(found, "Minnesota Democrat")).isEmpty();
    }

    @Test
    void anOrganizationIsKnownByItsDescriptionItsSpokespersonAndItsRivals() {
        List<Entity> found = entities("Corvantis, the software startup whose assistant joins calls, was hacked. "
                + "Calls held over Brellix were exposed. A spokesperson for Brellix said the company was reviewing it. "
                + "Shares in rivals Tandrel and Quorvex were flat. A spokesman for Ann Cole declined to comment.");

        assertThat(typeOf(found, "Corvantis")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Brellix")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Tandrel")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Ann Cole")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyNamedByWhatItDoesAfterOnIsOwnedByTheInstitutionBeforeIt() {
        List<Entity> found = entities("said Hana Liebert, a fellow at Brockton Law's Center on Privacy and "
                + "Technology. The Council on Foreign Relations agreed. The Commission on Monday said no.");

        assertThat(typeOf(found, "Brockton Law")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Center on Privacy and Technology")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Council on Foreign Relations")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Commission on Monday")).isEmpty();
    }

    @Test
    void anAcronymForAThingIsNoOrganization() {
        List<Entity> found = entities("Carry a VHF radio, they said. Shares fell on the FTSE 100 index. "
                + "An RBC analyst disagreed.");

        assertThat(named(found, "VHF")).isEmpty();
        assertThat(named(found, "FTSE")).isEmpty();
        assertThat(typeOf(found, "RBC")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCrownBodyAndALocalBranchOfAKnownBody() {
        List<Entity> found = entities("A spokesperson for HM Coastguard said the Tregarron RNLI lifeboat was sent.");

        assertThat(typeOf(found, "HM Coastguard")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Tregarron")).isEqualTo(EntityType.LOCATION);
        assertThat(found).anyMatch(e -> e.id().equals("organization:royal-national-lifeboat-institution"));
    }

    @Test
    void aRelativeCalledByGivenNameRightAfterTheRelationIsAPerson() {
        List<Entity> found = entities("Dafydd Penrose, 47, and his son Tom, 15, set out at dawn. Tom was cold.");

        assertThat(typeOf(found, "Tom")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKnownBodyBeforeSecretaryIsTheSecretarysDepartment() {
        List<Entity> found = entities("Officials said Labor Secretary Janna Solt agreed.");

        assertThat(named(found, "Labor")).isEmpty();
        assertThat(typeOf(found, "Janna Solt")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void placeSuffixesOfNatureVenuesAndASurnameLikeHall() {
        List<Entity> found = entities("Divers mapped the Tavora Reef in the Southern Hemisphere before Nils Hall "
                + "played Brennick Hall.");

        assertThat(typeOf(found, "Tavora Reef")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(found, "Southern Hemisphere")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(found, "Brennick Hall")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(found, "Nils Hall")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void orchestrasAndTitleCasePlcAreOrganizations() {
        List<Entity> found = entities("The Marrow Orchestra was paid by Kestrel Chartered Plc in June.");

        assertThat(typeOf(found, "Marrow Orchestra")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Kestrel Chartered Plc")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aLanguageOrPeopleIsNoPlace() {
        List<Entity> found = entities("The elder spoke in Samoan and in Tongan through an interpreter.");

        assertThat(found).noneMatch(e -> e.type() == EntityType.LOCATION);
    }

    @Test
    void anInstitutionNamedOfTheKeepsItsWholeName() {
        List<Entity> found = entities("She studied at the University of the Eastern Reach in Suva. "
                + "The board of the Bank of England met.");

        assertThat(typeOf(found, "University of the Eastern Reach")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Eastern Reach")).isEmpty();
        assertThat(typeOf(found, "Bank of England")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSideOrRankBeforeAPartyIsNoPartOfItsName() {
        List<Entity> found = entities("The Opposition Harvest Party walked out. Senior Harvest Party members "
                + "said Opposition Leader Mira Tandon was right.");

        assertThat(typeOf(found, "Harvest Party")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).noneMatch(e -> e.name().startsWith("Opposition") || e.name().startsWith("Senior"));
        assertThat(typeOf(found, "Mira Tandon")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aDatelinePlaceIsNoOrganizationNamedAfterIt() {
        List<Entity> found = entities("BRANTVALE, Colo. — A man who shot a clerk on Brantvale's east side was "
                + "held, the Brantvale Police Department said.");

        assertThat(found).noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase("Brantvale"));
        assertThat(found).anyMatch(e -> e.type() == EntityType.LOCATION && e.name().equalsIgnoreCase("Brantvale"));
        assertThat(named(found, "Brantvale Police Department")).get().extracting(Entity::aliases)
                .asList().doesNotContain("Brantvale");
    }

    @Test
    void aProgrammeOfAKnownOutletSpokenToIsAnOrganization() {
        List<Entity> found = entities("Speaking to BBC Sunrise on Monday, Ann Tavish said the wait was too long.");

        assertThat(typeOf(found, "BBC Sunrise")).isEqualTo(EntityType.ORGANIZATION);
    }
    @Test
    void aHeadARomanceOfAndAKnownPlaceIsABodyOfThatPlaceNotAPerson() {
        List<Entity> found = entities("Ana Quevedo, a former adviser to the Caixa de Moldova, said rates would "
                + "fall. Moldova's bonds rallied.");

        assertThat(named(found, "Caixa de Moldova")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Moldova")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownPlaceOfTwoWordsAndACommonWordIsABodyOfThatPlace() {
        List<Entity> found = entities("The clinic will close at night, New Brunswick Forestry said on Monday.");

        assertThat(named(found, "New Brunswick Forestry")).get().extracting(Entity::type)
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCoveANeckAndAFirthArePlaces() {
        List<Entity> found = entities("Residents of Pellow Cove and the Carran Neck watched the boats cross "
                + "the Firth of Tallow.");

        for (String place : List.of("Pellow Cove", "Carran Neck", "Firth of Tallow")) {
            assertThat(named(found, place)).as(place).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        }
    }
    @Test
    void aPossessiveInsideAPlaceNameBeforeItsLastWordKeepsOneName() {
        List<Entity> found = entities("Ruth Avery, who lives in nearby Fenwick's Cove, said the road was closed.");

        assertThat(named(found, "Fenwick's Cove")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anUnknownNameBeforeItsParliamentaryLeaderIsAParty() {
        List<Entity> found = entities("Vorwa's parliamentary leader, Ilse Marten, said the party would vote no.");

        assertThat(named(found, "Vorwa")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(found, "Ilse Marten")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anUnknownNameAfterAtAndBeforeARelativeWhereIsAVenue() {
        List<Entity> found = entities("Tom Reddle won the final at Royal Calder, where the wind blew hard all day.");

        assertThat(named(found, "Royal Calder")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }
}
