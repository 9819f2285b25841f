package io.wirestream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.core.record.Article;
import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores articles against gold annotations the way the evaluation kit's {@code score_enrich.py} does: a
 * quote matches a gold quote when 60% of the words of each are shared (one to one, best overlap first);
 * a speaker is right when its name, without titles, equals the gold one (or both are none); an entity is
 * found when a predicted name of its type equals one of its gold aliases. Counts add up over articles.
 */
final class GoldScore {

    static final Map<String, EntityType> ENTITY_FIELDS = Map.of("persons", EntityType.PERSON, "organizations",
            EntityType.ORGANIZATION, "locations", EntityType.LOCATION);
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "admiral", "adm", "gen",
            "general", "president", "senator", "sen", "rep", "gov", "governor", "minister", "chancellor", "judge",
            "justice", "lord", "lady");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private int goldQuotes;
    private int predictedQuotes;
    private int matchedQuotes;
    private int rightSpeakers;
    private int goldEntities;
    private int predictedEntities;
    private int foundEntities;
    private final List<String> problems = new ArrayList<>();

    /** Adds the score of {@code article} against {@code gold} (one article of a gold file). */
    void add(JsonNode gold, Article article) {
        String body = gold.get("body").asText();
        List<Quote> predicted = distinctQuotes(article.quotes());
        predictedQuotes += predicted.size();
        List<double[]> pairs = new ArrayList<>();
        List<JsonNode> goldQuotes = new ArrayList<>();
        gold.get("quotes").forEach(goldQuotes::add);
        this.goldQuotes += goldQuotes.size();
        for (int g = 0; g < goldQuotes.size(); g++) {
            String text = body.substring(goldQuotes.get(g).get("start").asInt(), goldQuotes.get(g).get("end").asInt());
            for (int p = 0; p < predicted.size(); p++) {
                double[] o = overlap(text, predicted.get(p).text());
                if (o[0] >= 0.6 && o[1] >= 0.6) {
                    pairs.add(new double[] {o[0] + o[1], g, p});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredicted = new HashSet<>();
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (!usedGold.contains(g) && !usedPredicted.contains(p)) {
                usedGold.add(g);
                usedPredicted.add(p);
                matchedQuotes++;
                JsonNode goldSpeaker = goldQuotes.get(g).get("speaker");
                String expected = normName(goldSpeaker == null || goldSpeaker.isNull() ? "" : goldSpeaker.asText());
                Quote q = predicted.get(p);
                String actual = normName(q.speaker() == null ? "" : q.speaker().name());
                if (expected.equals(actual)) {
                    rightSpeakers++;
                } else {
                    problems.add("'" + q.text() + "' by " + actual + ", not " + expected);
                }
            }
        }
        for (Map.Entry<String, EntityType> field : ENTITY_FIELDS.entrySet()) {
            Set<String> names = new HashSet<>();
            for (Entity e : article.entities()) {
                if (e.type() == field.getValue() && !normName(e.name()).isEmpty()) {
                    names.add(normName(e.name()));
                }
            }
            List<Set<String>> entries = new ArrayList<>();
            for (JsonNode entry : gold.get(field.getKey())) {
                Set<String> aliases = new HashSet<>();
                Arrays.stream(entry.asText().split("\\|")).map(GoldScore::normName).forEach(aliases::add);
                entries.add(aliases);
            }
            goldEntities += entries.size();
            Set<Integer> found = new HashSet<>();
            for (String name : names) {
                boolean hit = false;
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).contains(name)) {
                        found.add(i);
                        hit = true;
                    }
                }
                predictedEntities += hit ? 0 : 1;
                if (!hit) {
                    problems.add("extra " + field.getValue() + " " + name);
                }
            }
            foundEntities += found.size();
            predictedEntities += found.size();
        }
    }

    double quoteF1() {
        return f1(matchedQuotes, predictedQuotes, goldQuotes);
    }

    double speakerF1() {
        return f1(rightSpeakers, predictedQuotes, goldQuotes);
    }

    double entityF1() {
        return f1(foundEntities, predictedEntities, goldEntities);
    }

    List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "quote F1 %.3f, quote+speaker F1 %.3f, entity F1 %.3f", quoteF1(),
                speakerF1(), entityF1());
    }

    private static double f1(int right, int predicted, int gold) {
        double p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double) right / predicted;
        double r = gold == 0 ? 1 : (double) right / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Quotes with the same words count once. */
    private static List<Quote> distinctQuotes(List<Quote> quotes) {
        Set<String> seen = new HashSet<>();
        List<Quote> distinct = new ArrayList<>();
        for (Quote q : quotes) {
            String key = String.join(" ", words(q.text()));
            if (!key.isEmpty() && seen.add(key)) {
                distinct.add(q);
            }
        }
        return distinct;
    }

    /** Whether {@code gold} and {@code predicted} share 60% of the words of each. */
    static boolean overlaps(String gold, String predicted) {
        double[] o = overlap(gold, predicted);
        return o[0] >= 0.6 && o[1] >= 0.6;
    }

    private static double[] overlap(String a, String b) {
        Map<String, Integer> ca = counts(words(a));
        Map<String, Integer> cb = counts(words(b));
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        int na = ca.values().stream().mapToInt(Integer::intValue).sum();
        int nb = cb.values().stream().mapToInt(Integer::intValue).sum();
        return new double[] {common / (double) Math.max(1, na), common / (double) Math.max(1, nb)};
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** A name as the kit compares it: lower-case words, without "the", titles and "Jr." */
    static String normName(String name) {
        List<String> w = new ArrayList<>(words(name));
        while (!w.isEmpty() && (w.get(0).equals("the") || TITLES.contains(w.get(0)))) {
            w.remove(0);
        }
        while (!w.isEmpty() && SUFFIXES.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }
}
