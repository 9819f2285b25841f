package io.wirestream.enrich.nlp;

/**
 * A range of characters of a text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether this span and {@code other} share a character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code offset} is inside this span. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public int length() {
        return end - start;
    }
}
