package io.eksplanner.topology.spec;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;

/**
 * A Gateway's or ListenerSet's listeners as the Gateway API CRDs admit them (gateway-api v1.6.0, the version
 * aws-load-balancer-controller v3.5.0 builds with: {@code apis/v1/gateway_types.go} {@code GatewaySpec.Listeners} and
 * {@code apis/v1/listenerset_types.go}, {@code +listMapKey=name} and their CEL rules; src/docs/domain-rules.md §1):
 * every name once ("Listener name must be unique within the Gateway"), and every combination of port, protocol and
 * hostname once, two listeners without a hostname counting as the same ("Combination of port, protocol and hostname
 * must be unique for each listener"). The API server refuses such an object, so it is ill-formed; each later repeat
 * is reported at its own path.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueListeners.Validator.class)
@interface UniqueListeners {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every repeated listener name and every repeated port, protocol and hostname. */
    class Validator implements ConstraintValidator<UniqueListeners, List<GatewayListenerSpec>> {

        /** What the CRD's second rule compares: a missing hostname equals only another missing one. */
        private record Endpoint(Integer port, String protocol, String hostname) {}

        @Override
        public boolean isValid(List<GatewayListenerSpec> listeners, ConstraintValidatorContext context) {
            if (listeners == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            var names = new HashMap<String, Integer>();
            var endpoints = new HashMap<Endpoint, Integer>();
            boolean valid = true;
            for (int index = 0; index < listeners.size(); index++) {
                var listener = listeners.get(index);
                if (listener == null) {
                    continue;
                }
                var sameName = listener.name() == null ? null : names.putIfAbsent(listener.name(), index);
                if (sameName != null) {
                    valid = false;
                    report(context, index, "name", "Listener name must be unique within the Gateway", sameName);
                }
                if (listener.port() == null || listener.protocol() == null) {
                    continue;
                }
                var endpoint = new Endpoint(listener.port(), listener.protocol(), listener.hostname());
                var sameEndpoint = endpoints.putIfAbsent(endpoint, index);
                if (sameEndpoint != null) {
                    valid = false;
                    report(
                            context,
                            index,
                            "port",
                            "Combination of port, protocol and hostname must be unique for each listener",
                            sameEndpoint);
                }
            }
            return valid;
        }

        private static void report(
                ConstraintValidatorContext context, int index, String field, String message, int first) {
            context.buildConstraintViolationWithTemplate(message + " (as listeners[" + first + "])")
                    .addPropertyNode(field)
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        }
    }
}
