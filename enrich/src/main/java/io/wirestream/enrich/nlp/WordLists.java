package io.wirestream.enrich.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the data files shipped with the enrichment stages: one entry a line, {@code #} comments. */
final class WordLists {

    private static final String ROOT = "/io/wirestream/enrich/nlp/";

    private WordLists() {
    }

    /**
     * The words of a list whose entries may carry a marker after a space ("agreed that"), in lower case.
     *
     * @param words  every word
     * @param marked the words that carry a marker
     */
    record Marked(Set<String> words, Set<String> marked) {
    }

    /** The entries of the resource {@code path}: their first words, and those with more after them. */
    static Marked readMarked(String path) {
        Set<String> words = new HashSet<>();
        Set<String> marked = new HashSet<>();
        for (String line : read(path)) {
            String[] parts = line.toLowerCase(Locale.ROOT).split("\\s+");
            words.add(parts[0]);
            if (parts.length > 1) {
                marked.add(parts[0]);
            }
        }
        return new Marked(Set.copyOf(words), Set.copyOf(marked));
    }

    /**
     * The entries of the resource {@code path} that pair a word with a value ("agency government"): the first
     * word, in lower case if {@code lowerCaseKeys}, to the second.
     */
    static Map<String, String> readPairs(String path, boolean lowerCaseKeys) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : read(path)) {
            String[] parts = line.split("\\s+");
            pairs.put(lowerCaseKeys ? parts[0].toLowerCase(Locale.ROOT) : parts[0], parts[1]);
        }
        return Map.copyOf(pairs);
    }

    /** Whether the resource {@code path} under the nlp data folder exists. */
    static boolean exists(String path) {
        return WordLists.class.getResource(ROOT + path) != null;
    }

    /** The entries of the resource {@code path} under the nlp data folder. */
    static List<String> read(String path) {
        try (InputStream in = WordLists.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing enrichment data file " + ROOT + path);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read enrichment data file " + ROOT + path, e);
        }
    }
}
