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
import java.util.function.Function;

/**
 * Names are unique within a document: subnets, node groups, ingress classes and GatewayClasses by name, workloads,
 * services, ingresses and the other Gateway API objects by namespace and name, as Kubernetes keys them. Each later duplicate is reported at its own path.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueNames.Validator.class)
@interface UniqueNames {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every repeated key in every child collection of a topology document. */
    class Validator implements ConstraintValidator<UniqueNames, TopologyDocument> {

        @Override
        public boolean isValid(TopologyDocument document, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = unique("subnets", document.subnets(), SubnetSpec::name, context);
            valid &= unique("nodeGroups", document.nodeGroups(), NodeGroupSpec::name, context);
            valid &= unique("ingressClasses", document.ingressClasses(), IngressClassSpec::name, context);
            valid &= unique("workloads", document.workloads(), w -> w.namespace() + "/" + w.name(), context);
            valid &= unique("services", document.services(), s -> s.namespace() + "/" + s.name(), context);
            valid &= unique("ingresses", document.ingresses(), i -> i.namespace() + "/" + i.name(), context);
            valid &= unique("gatewayClasses", document.gatewayClasses(), GatewayClassSpec::name, context);
            valid &= unique("gateways", document.gateways(), g -> g.namespace() + "/" + g.name(), context);
            valid &= unique("httpRoutes", document.httpRoutes(), r -> r.namespace() + "/" + r.name(), context);
            valid &= unique("grpcRoutes", document.grpcRoutes(), r -> r.namespace() + "/" + r.name(), context);
            valid &= unique("tcpRoutes", document.tcpRoutes(), r -> r.namespace() + "/" + r.name(), context);
            valid &= unique("udpRoutes", document.udpRoutes(), r -> r.namespace() + "/" + r.name(), context);
            valid &= unique("tlsRoutes", document.tlsRoutes(), r -> r.namespace() + "/" + r.name(), context);
            valid &=
                    unique("referenceGrants", document.referenceGrants(), r -> r.namespace() + "/" + r.name(), context);
            valid &= unique("listenerSets", document.listenerSets(), l -> l.namespace() + "/" + l.name(), context);
            valid &= unique(
                    "loadBalancerConfigurations",
                    document.loadBalancerConfigurations(),
                    c -> c.namespace() + "/" + c.name(),
                    context);
            valid &= unique(
                    "targetGroupConfigurations",
                    document.targetGroupConfigurations(),
                    c -> c.namespace() + "/" + c.name(),
                    context);
            valid &= unique(
                    "listenerRuleConfigurations",
                    document.listenerRuleConfigurations(),
                    c -> c.namespace() + "/" + c.name(),
                    context);
            return valid;
        }

        private static <T> boolean unique(
                String collection, List<T> items, Function<T, String> key, ConstraintValidatorContext context) {
            if (items == null) {
                return true;
            }
            var firstIndex = new HashMap<String, Integer>();
            boolean valid = true;
            for (int index = 0; index < items.size(); index++) {
                var item = items.get(index);
                if (item == null) {
                    continue;
                }
                var name = key.apply(item);
                var first = firstIndex.putIfAbsent(name, index);
                if (first != null) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("duplicate name \"" + escape(name)
                                    + "\": already used by " + collection + "[" + first + "]")
                            .addPropertyNode(collection)
                            .addPropertyNode("name")
                            .inIterable()
                            .atIndex(index)
                            .addConstraintViolation();
                }
            }
            return valid;
        }

        // Message templates interpolate {...} and ${...}; user-given names must not be read as expressions.
        private static String escape(String text) {
            return text.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
        }
    }
}
