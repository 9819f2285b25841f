package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Acronyms defined in brackets after a name: the name they spell is one organization, and every use of
 * the acronym in the document names the same thing as that name.
 */
final class AcronymLinker {

    private AcronymLinker() {
    }

    /**
     * "Council for Research in Applied Textiles (CRAT)": where the acronym in brackets spells the capitalized words
     * of a longer stretch before it (joined by "of", "for", "in", "and", "on"), that stretch is one name, an
     * organization, in place of the names found inside it.
     */
    static void spanAcronymDefinitions(TextDocument doc, List<NameCandidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            NameCandidate acronym = candidates.get(i + 1);
            int open = acronym.from - 1;
            if (open < 1 || !doc.token(open).is("(") || acronym.to >= doc.size() || !doc.token(acronym.to).is(")")
                    || !NameText.isAcronym(acronym.text) || acronym.text.length() < 3) {
                continue;
            }
            String letters = acronym.text;
            int k = open - 1;
            int matched = letters.length();
            while (k >= 0 && matched > 0) {
                Token t = doc.token(k);
                if (t.isWord() && t.isCapitalized() && !t.isAllCaps()) {
                    if (t.text().charAt(0) != letters.charAt(matched - 1)) {
                        break;
                    }
                    matched--;
                } else if (!Set.of("of", "for", "in", "and", "on").contains(t.text())) {
                    break;
                }
                if (matched > 0) {
                    k--;
                }
            }
            NameCandidate name = candidates.get(i);
            if (matched > 0 || k < 0 || k >= name.from || !doc.token(k).isCapitalized()
                    || doc.sentenceOf(k) != doc.sentenceOf(open)) {
                continue;
            }
            int first = i;
            while (first > 0 && candidates.get(first - 1).from >= k) {
                first--;
            }
            if (candidates.get(first).from != k) {
                continue; // the stretch would cut a name found before it
            }
            NameCandidate whole = new NameCandidate(doc, k, open, NameText.collapseSpaces(doc.text(k, open)), List.of(),
                    candidates.get(first).initial);
            whole.type = EntityType.ORGANIZATION;
            candidates.subList(first, i + 1).clear();
            candidates.add(first, whole);
            i = first;
        }
    }

    /** "European Union (EU)": the acronym in brackets names the same thing as the name before it. */
    static void linkAcronyms(TextDocument doc, List<NameCandidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            NameCandidate name = candidates.get(i);
            NameCandidate acronym = candidates.get(i + 1);
            if (acronym.from == name.to + 1 && doc.token(name.to).is("(") && acronym.to < doc.size()
                    && doc.token(acronym.to).is(")") && NameText.isAcronym(acronym.text)
                    && name.words() >= 2 && acronym.canonical == null) {
                acronym.linked = name;
                if (name.type == null) {
                    name.type = EntityType.ORGANIZATION;
                }
                acronym.type = name.type;
            }
        }
        // Every other use of a defined acronym names the same thing.
        for (NameCandidate c : candidates) {
            if (c.linked != null && NameText.isAcronym(c.text)) {
                for (NameCandidate other : candidates) {
                    if (other != c && other.linked == null && other.canonical == null && other.text.equals(c.text)) {
                        other.linked = c.linked;
                        other.type = c.type;
                    }
                }
            }
        }
    }
}
