package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims what sits at the edges of an article's text inside its container without being part of it: a
 * dateline or byline before the first paragraph; after the last one, the author's bio and contact line,
 * calls to subscribe, follow or share, comment rules, and "You may also like:" headings. Only the edges
 * are trimmed, paragraph by paragraph from the outside in, and only short paragraphs: in the middle of a
 * story the same words are the story.
 */
final class ArticleEdges {

    /** Calls to action and page furniture, in the languages of the news. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)\\b(?:subscribe (?:to|now|today|for)|"
            + "sign up (?:to|for|now)|newsletters?|follow (?:us|him|her|me|them) on|share (?:it|this) with|"
            + "like this (?:story|article)|click here|(?:may|can) be reached at|reach (?:him|her|them) at|"
            + "contact us|send us|all rights reserved|leave a (?:comment|reply)|comments are closed|"
            + "assine|inscreva-se|siga-nos|compartilhe|leia (?:também|mais)|suscríbete|síguenos|lee también|"
            + "iscriviti|seguici|leggi anche|abonnez-vous|suivez-nous|lire aussi|abonnieren sie|folgen sie uns|"
            + "lesen sie auch|подпишитесь|подписывайтесь|читайте также)(?!\\w)"
            + "|©|무단\\s*전재|재배포\\s*금지");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern DAY_OR_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b|(?<![\\d:])\\d{1,2}(?![\\d:])");
    private static final int MAX_FURNITURE_CHARS = 300;
    private static final int MAX_BIO_CHARS = 500;
    private static final int MAX_DATELINE_CHARS = 60;
    private static final int MAX_DATELINE_WORDS = 8;
    /** At most this many paragraphs go from each edge: past that, the "furniture" is the story. */
    private static final int MAX_TRIMMED = 6;

    private ArticleEdges() {
    }

    /** {@code paragraphs} without the page furniture at their start and end. */
    static List<String> trim(List<String> paragraphs, PageMetadata meta) {
        List<String> authors = new ArrayList<>();
        for (String author : meta.authors()) {
            authors.add(author.toLowerCase(Locale.ROOT));
        }
        int start = 0;
        int end = paragraphs.size();
        while (start < end - 1 && start < MAX_TRIMMED && isLeading(paragraphs.get(start), authors)) {
            start++;
        }
        while (end > start + 1 && paragraphs.size() - end < MAX_TRIMMED && isTrailing(paragraphs.get(end - 1), authors)) {
            end--;
        }
        return paragraphs.subList(start, end);
    }

    private static boolean isLeading(String paragraph, List<String> authors) {
        return isDateline(paragraph) || paragraph.length() <= MAX_DATELINE_CHARS && namesAnAuthor(paragraph, authors);
    }

    private static boolean isTrailing(String paragraph, List<String> authors) {
        return isDateline(paragraph)
                || paragraph.length() <= MAX_FURNITURE_CHARS && FURNITURE.matcher(paragraph).find()
                || paragraph.length() <= MAX_BIO_CHARS && namesAnAuthor(paragraph, authors)
                || paragraph.length() <= MAX_DATELINE_CHARS && paragraph.endsWith(":");
    }

    /** A line that is only a date ("sexta-feira, 22 de outubro de 2010 às 20:13", "Site October 06, 2018"). */
    static boolean isDateline(String paragraph) {
        return paragraph.length() <= MAX_DATELINE_CHARS && YEAR.matcher(paragraph).find()
                && DAY_OR_TIME.matcher(YEAR.matcher(paragraph).replaceAll(" ")).find()
                && paragraph.split("\\s+").length <= MAX_DATELINE_WORDS;
    }

    /** Whether the paragraph names one of the authors, by full name or, for a one-word name, that word. */
    private static boolean namesAnAuthor(String paragraph, List<String> authors) {
        if (authors.isEmpty()) {
            return false;
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String author : authors) {
            int at = lower.indexOf(author);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}
