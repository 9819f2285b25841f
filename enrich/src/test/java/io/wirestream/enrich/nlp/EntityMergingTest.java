package io.wirestream.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Document-level entities: one per real-world thing, each merging case on sentences written for it. */
class EntityMergingTest {

    private static List<Entity> entities(String text) {
        List<Entity> found = TextEnricher.standard().enrich(text).entities();
        for (Entity e : found) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        return found;
    }

    /** The names and types of the entities of {@code text}. */
    private static List<Tuple> typed(String text) {
        return entities(text).stream().map(e -> tuple(e.name(), e.type())).toList();
    }

    private static Entity withId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + entities));
    }

    @Test
    void aSurnameAndATitledFullNameAreOnePerson() {
        List<Entity> found = entities("General Amara Diallo inspected the troops. Diallo said little. "
                + "Later, Amara Diallo flew home.");
        Entity diallo = withId(found, "person:amara-diallo");
        assertThat(diallo.name()).isEqualTo("Amara Diallo");
        assertThat(diallo.aliases()).containsExactly("Diallo");
        assertThat(diallo.mentions()).hasSize(3);
        assertThat(diallo.roles()).containsExactly("General");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    }

    @Test
    void titlesAndAppositionsAreRolesNotNames() {
        List<Entity> found = entities("The head of the national weather service, Sofia Marchetti, warned of storms. "
                + "Prime Minister Giorgia Meloni listened, and Piotr Nowak, a senior analyst at the bank, agreed.");
        assertThat(withId(found, "person:sofia-marchetti").roles())
                .containsExactly("head of the national weather service");
        assertThat(withId(found, "person:giorgia-meloni").roles()).containsExactly("Prime Minister");
        assertThat(withId(found, "person:piotr-nowak").roles()).containsExactly("senior analyst at the bank");
    }

    @Test
    void anAcronymInBracketsTiesToItsExpansion() {
        List<Entity> found = entities("The Baltic Grain Exchange (BGE) reopened. Traders at the BGE cheered.");
        Entity exchange = withId(found, "organization:baltic-grain-exchange");
        assertThat(exchange.aliases()).containsExactly("BGE");
        assertThat(exchange.mentions()).extracting(Mention::text).containsExactly("Baltic Grain Exchange", "BGE", "BGE");
    }

    @Test
    void aKnownOrganizationAndItsAcronymAreOne() {
        List<Entity> found = entities("The European Union (EU) agreed the budget. EU ministers met in Brussels.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo("organization:european-union");
                    assertThat(e.aliases()).containsExactly("EU");
                });
    }

    @Test
    void theUnitedStatesByEveryName() {
        List<Entity> found = entities("The U.S. imposed tariffs. Officials in the United States said the US "
                + "would not back down.");
        Entity us = withId(found, "location:united-states");
        assertThat(us.mentions()).extracting(Mention::text).containsExactly("U.S.", "United States", "US");
        assertThat(found).filteredOn(e -> e.type() == EntityType.LOCATION).hasSize(1);
    }

    @Test
    void theAllianceCountsOnlyBesideNato() {
        List<Entity> found = entities("NATO leaders met in Vilnius. The Alliance agreed to spend more, and the North "
                + "Atlantic Alliance will meet again next year.");
        Entity nato = withId(found, "organization:north-atlantic-treaty-organization");
        assertThat(nato.mentions()).hasSize(3);
        assertThat(entities("The Alliance for Clean Rivers met on Monday.").stream().map(Entity::id))
                .noneMatch(id -> id.startsWith("organization:north-atlantic"));
    }

    @Test
    void placesInsideHyphenatedWords() {
        String text = "The Texas-based firm runs trucks on the Lyon-Marseille motorway.";
        assertThat(typed(text)).contains(tuple("Texas", EntityType.LOCATION), tuple("Lyon", EntityType.LOCATION),
                tuple("Marseille", EntityType.LOCATION));
        Entity texas = withId(entities(text), "location:texas");
        assertThat(texas.mentions()).extracting(Mention::start).containsExactly(4);
    }

    @Test
    void peopleByGivenNameOrSurnameAndNotEventsNamedAfterThem() {
        assertThat(typed("Jo-Wilfried Okonkwo beat Radek Pospisil in the Ryder Cup on Sunday.")).containsExactly(
                tuple("Jo-Wilfried Okonkwo", EntityType.PERSON), tuple("Radek Pospisil", EntityType.PERSON),
                tuple("Ryder Cup", EntityType.MISC));
    }

    @Test
    void organizationsByTheirHeadAndPublicationsByTheirSite() {
        assertThat(typed("The Government of Peru thanked the Bank of Korea, as Factcheck.org reported.")).contains(
                tuple("Government of Peru", EntityType.ORGANIZATION), tuple("Bank of Korea", EntityType.ORGANIZATION),
                tuple("Factcheck.org", EntityType.ORGANIZATION));
    }

    @Test
    void aRoleAbbreviationSplitsATeamFromItsPlayer() {
        String text = "Chicago WR Dante Okoye caught two passes.";
        assertThat(typed(text)).containsExactly(tuple("Chicago", EntityType.LOCATION),
                tuple("Dante Okoye", EntityType.PERSON));
        assertThat(withId(entities(text), "person:dante-okoye").roles()).containsExactly("WR");
    }

    @Test
    void idsAreStableAcrossArticles() {
        String first = withId(entities("Chancellor Olaf Scholz spoke."), "person:olaf-scholz").id();
        String second = withId(entities("Scholz met Olaf Scholz's aides."), "person:olaf-scholz").id();
        assertThat(first).isEqualTo(second);
        assertThat(EntityIds.of(EntityType.ORGANIZATION, "McDonald's")).isEqualTo("organization:mcdonalds");
        assertThat(EntityIds.of(EntityType.PERSON, "José Martí")).isEqualTo("person:jose-marti");
    }

    @Test
    void anOrganizationByItsShortNameAndTheUnionByItsName() {
        List<Entity> found = entities("Teck Resources lost the case. Teck said it would appeal, and the Verdi union "
                + "agreed.");
        assertThat(withId(found, "organization:teck-resources").mentions()).extracting(Mention::text)
                .containsExactly("Teck Resources", "Teck");
        assertThat(typed("The Verdi union, which represents ground staff, objected.")).contains(
                tuple("Verdi", EntityType.ORGANIZATION));
    }

    @Test
    void placesByTheNounAroundThem() {
        assertThat(typed("Floods hit the Bicol region and the town of Le Luc.")).contains(
                tuple("Bicol", EntityType.LOCATION), tuple("Le Luc", EntityType.LOCATION));
    }

    @Test
    void bodiesNamedAfterTheirCountryAndKnownOnesAfterTheirCountry() {
        assertThat(typed("Tennis Australia said the final sold out.")).contains(
                tuple("Tennis Australia", EntityType.ORGANIZATION));
        assertThat(withId(entities("The U.S. Federal Reserve held rates. The Fed said inflation eased."),
                "organization:federal-reserve").mentions()).hasSize(2);
    }

    @Test
    void namesWithSuffixesHyphensAndPortfolios() {
        List<Entity> found = entities("President Ferdinand Marcos Jr. spoke. Marcos said help was coming. "
                + "Governor Rhee Chang-yong agreed, and Saudi Energy Minister Prince Abdulaziz bin Salman listened.");
        assertThat(withId(found, "person:ferdinand-marcos-jr").mentions()).hasSize(2);
        assertThat(withId(found, "person:rhee-chang-yong").roles()).containsExactly("Governor");
        assertThat(withId(found, "person:abdulaziz-bin-salman").roles()).containsExactly("Energy Minister", "Prince");
        assertThat(found).noneMatch(e -> e.name().contains("Energy"));
    }

    @Test
    void aGivenNameAloneIsThePersonNamedInFullWithIt() {
        List<Entity> found = entities("Singer Kayla Brenner cancelled her tour on Monday. \"I am so sorry,\" Kayla "
                + "said. Her friend Jo Marsh said: \"We all love Kayla.\"");
        Entity kayla = withId(found, "person:kayla-brenner");
        assertThat(kayla.mentions()).extracting(Mention::text).containsExactly("Kayla Brenner", "Kayla");
    }

    @Test
    void aGivenNameTwoPeopleShareStaysUnlinked() {
        List<Entity> found = entities("Anna Berg and Anna Holm founded the shop. Anna said it was hard.");
        assertThat(withId(found, "person:anna-berg").mentions()).extracting(Mention::text).containsExactly("Anna Berg");
        assertThat(withId(found, "person:anna-holm").mentions()).extracting(Mention::text).containsExactly("Anna Holm");
    }

    @Test
    void aRelativeIntroducedByGivenNameTakesTheFamilysSurname() {
        List<Entity> found = entities("Owen Penrose, 47, and his son Tom, 15, set out at dawn. "
                + "\"Tom was cold,\" Owen said. His wife, Karen, called the coastguard. \"I rang,\" Karen said.");

        assertThat(withId(found, "person:tom-penrose").mentions()).extracting(Mention::text)
                .containsExactly("Tom", "Tom");
        assertThat(withId(found, "person:karen-penrose").mentions()).extracting(Mention::text)
                .containsExactly("Karen", "Karen");
    }

    @Test
    void aRelativeWhoseFamilyIsUnsureKeepsTheGivenNameAlone() {
        // "their" names no one person; "Kim" tells no gender for "his"
        List<Entity> found = entities("Kim Arlott and Lee Arlott said their son Ben, 9, was safe. "
                + "Kim Doran said his daughter, Ruth, was safe.");

        assertThat(found).extracting(Entity::name).contains("Ben", "Ruth");
    }
}
