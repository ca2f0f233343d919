package io.eksplanner.topology.spec;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated port reference, when not null, is a port number in 1-65535 or a valid port name. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPortReference.Validator.class)
@interface ValidPortReference {

    String message() default
            "must be a port number 1-65535 or a port name (lower-case letters, digits and '-', at least one letter,"
                    + " at most 15 characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to {@link PortReference#wellFormed()}. */
    class Validator implements ConstraintValidator<ValidPortReference, PortReference> {

        @Override
        public boolean isValid(PortReference value, ConstraintValidatorContext context) {
            return value == null || value.wellFormed();
        }
    }
}
