package io.eksplanner.topology.spec;

import io.eksplanner.common.Ipv4Cidr;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string, when not null, is an IPv4 CIDR written {@code a.b.c.d/n}; whether the block suits its
 * use (host bits, size, range) is for validation to report, not a syntax error.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCidr.Validator.class)
@interface ValidCidr {

    String message() default "must be an IPv4 CIDR written a.b.c.d/n with octets 0-255 and n 0-32";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the value with {@link Ipv4Cidr}. */
    class Validator implements ConstraintValidator<ValidCidr, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ipv4Cidr.tryParse(value).isPresent();
        }
    }
}
