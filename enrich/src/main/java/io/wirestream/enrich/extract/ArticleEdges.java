package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims what sits at the edges of an article's text inside its container without being part of it: the
 * title, a dateline or byline before the first paragraph; after the last one, the author's bio and contact line,
 * calls to subscribe, follow or share, comment rules, and "You may also like:" headings. Only the edges
 * are trimmed, paragraph by paragraph from the outside in, and only short paragraphs: in the middle of a
 * story the same words are the story.
 */
final class ArticleEdges {

    /** Calls to action and page furniture, in the languages of the news. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)\\b(?:subscribe (?:to|now|today|for)|"
            + "sign up (?:to|for|now)|our newsletters?|follow (?:us|him|her|me|them) on|share (?:it|this) with|"
            + "like this (?:story|article)|click here|(?:may|can) be reached at|reach (?:him|her|them) at|"
            + "contact us|send us|all rights reserved|leave a (?:comment|reply)|comments are closed|"
            + "assine|inscreva-se|siga-nos|compartilhe|leia (?:também|mais)|suscríbete|síguenos|lee también|"
            + "iscriviti|seguici|leggi anche|abonnez-vous|suivez-nous|lire aussi|abonnieren sie|folgen sie uns|"
            + "lesen sie auch|подпишитесь|подписывайтесь|читайте также)(?!\\w)"
            + "|©|무단\\s*전재|재배포\\s*금지");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern DAY_OR_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b|(?<![\\d:])\\d{1,2}(?![\\d:])");
    /** A short closing line with an address in it is the reporter's or the desk's contact line. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final int MAX_CONTACT_CHARS = 150;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。]\\s*$");
    private static final int MAX_FURNITURE_CHARS = 300;
    private static final int MIN_HEADLINES = 3;
    private static final int MAX_HEADLINE_CHARS = 150;
    private static final int MAX_BIO_CHARS = 500;
    private static final int MAX_DATELINE_CHARS = 60;
    private static final int MAX_DATELINE_WORDS = 8;
    /** At most this many paragraphs go from each edge: past that, the "furniture" is the story. */
    private static final int MAX_TRIMMED = 6;

    private ArticleEdges() {
    }

    /** The text of {@code paragraphs} without the page furniture at their start and end. */
    static List<String> trim(List<Paragraph> paragraphs, PageMetadata meta) {
        List<String> authors = new ArrayList<>();
        for (String author : meta.authors()) {
            authors.add(author.toLowerCase(Locale.ROOT));
        }
        int start = 0;
        int end = withoutRelatedList(paragraphs);
        String title = meta.title() == null ? "" : meta.title().strip();
        while (start < end - 1 && start < MAX_TRIMMED && isLeading(paragraphs.get(start).text(), authors, title)) {
            start++;
        }
        int trailing = 0;
        while (end > start + 1 && trailing++ < MAX_TRIMMED && isTrailing(paragraphs.get(end - 1).text(), authors)) {
            end--;
        }
        List<String> text = new ArrayList<>(end - start);
        paragraphs.subList(start, end).forEach(p -> text.add(p.text()));
        return text;
    }

    /**
     * The end of the article before a closing list of links under a heading of its own ("More great
     * stories", then items of one linked headline each): the site's recommendations, however long.
     */
    private static int withoutRelatedList(List<Paragraph> paragraphs) {
        int end = paragraphs.size();
        while (end > 0 && paragraphs.get(end - 1).listItem() && paragraphs.get(end - 1).linked()) {
            end--;
        }
        if (end == paragraphs.size() || end < 1) {
            return paragraphs.size();
        }
        String before = paragraphs.get(end - 1).text();
        boolean titled = paragraphs.get(end - 1).heading()
                || before.length() <= MAX_DATELINE_CHARS && !before.endsWith(".");
        if (titled && end >= 2) {
            return end - 1;
        }
        return isHeadlineList(paragraphs.subList(end, paragraphs.size())) ? end : paragraphs.size();
    }

    /** Three or more items of one short linked line each: headlines, whatever heads them. */
    private static boolean isHeadlineList(List<Paragraph> items) {
        if (items.size() < MIN_HEADLINES) {
            return false;
        }
        for (Paragraph item : items) {
            if (item.text().length() > MAX_HEADLINE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** A dateline, a byline (short, naming an author) or the title again. */
    private static boolean isLeading(String paragraph, List<String> authors, String title) {
        return isDateline(paragraph)
                || paragraph.length() <= MAX_DATELINE_CHARS && authorAt(paragraph, authors) >= 0
                || paragraph.equalsIgnoreCase(title);
    }

    /**
     * A dateline; a call to action; the author's bio, which starts with their name ("Ann Lee covers...",
     * where a closing line that merely mentions a news agency author is the story's); a signature with an
     * address, which is not a sentence ("Kim Min-su, reporter kim@example.com"); a label left over.
     */
    private static boolean isTrailing(String paragraph, List<String> authors) {
        return isDateline(paragraph)
                || paragraph.length() <= MAX_FURNITURE_CHARS && FURNITURE.matcher(paragraph).find()
                || paragraph.length() <= MAX_BIO_CHARS && authorAt(paragraph, authors) == 0
                || paragraph.length() <= MAX_CONTACT_CHARS && EMAIL.matcher(paragraph).find()
                        && !SENTENCE_END.matcher(paragraph).find()
                || paragraph.length() <= MAX_DATELINE_CHARS && paragraph.endsWith(":");
    }

    /** A line that is only a date ("sexta-feira, 22 de outubro de 2010 às 20:13", "Site October 06, 2018"). */
    static boolean isDateline(String paragraph) {
        return paragraph.length() <= MAX_DATELINE_CHARS && YEAR.matcher(paragraph).find()
                && DAY_OR_TIME.matcher(YEAR.matcher(paragraph).replaceAll(" ")).find()
                && paragraph.split("\\s+").length <= MAX_DATELINE_WORDS;
    }

    /** Where the paragraph first names one of the authors (as a whole word), or -1. */
    private static int authorAt(String paragraph, List<String> authors) {
        String lower = paragraph.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String author : authors) {
            int at = lower.indexOf(author);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
