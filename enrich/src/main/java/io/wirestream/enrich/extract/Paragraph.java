package io.wirestream.enrich.extract;

/**
 * One block of rendered article text, with what its markup said about it.
 *
 * @param text        the text, whitespace collapsed
 * @param linkDensity the share of the text that is link text (a written-out URL counts as text)
 * @param links       how many links it holds
 * @param listItem    whether it is an item of a list of several
 * @param heading     whether it is an in-article heading
 * @param offSiteLink whether it holds one link, to another site than the page's
 */
record Paragraph(String text, double linkDensity, int links, boolean listItem, boolean heading,
                 boolean offSiteLink) {

    /** Whether any of the text is a link. */
    boolean linked() {
        return links > 0;
    }

    /** Mostly links: a related story, a tag list, a share bar. */
    boolean linky() {
        return linkDensity > 0.5;
    }
}
