package io.wirestream.core.ops;

/**
 * The state of one part of a service.
 *
 * @param up     whether it can do its job now
 * @param detail what it is doing or what is wrong, for a human
 */
public record Health(boolean up, String detail) {

    public static Health up(String detail) {
        return new Health(true, detail);
    }

    public static Health down(String detail) {
        return new Health(false, detail);
    }
}
