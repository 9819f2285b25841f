package io.wirestream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.testkit.TestInfrastructure;
import io.wirestream.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirestream feeds} against a real broker. */
class FeedsCommandTest {

    private static TestKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = TestInfrastructure.newKafka();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void addsImportsListsShowsAndRemovesFeeds() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "# world\nhttps://news.example/world.xml\n"
                + "https://news.example/sport.xml\n");

        assertThat(run("add", "https://news.example/world.xml", "--title", "World", "--min-interval", "1m"))
                .isEqualTo("Added https://news.example/world.xml\n");
        assertThat(run("import", file.toString())).isEqualTo("Added 1 feeds from " + file + "\n");
        assertThat(run("list")).isEqualTo("https://news.example/world.xml\tWorld\nhttps://news.example/sport.xml\n");
        assertThat(run("status")).contains("LAST POLL").contains("never").contains("https://news.example/sport.xml");
        assertThat(run("remove", "https://news.example/sport.xml")).isEqualTo("Removed https://news.example/sport.xml\n");
        assertThat(run("list")).isEqualTo("https://news.example/world.xml\tWorld\n");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Wirestream.commandLine();
        cli.setOut(new PrintWriter(out));
        String[] full = new String[args.length + 3];
        full[0] = "feeds";
        full[1] = "--kafka";
        full[2] = kafka.bootstrapServers();
        System.arraycopy(args, 0, full, 3, args.length);
        assertThat(cli.execute(full)).as("exit status of %s", String.join(" ", args)).isZero();
        return out.toString();
    }
}
