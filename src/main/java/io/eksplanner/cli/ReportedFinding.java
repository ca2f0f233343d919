package io.eksplanner.cli;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;

/**
 * A finding as the command line reports it: its cluster, the finding, its severity after the config's overrides, where
 * it points, its fingerprint (the same in SARIF and in a baseline), and why it is suppressed (null when it is not).
 */
record ReportedFinding(
        String cluster, Finding finding, Severity severity, Location location, String fingerprint, String suppressed) {

    String code() {
        return finding.code();
    }

    boolean isSuppressed() {
        return suppressed != null;
    }
}
