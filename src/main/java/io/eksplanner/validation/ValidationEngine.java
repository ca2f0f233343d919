package io.eksplanner.validation;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.List;

/** Runs a set of rules over a topology and returns the report. Plain Java: no framework, no I/O, thread-safe. */
public final class ValidationEngine {

    private final List<ValidationRule> rules;
    private final InstanceTypeCatalog instanceTypes;
    private final IpPlanner planner;

    public ValidationEngine(List<ValidationRule> rules, InstanceTypeCatalog instanceTypes) {
        this.rules = List.copyOf(rules);
        this.instanceTypes = instanceTypes;
        this.planner = new IpPlanner(instanceTypes);
    }

    /** An engine with every rule of {@link ValidationRules#standard()}. */
    public static ValidationEngine standard(InstanceTypeCatalog instanceTypes) {
        return new ValidationEngine(ValidationRules.standard(), instanceTypes);
    }

    /** Validates {@code topology}. */
    public ValidationReport validate(ClusterTopology topology) {
        return validate(context(topology));
    }

    /** A context for {@code topology}, whose IP plans and load balancers a caller may reuse after validating. */
    public ValidationContext context(ClusterTopology topology) {
        return new ValidationContext(topology, instanceTypes, planner);
    }

    /** Validates the topology of {@code context}. */
    public ValidationReport validate(ValidationContext context) {
        var findings = new Findings();
        for (ValidationRule rule : rules) {
            rule.check(context, findings);
        }
        return ValidationReport.of(findings.list());
    }
}
