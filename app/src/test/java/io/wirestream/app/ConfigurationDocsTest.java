package io.wirestream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.core.config.ConfigDocumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md documents exactly the keys declared in code. */
class ConfigurationDocsTest {

    @Test
    void documentationMatchesTheDeclaredKeys() throws Exception {
        Path doc = Path.of(System.getProperty("wirestream.project.dir", ".."), "docs", "configuration.md");

        assertThat(Files.readString(doc))
                .as("%s is out of date: regenerate it with ./wirestream config-docs > docs/configuration.md", doc)
                .isEqualTo(ConfigDocumentation.markdown(AppConfig.GROUPS));
    }
}
