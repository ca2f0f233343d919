package io.eksplanner.cli;

import io.eksplanner.validation.Severity;
import java.util.Locale;

/** The lowest severity that fails the run ({@code --fail-on}); {@code NEVER} fails on none. */
enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    static FailOn named(String name, String option) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError(option + " must be error, warning or never, not \"" + name + "\"");
        }
    }

    /** Whether a finding of {@code severity} fails the run. */
    boolean failsOn(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity != Severity.INFO;
            case NEVER -> false;
        };
    }
}
