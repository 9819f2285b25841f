package io.wirestream.app;

import io.wirestream.core.config.ConfigDocumentation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code wirestream config-docs}: prints the configuration reference, the source of docs/configuration.md. */
@Command(name = "config-docs", mixinStandardHelpOptions = true,
        description = "Prints every configuration key with its environment variable, default and meaning, as "
                + "Markdown (docs/configuration.md is this output).")
final class ConfigDocsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.print(ConfigDocumentation.markdown(AppConfig.GROUPS));
        return 0;
    }
}
