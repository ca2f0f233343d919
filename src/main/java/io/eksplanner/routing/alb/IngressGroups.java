package io.eksplanner.routing.alb;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a taken Ingress joins an IngressGroup (src/docs/reference/aws-load-balancers.md §8.3): the group named by its
 * IngressClassParams or its {@code group.name} annotation, else a group of its own, and its {@code group.order} in the
 * group.
 */
final class IngressGroups {

    /** How an explicit group's id starts: {@code group.<name>}. */
    static final String EXPLICIT_PREFIX = "group.";

    private static final Pattern GROUP_NAME = Pattern.compile("^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$");
    private static final int GROUP_NAME_MAX = 63;
    private static final int GROUP_ORDER_MIN = -1000;
    private static final int GROUP_ORDER_MAX = 1000;

    private IngressGroups() {}

    /** The Ingress in its group, or the plan that says why it joins none (an invalid group name). */
    record Membership(GroupedIngress member, LoadBalancerPlan refusal) {}

    /** The order an Ingress gives itself in its group (0 by default), and what is wrong with it. */
    private record GroupOrder(int value, Problem problem) {}

    static Membership join(int index, Ingress ingress, IngressClassResolution resolved) {
        var parameters = resolved.parameters();
        boolean fromParameters = parameters != null
                && parameters.group() != null
                && !parameters.group().isBlank();
        var explicit = fromParameters
                ? parameters.group()
                : Annotations.alb(ingress.annotations()).get("group.name");
        var groupId = IngressNames.implicitId(ingress);
        if (explicit != null) {
            var invalid = invalidGroupName(explicit);
            if (invalid != null) {
                var path = fromParameters
                        ? "ingressClasses[" + resolved.classIndex() + "].parameters.group"
                        : "ingresses[" + index + "].annotations";
                return new Membership(null, invalidGroup(ingress, explicit, invalid, path));
            }
            groupId = EXPLICIT_PREFIX + explicit;
        }
        var order = order(index, ingress);
        return new Membership(
                new GroupedIngress(
                        index, ingress, parameters, resolved.classIndex(), groupId, order.value(), order.problem()),
                null);
    }

    /** Why the controller rejects a group name, or null when it takes it. */
    private static String invalidGroupName(String name) {
        if (name.length() > GROUP_NAME_MAX) {
            return "groupName must be no more than " + GROUP_NAME_MAX + " characters";
        }
        return GROUP_NAME.matcher(name).matches()
                ? null
                : "groupName must consist of lower case alphanumeric characters, '-' or '.', and must start"
                        + " and end with an alphanumeric character";
    }

    private static LoadBalancerPlan invalidGroup(Ingress ingress, String name, String invalid, String path) {
        return LoadBalancerPlan.none(
                IngressNames.implicitId(ingress),
                List.of(IngressNames.source(ingress)),
                null,
                "IngressGroup name " + name + " is invalid, so the Ingress joins no group: " + invalid,
                List.of(new Problem(
                        ProblemCode.INGRESS_GROUP_NAME_INVALID,
                        path,
                        "Ingress " + IngressNames.key(ingress) + ", group " + name + ": " + invalid)));
    }

    /** The {@code group.order} annotation, an integer in [-1000, 1000]; the controller's words when it is not. */
    private static GroupOrder order(int index, Ingress ingress) {
        var raw = Annotations.alb(ingress.annotations()).get("group.order");
        if (raw == null) {
            return new GroupOrder(0, null);
        }
        var path = "ingresses[" + index + "].annotations";
        int order;
        try {
            order = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return new GroupOrder(
                    0,
                    new Problem(
                            ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                            path,
                            "failed to load Ingress group order for ingress: " + IngressNames.key(ingress)
                                    + ": strconv.ParseInt: parsing \"" + raw + "\": invalid syntax"));
        }
        if (order < GROUP_ORDER_MIN || order > GROUP_ORDER_MAX) {
            return new GroupOrder(
                    order,
                    new Problem(
                            ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                            path,
                            "explicit Ingress group order must be within [" + GROUP_ORDER_MIN + ":"
                                    + GROUP_ORDER_MAX + "], Ingress: " + IngressNames.key(ingress) + ", order: "
                                    + order));
        }
        return new GroupOrder(order, null);
    }
}
