package io.wirestream.enrich.nlp;

/**
 * The roles a person is given around their name, kept with the entity: a role word right before it
 * ({@code coach Ana Ruiz}), or an apposition before or after it ({@code Ana Ruiz, a senior analyst at
 * Moody's,}).
 */
final class PersonRoles {

    private final LanguageData lang;

    PersonRoles(LanguageData lang) {
        this.lang = lang;
    }

    /**
     * "goalkeeper Ana Ruiz", "spokesman John Kirby": a lower-case role word before the name, or before the
     * comma that opens the name's apposition ("the interim president, Amadou Keita,").
     */
    boolean followsRoleWord(TextDocument doc, NameCandidate c) {
        int k = c.from - 1;
        if (k >= 1 && doc.token(k).is(",") && c.to < doc.size() && doc.token(c.to).is(",")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token before = doc.token(k);
        return before.isWord() && !before.isCapitalized() && lang.isTitle(before.lower());
    }

    /**
     * Roles a person is given by a role word right before the name ("coach Ana Ruiz") or in an apposition:
     * before the name, "the head of the German Federal
     * Intelligence Service, Bruno Kahl, warned"; after it, "Ana Ruiz, a senior analyst at Moody's,
     * said". The phrase needs an article or a title word at its start and a title or role word inside.
     */
    void appositionRoles(TextDocument doc, NameCandidate person) {
        if (followsRoleWord(doc, person) && !doc.token(person.from - 1).is(",")) {
            person.appositions.add(doc.token(person.from - 1).text()); // "manager Sean Dyche"
        }
        int before = person.from - 1;
        // "the Minister of Health, Dr. Ana Lis,": titles written before the name stand between it and the comma.
        while (before > 0 && !person.titles.isEmpty() && (doc.token(before).is(".") && before - 1 > 0
                && lang.isTitle(doc.token(before - 1).lower() + ".") || doc.token(before).isCapitalized()
                && lang.isTitle(doc.token(before).lower()))) {
            before -= doc.token(before).is(".") ? 2 : 1;
        }
        if (before > 0 && doc.token(before).is(",") && person.to < doc.size() && doc.token(person.to).is(",")) {
            int start = before - 1;
            int sentenceStart = doc.sentenceStart(doc.sentenceOf(person.from));
            while (start > sentenceStart && before - start < 12 && !doc.token(start - 1).is(",")
                    && (doc.token(start - 1).isWord() || NameContextWords.isApostrophe(doc.token(start - 1)))
                    && !lang.isCueVerb(doc.token(start - 1).lower())) {
                start--;
            }
            addRole(doc, person, start, before);
        }
        int after = person.to;
        if (after + 2 < doc.size() && doc.token(after).is(",")) {
            int end = after + 1;
            int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(person.from));
            while (end < sentenceEnd && end - after < 16 && !doc.token(end).is(",") && (doc.token(end).isWord()
                    || doc.token(end).is("'s") || doc.token(end).is("’s") || doc.token(end).is("-"))) {
                end++;
            }
            if (end >= sentenceEnd || doc.token(end).is(",") || doc.token(end).is(".")) {
                addRole(doc, person, after + 1, end);
            }
        }
    }

    private void addRole(TextDocument doc, NameCandidate person, int from, int to) {
        if (to - from < 1) {
            return;
        }
        int k = from;
        Token relation = doc.token(k + 1);
        if (to - from == 2 && lang.pronounClass(doc.token(k).text()) != null
                && lang.pronounClass(relation.text()) == null && lang.genderOf(relation.lower()) != null) {
            // "Her son, Marco Ferraro,": a relative named so has the gender the relation tells.
            person.appositions.add(doc.text(k, to));
            return;
        }
        if (to - k > 2 && (doc.token(k).lower().equals("but") || doc.token(k).lower().equals("and"))) {
            k++; // "But the minister of health, Ana Lis,": the conjunction opens the sentence, not the role
        }
        int opening = k;
        if (NameContextWords.ARTICLES.contains(doc.token(k).lower())) {
            k++;
        } else if (!lang.isTitle(doc.token(k).lower())) {
            return;
        }
        boolean role = false;
        for (int j = k; j < to; j++) {
            Token t = doc.token(j);
            if (j > k && (t.lower().equals("who") || t.lower().equals("which"))) {
                to = j; // "the mayor who is seeking a third term": the role ends where its clause begins
                break;
            }
            if (!t.isCapitalized() && lang.isCueVerb(t.lower()) || lang.pronounClass(t.text()) != null
                    || t.lower().equals("who") || t.lower().equals("which")) {
                return; // a clause, not a noun phrase
            }
            // "the Minister of Humanitarian Affairs": after an article, a title may be capitalized.
            role |= (!t.isCapitalized() || k > opening) && lang.isTitle(t.lower());
        }
        if (role && k < to) {
            person.appositions.add(NameText.collapseSpaces(doc.text(k, to)));
        }
    }
}
