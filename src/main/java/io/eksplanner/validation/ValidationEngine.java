package io.eksplanner.validation;

import java.util.List;

/**
 * Runs a set of rules over a topology and the plans made of it, and returns the report. Plain Java: no framework,
 * no I/O, thread-safe. Public: {@code planning} uses it.
 */
public final class ValidationEngine {

    private final List<ValidationRule> rules;

    public ValidationEngine(List<ValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Validates the topology of {@code context}. */
    public ValidationReport validate(ValidationContext context) {
        var findings = new Findings();
        for (ValidationRule rule : rules) {
            context.deadline().check();
            rule.check(context, findings);
        }
        return ValidationReport.of(findings.list());
    }
}
