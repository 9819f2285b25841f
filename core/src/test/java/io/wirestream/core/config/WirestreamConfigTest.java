package io.wirestream.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WirestreamConfigTest {

    private static final ConfigField<Duration> INTERVAL = ConfigField.duration("test.poll.interval")
            .withDefault("5m").positiveDuration().withDoc("How often.");
    private static final ConfigField<Long> MAX_BYTES = ConfigField.bytes("test.max.bytes").withDefault("5MiB")
            .withDoc("How much.");
    private static final ConfigField<Integer> THREADS = ConfigField.integer("test.threads").withDefault("2")
            .atLeast(1).withDoc("How many.");
    private static final ConfigField<String> URL = ConfigField.string("test.url").withDoc("Where.");
    private static final List<ConfigGroup> GROUPS =
            List.of(new ConfigGroup("Test", "Keys of this test.", List.of(INTERVAL, MAX_BYTES, THREADS, URL)));

    @Test
    void defaultsApplyWhenNothingIsSet() {
        WirestreamConfig config = WirestreamConfig.resolve(GROUPS, Map.of(), Map.of());

        assertThat(config.get(INTERVAL)).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.get(MAX_BYTES)).isEqualTo(5L * 1024 * 1024);
        assertThat(config.get(THREADS)).isEqualTo(2);
        assertThat(config.find(URL)).isEmpty();
    }

    @Test
    void environmentOverridesDefaultsAndOptionsOverrideTheEnvironment() {
        Map<String, String> env = Map.of("WIRESTREAM_TEST_THREADS", "4", "WIRESTREAM_TEST_POLL_INTERVAL", "PT30S");

        WirestreamConfig config = WirestreamConfig.resolve(GROUPS, env, Map.of("test.threads", "8"));

        assertThat(config.get(THREADS)).isEqualTo(8);
        assertThat(config.get(INTERVAL)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void parsesEverySizeAndDurationSyntax() {
        assertThat(ConfigValues.parseBytes("512")).isEqualTo(512);
        assertThat(ConfigValues.parseBytes("64KiB")).isEqualTo(64 * 1024);
        assertThat(ConfigValues.parseBytes("1 GB")).isEqualTo(1L << 30);
        assertThat(ConfigValues.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigValues.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(ConfigValues.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void everyInvalidKeyIsReportedByNameWithItsEnvironmentVariable() {
        Map<String, String> env = Map.of("WIRESTREAM_TEST_THREADS", "0", "WIRESTREAM_TEST_MAX_BYTES", "lots");

        assertThatThrownBy(() -> WirestreamConfig.resolve(GROUPS, env, Map.of("test.poll.interval", "soon")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(3))
                .hasMessageContaining("test.threads = '0' (from environment variable WIRESTREAM_TEST_THREADS): "
                        + "must be at least 1")
                .hasMessageContaining("test.max.bytes = 'lots'")
                .hasMessageContaining("test.poll.interval = 'soon' (from option): not a duration");
    }

    @Test
    void aMissingRequiredKeyNamesItsEnvironmentVariable() {
        WirestreamConfig config = WirestreamConfig.resolve(GROUPS, Map.of(), Map.of());

        assertThatThrownBy(() -> config.get(URL)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.url is not set: set it with WIRESTREAM_TEST_URL");
    }

    @Test
    void documentationListsEveryKeyWithItsDefaultAndRequirement() {
        String md = ConfigDocumentation.markdown(GROUPS);

        assertThat(md).contains("| `test.threads` | `WIRESTREAM_TEST_THREADS` | integer | `2` | How many. "
                + "Must be at least 1. |");
        assertThat(md).contains("| `test.url` | `WIRESTREAM_TEST_URL` | string |  | Where. |");
    }
}
