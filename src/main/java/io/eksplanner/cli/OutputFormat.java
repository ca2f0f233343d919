package io.eksplanner.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats {@code --format} names. */
enum OutputFormat {
    TABLE,
    JSON,
    SARIF,
    JUNIT,
    GITHUB,
    MARKDOWN;

    static OutputFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--format must be one of " + names() + ", not \"" + name + "\"");
        }
    }

    static String names() {
        return Arrays.stream(values())
                .map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }
}
