package io.wirestream.enrich.nlp;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An entity found in a text: the record-contract {@link Entity} plus what later stages need to refer
 * to it (the titles the text gave the person, such as "admiral", for "the admiral said").
 *
 * @param id       the stable id, {@link EntityIds#of}
 * @param name     the canonical name
 * @param type     the type
 * @param aliases  other names the text used for it
 * @param mentions where the text names it, in order
 * @param titles   lower-case titles and roles written before the name ("admiral", "chairman")
 */
public record NamedEntity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions,
                          Set<String> titles) {

    public NamedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        titles = Set.copyOf(titles);
    }

    /** The record-contract entity, its mentions' text taken from {@code text}. */
    public Entity toEntity(String text) {
        List<Mention> list = new ArrayList<>(mentions.size());
        for (Span span : mentions) {
            list.add(new Mention(span.start(), span.end(), text.substring(span.start(), span.end())));
        }
        return new Entity(id, name, type, aliases, list);
    }
}
