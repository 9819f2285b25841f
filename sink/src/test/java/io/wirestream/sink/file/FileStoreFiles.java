package io.wirestream.sink.file;

import io.wirestream.core.record.Article;
import io.wirestream.core.serde.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads a file store's folder as a data-lake loader would, for tests. */
public final class FileStoreFiles {

    private final Path root;

    public FileStoreFiles(Path root) {
        this.root = root;
    }

    /** The closed files, relative to the folder, in name order. */
    public List<String> closed() throws IOException {
        return files(name -> name.endsWith(".jsonl.gz"));
    }

    /** The temporary files of open files, relative to the folder. */
    List<String> open() throws IOException {
        return files(DayFile::isTempName);
    }

    /** The lines of every file, closed or open, in file name order. */
    List<ChangeLine> lines() throws IOException {
        List<ChangeLine> lines = new ArrayList<>();
        for (String file : files(name -> name.endsWith(".jsonl.gz") || DayFile.isTempName(name))) {
            lines.addAll(lines(root.resolve(file)));
        }
        return lines;
    }

    /** The lines of one gzip file, whatever the number of its members. */
    static List<ChangeLine> lines(Path file) throws IOException {
        List<ChangeLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(Json.mapper().readValue(line, ChangeLine.class));
            }
        }
        return lines;
    }

    /** The article ids of every line, closed files and open ones, in file order. */
    public List<String> ids() throws IOException {
        return lines().stream().map(ChangeLine::id).toList();
    }

    /** The article {@code id} as a loader rebuilds it: its line with the highest offset, unless a delete. */
    Optional<Article> article(String id) throws IOException {
        return lines().stream().filter(line -> line.id().equals(id))
                .max(Comparator.comparingLong(ChangeLine::offset))
                .filter(line -> line.op().equals(ChangeLine.UPSERT))
                .map(ChangeLine::article);
    }

    private List<String> files(Predicate<String> name) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(p -> name.test(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
