package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the candidate names that name one thing into an entity: a personal name joins a longer one it is
 * part of ({@code Putin} joins {@code Vladimir Putin}), a linked name joins the name it is linked to, and
 * other names group by type and canonical name. An entity named only by context-only aliases is left out,
 * and a known one is shown by the fullest name the article uses.
 */
final class EntityGrouper {

    private final LanguageData lang;

    EntityGrouper(LanguageData lang) {
        this.lang = lang;
    }

    /** An entity under construction. */
    private static final class Group {
        final EntityType type;
        String name;
        final Set<String> surfaces = new LinkedHashSet<>();
        final TreeSet<Span> mentions = new TreeSet<>(Comparator.comparingInt(Span::start));
        /** Titles and roles as first written, by their lower case. */
        final Map<String, String> roles = new LinkedHashMap<>();
        /** Names the text used outside context-only aliases, for the displayed name. */
        final Set<String> fullNames = new LinkedHashSet<>();
        boolean known;
        boolean confirmed;

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    List<NamedEntity> group(List<NameCandidate> candidates) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<NameCandidate, Group> assigned = new HashMap<>();
        // Full personal names first, longest first, so that "Vladimir Putin" is the name "Putin" joins.
        List<NameCandidate> persons = new ArrayList<>();
        for (NameCandidate c : candidates) {
            if (!c.dropped && c.type == EntityType.PERSON && c.linked == null) {
                persons.add(c);
            }
        }
        persons.sort(Comparator.comparingInt((NameCandidate p) -> fullName(p).split(" ").length).reversed());
        for (NameCandidate p : persons) {
            Group g = null;
            String full = fullName(p);
            for (Group existing : groups.values()) {
                if (existing.type == EntityType.PERSON && isPartOf(full, existing.name)) {
                    g = existing;
                    break;
                }
            }
            if (g == null) {
                g = groups.computeIfAbsent("PERSON:" + full, k -> new Group(EntityType.PERSON, full));
            }
            assigned.put(p, g);
        }
        for (NameCandidate c : candidates) {
            if (c.dropped || assigned.containsKey(c)) {
                continue;
            }
            Group g;
            if (c.linked != null && assigned.containsKey(c.linked)) {
                g = assigned.get(c.linked);
            } else if (c.linked != null) {
                NameCandidate target = c.linked;
                String name = target.canonical != null ? target.canonical : target.text;
                EntityType type = target.type != null ? target.type : c.type;
                g = groups.computeIfAbsent(type + ":" + name, k -> new Group(type, name));
                assigned.put(target, g);
            } else {
                String name = c.canonical != null ? c.canonical : c.text;
                g = groups.computeIfAbsent(c.type + ":" + name, k -> new Group(c.type, name));
            }
            assigned.put(c, g);
        }
        for (NameCandidate c : candidates) {
            Group g = assigned.get(c);
            if (g == null || c.dropped) {
                continue;
            }
            g.mentions.add(new Span(c.start, c.end));
            g.surfaces.add(c.text);
            for (String role : c.titles) {
                g.roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
            }
            for (String role : c.appositions) {
                g.roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role);
            }
            if (c.canonical != null && c.type != EntityType.MISC) {
                g.known = true;
            }
            if (!c.contextual) {
                g.confirmed = true;
                g.fullNames.add(c.text);
            }
        }
        List<NamedEntity> entities = new ArrayList<>();
        for (Group g : groups.values()) {
            if (!g.confirmed || g.mentions.isEmpty()) {
                continue;
            }
            // A known thing keeps the id of its gazetteer name, the same in every article, and is named by
            // the fullest name this article uses ("U.S. Securities and Exchange Commission", "FBI").
            String name = g.name;
            if (g.known && !g.fullNames.isEmpty()) {
                name = "";
                for (String surface : g.fullNames) {
                    if (surface.length() > name.length()) {
                        name = surface;
                    }
                }
            }
            List<String> aliases = new ArrayList<>();
            for (String surface : g.surfaces) {
                if (!surface.equals(name)) {
                    aliases.add(surface);
                }
            }
            entities.add(new NamedEntity(EntityIds.of(g.type, g.name), name, g.type, aliases,
                    new ArrayList<>(g.mentions), new ArrayList<>(g.roles.values())));
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    /** A person's name with the family name a relative takes ("Tom" introduced as Ann Cole's son is Tom Cole). */
    private static String fullName(NameCandidate p) {
        return p.familyName == null ? p.text : p.text + " " + p.familyName;
    }

    /** Whether every word of {@code shorter} is a word of {@code longer}, their surnames equal. */
    private boolean isPartOf(String shorter, String longer) {
        String[] s = shorter.split(" ");
        String[] l = longer.split(" ");
        if (!NameCandidate.surnameOf(s, lang).equals(NameCandidate.surnameOf(l, lang))) {
            return false;
        }
        Set<String> words = Set.of(l);
        for (String w : s) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
