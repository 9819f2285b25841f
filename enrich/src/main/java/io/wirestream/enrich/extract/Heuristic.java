package io.wirestream.enrich.extract;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules the extractor adds to Readability's paragraph-density core, each of which can be switched off
 * to measure what it is worth: the extraction benchmark's cross-validation selects them on some pages and
 * scores them on the others ({@code bench/README.md}). Production runs with {@link #ALL}.
 */
public enum Heuristic {
    /** Embedded posts (a tweet in a {@code <blockquote>}) survive the removal of social-network widgets. */
    EMBEDDED_POSTS,
    /** The box around a picture or video goes with its caption and credit, whatever its class says. */
    MEDIA_BOXES,
    /** A division of text set out with {@code <br><br>} is a container of paragraphs, not one paragraph. */
    LINE_BREAK_PARAGRAPHS,
    /** Next to the article container, a division used as a paragraph or a wrapper of one (a standfirst) is kept. */
    STANDFIRST_SIBLINGS,
    /** A paragraph that is one link between paragraphs of prose is kept ("Get it on Amazon for $39"). */
    LONE_LINKS,
    /** Link text that is a written-out URL counts as text, not as a link. */
    WRITTEN_URLS,
    /** The short label of a dropped list of links ("Read also") is dropped with it. */
    LIST_LABELS,
    /** Title, dateline, byline, bio, contact line, calls to action and closing headline lists are trimmed. */
    ARTICLE_EDGES,
    /** The JSON-LD {@code articleBody} replaces a found body that is only a fraction of it. */
    STATED_BODY;

    /** Every heuristic: what the extractor runs by default. */
    public static final Set<Heuristic> ALL = Set.copyOf(EnumSet.allOf(Heuristic.class));
}
