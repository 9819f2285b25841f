package io.wirestream.app;

import io.wirestream.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirestream} command: runs the pipeline, one of its services, or the offline extractor. */
@Command(name = "wirestream", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
        description = "Streaming news ingestion: feeds to Kafka, enriched with entities and quotes, into PostgreSQL.",
        subcommands = {RunCommand.class, IngestCommand.class, FeedsCommand.class, EnrichCommand.class, SinkCommand.class,
                ExtractCommand.class, ConfigDocsCommand.class, CommandLine.HelpCommand.class})
public final class Wirestream {

    /** Exit status of a command that could not start because its configuration is invalid. */
    static final int CONFIG_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a configuration problem is one clear message, not a trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Wirestream());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("wirestream " + commandLine.getCommandName() + ": " + e.getMessage());
                return CONFIG_ERROR;
            }
            throw e;
        });
        return cli;
    }
}
