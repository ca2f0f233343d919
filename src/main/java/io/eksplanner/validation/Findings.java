package io.eksplanner.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rules of one validation run. Public: {@code validation.rules} uses it. */
public final class Findings {

    private final List<Finding> findings = new ArrayList<>();

    /** Adds a finding of {@code code} at its usual severity. */
    public void add(FindingCode code, String path, String message, String hint) {
        add(code, code.severity(), path, message, hint);
    }

    /** Adds a finding of {@code code} at the given severity. */
    public void add(FindingCode code, Severity severity, String path, String message, String hint) {
        findings.add(new Finding(code.name(), severity, path, message, hint, code.source()));
    }

    /** What was collected, in the order the rules added it. */
    public List<Finding> list() {
        return List.copyOf(findings);
    }
}
