package io.eksplanner.topology.spec;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Service sets {@code allocateLoadBalancerNodePorts}, {@code loadBalancerClass} and {@code healthCheckNodePort} only
 * on the types the API server admits them on ({@link ServiceTypeFields}): it refuses such a Service, so it is
 * ill-formed, each field reported at its own path.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidServiceFields.Validator.class)
@interface ValidServiceFields {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every field the Service's type refuses. */
    class Validator implements ConstraintValidator<ValidServiceFields, ServiceSpec> {

        @Override
        public boolean isValid(ServiceSpec service, ConstraintValidatorContext context) {
            var forbidden = ServiceTypeFields.forbidden(
                    service.type(),
                    service.externalTrafficPolicy(),
                    service.healthCheckNodePort(),
                    service.allocateLoadBalancerNodePorts(),
                    service.loadBalancerClass());
            if (forbidden.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (var field : forbidden) {
                context.buildConstraintViolationWithTemplate(field.message())
                        .addPropertyNode(field.field())
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
