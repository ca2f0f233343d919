package io.eksplanner.cli;

import io.eksplanner.validation.Severity;
import java.util.List;
import java.util.Locale;

/** What a list of findings comes to under a fail-on threshold: the counts, and whether the run fails. */
record Verdict(int errors, int warnings, int infos, int suppressed, FailOn failOn, boolean failed) {

    static Verdict of(List<ReportedFinding> findings, FailOn failOn) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        boolean failed = false;
        for (ReportedFinding finding : findings) {
            if (finding.isSuppressed()) {
                suppressed++;
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            failed |= failOn.failsOn(finding.severity());
        }
        return new Verdict(errors, warnings, infos, suppressed, failOn, failed);
    }

    /** {@code failed (1 error, 2 warnings, 0 infos, 1 suppressed; fail-on error)}. */
    String sentence() {
        return (failed ? "failed" : "passed") + " (" + counts() + "; fail-on " + name(failOn) + ")";
    }

    String counts() {
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + infos + (infos == 1 ? " info, " : " infos, ")
                + suppressed + " suppressed";
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String level(Severity severity) {
        return name(severity);
    }
}
