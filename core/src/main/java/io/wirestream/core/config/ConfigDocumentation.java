package io.wirestream.core.config;

import java.util.Collection;

/** Renders configuration groups as the Markdown of {@code docs/configuration.md}. */
public final class ConfigDocumentation {

    private ConfigDocumentation() {
    }

    /** The whole reference page for {@code groups}. */
    public static String markdown(Collection<ConfigGroup> groups) {
        StringBuilder md = new StringBuilder();
        md.append("# Configuration\n\n")
                .append("Every key of wirestream, with its default. Each key is set by the environment variable\n")
                .append("shown beside it (`WIRESTREAM_` and the key in upper case, dots as underscores); a command-line\n")
                .append("option, where a command has one, wins over the environment. Every key is validated when a\n")
                .append("command starts, and an invalid value stops it with a message naming the key.\n\n")
                .append("Durations are written `500ms`, `30s`, `5m`, `2h`, `1d` (or ISO-8601, `PT5M`); sizes `512`,\n")
                .append("`64KiB`, `5MiB`, `1GiB`. An empty default means the key is unset unless given.\n\n")
                .append("This page is generated from the declarations in the code (`ConfigGroup`s); a test fails\n")
                .append("when the two differ.\n");
        for (ConfigGroup group : groups) {
            md.append("\n## ").append(group.title()).append("\n\n").append(group.description()).append("\n\n")
                    .append("| Key | Environment variable | Type | Default | Description |\n")
                    .append("|---|---|---|---|---|\n");
            for (ConfigField<?> field : group.fields()) {
                String doc = field.requirement() == null ? field.doc()
                        : field.doc() + " Must be " + field.requirement() + ".";
                md.append("| `").append(field.name()).append("` | `").append(field.envName()).append("` | ")
                        .append(field.type()).append(" | ")
                        .append(field.defaultValue().isEmpty() ? "" : "`" + field.defaultValue() + "`").append(" | ")
                        .append(doc.replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }
}
