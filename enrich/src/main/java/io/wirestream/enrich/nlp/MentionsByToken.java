package io.wirestream.enrich.nlp;

import java.util.List;

/**
 * Where the entities' mentions are, by token, so that the quote rules can ask whether a name starts or ends at
 * a token and read it as a speaker.
 */
final class MentionsByToken {

    private final TextDocument doc;
    private final NamedEntity[] startingAt;
    private final int[] lastToken;
    private final NamedEntity[] endingAt;
    private final int[] firstToken;

    MentionsByToken(TextDocument doc, List<NamedEntity> entities) {
        this.doc = doc;
        int n = doc.size();
        startingAt = new NamedEntity[n];
        lastToken = new int[n];
        endingAt = new NamedEntity[n];
        firstToken = new int[n];
        for (NamedEntity entity : entities) {
            for (Span mention : entity.mentions()) {
                int first = doc.tokenAtOrAfter(mention.start());
                int last = doc.tokenAtOrAfter(mention.end()) - 1;
                if (first < n && last >= first) {
                    startingAt[first] = entity;
                    lastToken[first] = last;
                    endingAt[last] = entity;
                    firstToken[last] = first;
                }
            }
        }
    }

    NamedEntity entityStartingAt(int token) {
        return token < startingAt.length ? startingAt[token] : null;
    }

    int lastTokenOfMentionAt(int token) {
        return lastToken[token];
    }

    NamedEntity entityEndingAt(int token) {
        return token >= 0 && token < endingAt.length ? endingAt[token] : null;
    }

    int firstTokenOfMentionEndingAt(int token) {
        return firstToken[token];
    }

    /** The speaker named by the mention that ends at token {@code last}. */
    SpeakerRef nameEndingAt(int last) {
        int first = firstTokenOfMentionEndingAt(last);
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(first).start(), doc.token(last).end(),
                doc.text(first, last + 1));
    }

    /** The speaker named by the mention that starts at token {@code first}. */
    SpeakerRef nameStartingAt(int first) {
        int last = lastTokenOfMentionAt(first);
        return new SpeakerRef(SpeakerRef.Kind.NAME, doc.token(first).start(), doc.token(last).end(),
                doc.text(first, last + 1));
    }
}
