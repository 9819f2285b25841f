package io.wirestream.core.record;

/**
 * A span of the article body that names an entity.
 *
 * @param start offset of the first character in the body
 * @param end   offset after the last character
 * @param text  the body text between them
 */
public record Mention(int start, int end, String text) {
}
