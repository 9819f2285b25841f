package io.wirestream.enrich.nlp.opennlp;

import io.wirestream.enrich.nlp.SentenceSplitter;
import io.wirestream.enrich.nlp.Span;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Sentences by Apache OpenNLP's maximum-entropy sentence detector and a model from Maven Central, run
 * line by line so that, as the contract says, no sentence spans a line break.
 */
final class OpenNlpSentenceSplitter implements SentenceSplitter {

    private final ThreadSafeSentenceDetectorME detector;

    OpenNlpSentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    @Override
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int line = 0;
        while (line < text.length()) {
            int end = text.indexOf('\n', line);
            if (end < 0) {
                end = text.length();
            }
            if (end > line) {
                for (opennlp.tools.util.Span s : detector.sentPosDetect(text.substring(line, end))) {
                    int start = line + s.getStart();
                    int stop = line + s.getEnd();
                    while (start < stop && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                        stop--;
                    }
                    if (stop > start) {
                        sentences.add(new Span(start, stop));
                    }
                }
            }
            line = end + 1;
        }
        return sentences;
    }
}
