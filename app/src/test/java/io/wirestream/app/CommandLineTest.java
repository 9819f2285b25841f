package io.wirestream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "ingest", "feeds", "enrich", "sink", "extract", "config-docs"})
    void everyCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        CommandLine cli = Wirestream.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: wirestream " + command);
    }

    @Test
    void anInvalidSettingStopsTheCommandWithAMessageNamingTheKey() {
        StringWriter err = new StringWriter();
        CommandLine cli = Wirestream.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("run", "--port", "70000")).isEqualTo(Wirestream.CONFIG_ERROR);
        assertThat(err.toString()).contains("http.port = '70000' (from option)")
                .contains("WIRESTREAM_HTTP_PORT");
    }

    @Test
    void aStoreThatIsNeitherAJdbcUrlNorAFolderIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine cli = Wirestream.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("sink", "--store", "mysql://db/news")).isEqualTo(Wirestream.CONFIG_ERROR);
        assertThat(err.toString()).contains("--store must be a JDBC URL (jdbc:postgresql://...) or file:FOLDER");
    }

    @Test
    void aServiceWithoutBrokersSaysWhichVariableToSet() {
        StringWriter err = new StringWriter();
        CommandLine cli = Wirestream.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("enrich", "--port", "0")).isEqualTo(Wirestream.CONFIG_ERROR);
        assertThat(err.toString()).contains("kafka.bootstrap.servers is not set")
                .contains("WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS");
    }
}
