package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Quote;
import io.wirestream.core.serde.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed article of the evaluation kit ({@code ../shared/eval/seed}, read in place, never copied): every
 * annotated quote found with its speaker, nothing else quoted, every annotated entity found with its type.
 * Matching follows {@code score_enrich.py}: quotes share 60% of their words both ways.
 */
class SeedArticleTest {

    @Test
    void findsEveryQuoteWithItsSpeakerAndEveryEntity() throws IOException {
        JsonNode gold = seedGold();
        String body = gold.get("body").asText();
        Article article = ArticlePipeline.standard().fromText("seed", gold.get("title").asText(), body);

        List<String> problems = new ArrayList<>();
        List<Quote> unmatched = new ArrayList<>(article.quotes());
        for (JsonNode q : gold.get("quotes")) {
            String text = body.substring(q.get("start").asInt(), q.get("end").asInt());
            Quote match = unmatched.stream().filter(p -> GoldScore.overlaps(text, p.text())).findFirst().orElse(null);
            if (match == null) {
                problems.add("missed quote: " + text);
                continue;
            }
            unmatched.remove(match);
            String expected = q.get("speaker").asText();
            String actual = match.speaker() == null ? null : match.speaker().name();
            if (!expected.equals(actual)) {
                problems.add("quote '" + text + "' attributed to " + actual + ", not " + expected);
            }
        }
        unmatched.forEach(q -> problems.add("extra quote: " + q.text()));

        for (Map.Entry<String, EntityType> type : GoldScore.ENTITY_FIELDS.entrySet()) {
            Set<String> found = article.entities().stream().filter(e -> e.type() == type.getValue())
                    .map(Entity::name).map(GoldScore::normName).collect(Collectors.toSet());
            for (JsonNode entry : gold.get(type.getKey())) {
                List<String> aliases = List.of(entry.asText().split("\\|"));
                if (aliases.stream().map(GoldScore::normName).noneMatch(found::contains)) {
                    problems.add("missed " + type.getValue() + " " + aliases.get(0));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static JsonNode seedGold() throws IOException {
        String shared = System.getProperty("wirestream.shared.dir", "../../shared");
        Path gold = Path.of(shared, "eval", "seed", "gold.json");
        assertThat(gold).as("the evaluation kit's seed (set wirestream.shared.dir to the folder holding eval/)")
                .exists();
        return Json.mapper().readTree(Files.readString(gold)).get("seed");
    }
}
