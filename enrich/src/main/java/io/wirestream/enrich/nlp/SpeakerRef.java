package io.wirestream.enrich.nlp;

/**
 * How a text names the speaker of a quote, before it is resolved to an entity: a name, a pronoun, a
 * nominal ("the admiral"), the speaker of the quote before, or nothing.
 *
 * @param kind  the kind of reference
 * @param start offset of the reference in the text (-1 for {@link Kind#NONE} and {@link Kind#PREVIOUS})
 * @param end   offset after it
 * @param text  the words as written (for a nominal, its head noun in lower case)
 */
public record SpeakerRef(Kind kind, int start, int end, String text) {

    /** The kinds of speaker reference. */
    public enum Kind {
        /** A proper name: "Bauer", "Admiral Rob Bauer", "Reuters". */
        NAME,
        /** A personal pronoun: "he", "she", "him". */
        PRONOUN,
        /** A noun phrase with a role or title head: "the admiral", "the company". */
        NOMINAL,
        /** Continues the quote before it, with the same speaker. */
        PREVIOUS,
        /** The text does not say. */
        NONE
    }

    public static final SpeakerRef NONE = new SpeakerRef(Kind.NONE, -1, -1, null);
    public static final SpeakerRef PREVIOUS = new SpeakerRef(Kind.PREVIOUS, -1, -1, null);
}
