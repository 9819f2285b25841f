package io.wirestream.enrich.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mention of the entities of a text in text order, and the spans of its direct quotations, which
 * {@link Coreference} needs to tell what a pronoun or nominal refers to.
 */
public final class EntityMentions {

    /** A mention and its entity. */
    public record Mentioned(Span span, NamedEntity entity) {
    }

    private final List<Mentioned> mentions;
    private final List<Span> quotations;
    /** What the text has told so far of its people's gender, by entity id (a pronoun that referred to them). */
    private final Map<String, String> genders = new HashMap<>();

    /**
     * @param entities   the entities of the text
     * @param quotations the spans of its direct quotations
     */
    public EntityMentions(List<NamedEntity> entities, List<Span> quotations) {
        List<Mentioned> list = new ArrayList<>();
        for (NamedEntity entity : entities) {
            for (Span span : entity.mentions()) {
                list.add(new Mentioned(span, entity));
            }
        }
        list.sort(Comparator.comparingInt(m -> m.span().start()));
        this.mentions = List.copyOf(list);
        this.quotations = List.copyOf(quotations);
    }

    /** All mentions, in text order. */
    public List<Mentioned> all() {
        return mentions;
    }

    /** Records that a pronoun of {@code gender} referred to {@code entity}. Not thread-safe: one text's state. */
    public void learnGender(NamedEntity entity, String gender) {
        if (entity != null && gender != null) {
            genders.putIfAbsent(entity.id(), gender);
        }
    }

    /** The gender a pronoun that referred to {@code entity} told, or null. */
    public String genderOf(NamedEntity entity) {
        return genders.get(entity.id());
    }

    /**
     * Whether neither a pronoun that referred to {@code person} before, nor a title or role of theirs, nor their
     * given name tells a gender other than {@code gender} ("she" is no "Mr", no "Paolo Sanna"); no gender agrees
     * with anyone.
     */
    public boolean agrees(NamedEntity person, String gender, LanguageData lang) {
        if (gender == null) {
            return true;
        }
        String learned = genderOf(person);
        if (learned != null) {
            return learned.equals(gender);
        }
        for (String role : person.titles()) {
            for (String word : role.split("[\\s-]+")) {
                // "his barrister": a possessive in a role tells the gender of someone else.
                String told = lang.pronounClass(word) == null ? lang.genderOf(word) : null;
                if (told != null && !told.equals(gender)) {
                    return false;
                }
            }
        }
        int space = person.name().indexOf(' ');
        String byName = space > 0 ? lang.genderOfGivenName(person.name().substring(0, space)) : null;
        return byName == null || byName.equals(gender);
    }

    /** Whether {@code span} lies inside a direct quotation. */
    public boolean quoted(Span span) {
        for (Span q : quotations) {
            if (q.start() <= span.start() && span.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
