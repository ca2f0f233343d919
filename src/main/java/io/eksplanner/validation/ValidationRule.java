package io.eksplanner.validation;

/**
 * One named check of a topology. A rule reads the context and adds findings; it knows no other rule, so rules are
 * added and tested one at a time. Public: {@code validation.rules} uses it.
 */
public interface ValidationRule {

    /** Adds a finding for everything this rule objects to in the topology. */
    void check(ValidationContext context, Findings findings);
}
