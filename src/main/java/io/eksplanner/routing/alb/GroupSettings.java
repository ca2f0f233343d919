package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.Scheme;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The settings an IngressGroup's members must agree on, each from IngressClassParams or the annotation
 * (src/docs/reference/aws-load-balancers.md §4, §8.3): one value across the group, or the whole group fails. {@code
 * schemeName} and {@code ipAddressType} are null when no member sets them; {@code subnets} is the members' one subnet
 * list, normalized, or null.
 */
record GroupSettings(String schemeName, String ipAddressType, String subnets) {

    /** The members' settings; each conflict adds an {@code INGRESS_GROUP_CONFLICT} problem and leaves it null. */
    static GroupSettings of(List<GroupedIngress> members, List<Problem> problems) {
        var scheme = exclusive(
                members,
                member -> member.parameters() != null && member.parameters().scheme() != null
                        ? member.parameters().scheme()
                        : member.annotation("scheme"),
                "scheme",
                problems);
        var ipAddressType = exclusive(
                members,
                member -> member.parameters() != null && member.parameters().ipAddressType() != null
                        ? member.parameters().ipAddressType()
                        : member.annotation("ip-address-type"),
                "IPAddressType",
                problems);
        exclusive(members, member -> member.annotation("load-balancer-name"), "load balancer name", problems);
        var subnets = exclusive(
                members,
                member -> {
                    var value = member.annotation("subnets");
                    return value == null ? null : String.join(",", new TreeSet<>(List.of(value.split("\\s*,\\s*"))));
                },
                "subnets",
                problems);
        return new GroupSettings(scheme, ipAddressType, subnets);
    }

    /** The scheme the members set, or null when they set none or one the controller does not know. */
    Scheme scheme() {
        return Scheme.parse(schemeName);
    }

    /** The one value the members give (null when none does); more than one adds a {@code conflicting} problem. */
    private static String exclusive(
            List<GroupedIngress> members,
            Function<GroupedIngress, String> setting,
            String name,
            List<Problem> problems) {
        var values = new TreeSet<String>();
        GroupedIngress conflicting = null;
        for (GroupedIngress member : members) {
            var value = setting.apply(member);
            if (value != null && values.add(value) && values.size() > 1 && conflicting == null) {
                conflicting = member;
            }
        }
        if (values.size() > 1) {
            problems.add(new Problem(
                    ProblemCode.INGRESS_GROUP_CONFLICT,
                    conflicting.annotationsPath(),
                    "conflicting " + name + ": [" + String.join(" ", values) + "]"));
            return null;
        }
        return values.isEmpty() ? null : values.first();
    }
}
