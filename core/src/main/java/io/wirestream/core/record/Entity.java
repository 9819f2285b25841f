package io.wirestream.core.record;

import java.util.List;

/**
 * One real-world thing named in an article, with every mention of it.
 *
 * @param id       a stable id, the same in every article: type and normalized canonical name
 * @param name     the canonical (fullest) name
 * @param type     what kind of thing it is
 * @param aliases  other names the article used for it, possibly empty
 * @param mentions every place the article names it
 * @param roles    titles and roles the article gives it, as written ("Admiral", "head of the German Federal
 *                 Intelligence Service"), possibly empty; never part of {@code name}
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
                     List<String> roles) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** An entity without roles. */
    public Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
        this(id, name, type, aliases, mentions, List.of());
    }
}
