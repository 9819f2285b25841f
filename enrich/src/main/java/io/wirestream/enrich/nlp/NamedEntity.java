package io.wirestream.enrich.nlp;

import io.wirestream.core.record.Entity;
import io.wirestream.core.record.EntityType;
import io.wirestream.core.record.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An entity found in a text, as the record-contract {@link Entity} with the roles the text gives it
 * ("Admiral", "head of the German Federal Intelligence Service"), through which later stages refer to it
 * ("the admiral said").
 *
 * @param id       the stable id, {@link EntityIds#of}
 * @param name     the canonical name
 * @param type     the type
 * @param aliases  other names the text used for it
 * @param mentions where the text names it, in order
 * @param roles    titles and roles as written, before the name or in an apposition ("Admiral", "Chairman")
 */
public record NamedEntity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions,
                          List<String> roles) {

    public NamedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** The roles in lower case ("admiral"), for matching "the admiral". */
    public Set<String> titles() {
        Set<String> titles = new HashSet<>();
        for (String role : roles) {
            titles.add(role.toLowerCase(Locale.ROOT));
        }
        return titles;
    }

    /** The record-contract entity, its mentions' text taken from {@code text}. */
    public Entity toEntity(String text) {
        List<Mention> list = new ArrayList<>(mentions.size());
        for (Span span : mentions) {
            list.add(new Mention(span.start(), span.end(), text.substring(span.start(), span.end())));
        }
        return new Entity(id, name, type, aliases, list, roles);
    }
}
