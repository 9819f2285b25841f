package io.wirestream.app;

import io.wirestream.enrich.ArticlePipeline;
import io.wirestream.enrich.ExtractJsonLines;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code wirestream extract}: the topology's extraction and enrichment, offline, as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads JSON Lines on standard input, each {\"id\",\"url\",\"html\"} or {\"id\",\"title\","
                + "\"body\"}, and prints one JSON line per input: the enriched article as on news.articles.v1, "
                + "with the input's id. No Kafka needed; the same code as the enrich topology.",
                "A bad line prints {\"id\": ..., \"error\": ...} and the run goes on."})
final class ExtractCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ExtractCommand.class);

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int failed = new ExtractJsonLines(ArticlePipeline.from(AppConfig.resolve(Map.of()))).run(in, out);
        out.flush();
        if (failed > 0) {
            log.warn("{} input line(s) could not be processed; see their \"error\" lines", failed);
        }
        return 0;
    }
}
