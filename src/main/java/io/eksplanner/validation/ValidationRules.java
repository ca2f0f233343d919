package io.eksplanner.validation;

import java.util.List;

/** The rules the planner runs, in no particular order: the report sorts what they find. */
public final class ValidationRules {

    private ValidationRules() {}

    /** Every rule of the subnet, AZ and VPC validation. */
    public static List<ValidationRule> standard() {
        return List.of();
    }
}
