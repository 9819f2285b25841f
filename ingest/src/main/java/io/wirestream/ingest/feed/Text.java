package io.wirestream.ingest.feed;

/** Text of a feed as kept: stripped, and null rather than blank. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
