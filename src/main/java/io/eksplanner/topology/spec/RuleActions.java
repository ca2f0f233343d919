package io.eksplanner.topology.spec;

import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec.ActionSpec;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

/**
 * A ListenerRuleConfiguration's actions as its CRD admits them (aws-load-balancer-controller v3.5.0 {@code
 * apis/gateway/v1/listenerruleconfig_types.go}, the CEL rules on {@code ListenerRuleConfigurationSpec} and {@code
 * FixedResponseActionConfig.StatusCode}; src/docs/domain-rules.md §1): at most one pre-routing action
 * (authenticate-oidc, authenticate-cognito or jwt-validation), at most one routing action (fixed-response, forward or
 * redirect), and a fixed response's status code in the 2XX, 4XX or 5XX range. The API server refuses anything else,
 * so it is ill-formed; each break is reported at its own path, the CRD's message with it.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RuleActions.Validator.class)
@interface RuleActions {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports a second action of one kind and a fixed response's 3XX status code. */
    class Validator implements ConstraintValidator<RuleActions, List<ActionSpec>> {

        private static final Set<String> PRE_ROUTING =
                Set.of("authenticate-oidc", "authenticate-cognito", "jwt-validation");
        private static final Set<String> ROUTING = Set.of("fixed-response", "forward", "redirect");

        @Override
        public boolean isValid(List<ActionSpec> actions, ConstraintValidatorContext context) {
            if (actions == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            int preRouting = 0;
            int routing = 0;
            for (int index = 0; index < actions.size(); index++) {
                var action = actions.get(index);
                if (action == null || action.type() == null) {
                    continue;
                }
                if (PRE_ROUTING.contains(action.type()) && ++preRouting > 1) {
                    valid = false;
                    report(
                            context,
                            index,
                            "type",
                            "At most one pre-routing action (authenticate-oidc,"
                                    + " authenticate-cognito, or jwt-validation) can be specified");
                }
                if (ROUTING.contains(action.type()) && ++routing > 1) {
                    valid = false;
                    report(
                            context,
                            index,
                            "type",
                            "At most one routing action (fixed-response or forward or" + " redirect) can be specified");
                }
                var fixed = action.fixedResponseConfig();
                if (fixed != null && fixed.statusCode() != null && fixed.statusCode() / 100 == 3) {
                    valid = false;
                    report(
                            context,
                            index,
                            "fixedResponseConfig",
                            "statusCode: StatusCode must be a valid HTTP"
                                    + " status code in the 2XX, 4XX, or 5XX range");
                }
            }
            return valid;
        }

        private static void report(ConstraintValidatorContext context, int index, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        }
    }
}
