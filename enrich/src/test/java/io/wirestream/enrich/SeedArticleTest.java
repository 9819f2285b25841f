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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
            Quote match = unmatched.stream().filter(p -> overlaps(text, p.text())).findFirst().orElse(null);
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

        Map<String, EntityType> types = Map.of("persons", EntityType.PERSON, "organizations",
                EntityType.ORGANIZATION, "locations", EntityType.LOCATION);
        for (Map.Entry<String, EntityType> type : types.entrySet()) {
            Set<String> found = article.entities().stream().filter(e -> e.type() == type.getValue())
                    .map(Entity::name).map(SeedArticleTest::normalize).collect(Collectors.toSet());
            for (JsonNode entry : gold.get(type.getKey())) {
                List<String> aliases = List.of(entry.asText().split("\\|"));
                if (aliases.stream().map(SeedArticleTest::normalize).noneMatch(found::contains)) {
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

    private static boolean overlaps(String gold, String predicted) {
        Map<String, Integer> g = words(gold);
        Map<String, Integer> p = words(predicted);
        int common = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            common += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        return common >= 0.6 * Math.max(1, gn) && common >= 0.6 * Math.max(1, pn);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
