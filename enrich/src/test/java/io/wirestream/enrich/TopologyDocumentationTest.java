package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/topology.md shows the topology as it is. */
class TopologyDocumentationTest {

    private static final Pattern FENCED = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);

    @Test
    void documentedDescriptionMatchesTheTopology() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("topology.md");
        assertThat(doc).as("docs/topology.md at the project root").exists();
        Matcher m = FENCED.matcher(Files.readString(doc));
        assertThat(m.find()).as("a ```text fenced block in " + doc).isTrue();
        String actual = EnrichTopology.build(ArticlePipeline.standard()).describe().toString();
        assertThat(m.group(1).strip())
                .as("The fenced block of docs/topology.md must be the output of EnrichTopology.build(...).describe(); "
                        + "update it to:%n%s", actual)
                .isEqualTo(actual.strip());
    }
}
