package io.wirestream.enrich.extract;

import java.util.regex.Pattern;

/**
 * Chooses between the body found in the page and the one the page states in its schema.org
 * {@code articleBody}. The found body wins, since it keeps the page's paragraphs and headings; the stated
 * one replaces it only when it is sane (plain text of some length, not markup) and the found body is a
 * fraction of it: an app shell that renders the story with JavaScript, a teaser before a paywall that
 * the publisher's own metadata spells out in full.
 */
final class StatedBody {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*(?:\\n\\s*)*");
    private static final int MIN_STATED_CHARS = 200;
    /** The found body must be shorter than this share of the stated one for the stated one to win. */
    private static final double MAX_FOUND_SHARE = 0.6;

    private StatedBody() {
    }

    /** {@code found}, or {@code stated} (one paragraph per line) when it is the better body. */
    static String preferred(String found, String stated) {
        if (stated == null || stated.length() < MIN_STATED_CHARS || MARKUP.matcher(stated).find()
                || found.length() >= stated.length() * MAX_FOUND_SHARE) {
            return found;
        }
        return LINE_BREAKS.matcher(stated.strip()).replaceAll("\n\n");
    }
}
