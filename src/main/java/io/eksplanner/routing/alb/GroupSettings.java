package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.Scheme;
import io.eksplanner.topology.model.ClusterTopology.SubnetSelector;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The settings an IngressGroup's members must agree on, each from IngressClassParams or the annotation
 * (src/docs/reference/aws-load-balancers.md §4, §8.3): one value across the group, or the whole group fails. {@code
 * schemeName} and {@code ipAddressType} are null when no member sets them; {@code subnets} is the members' one subnet
 * list, normalized, or null; {@code loadBalancerName} the one explicit name or null, {@code tags} and {@code attributes}
 * the group's ({@code buildIngressGroupResourceTags}, {@code buildIngressGroupLoadBalancerAttributes}).
 */
record GroupSettings(
        String schemeName,
        String ipAddressType,
        String subnets,
        SubnetSelector subnetSelector,
        String loadBalancerName,
        Map<String, String> tags,
        Map<String, String> attributes) {

    /** Settings without a name, tags or attributes of their own. */
    GroupSettings(String schemeName, String ipAddressType, String subnets, SubnetSelector subnetSelector) {
        this(schemeName, ipAddressType, subnets, subnetSelector, null, Map.of(), Map.of());
    }

    private static final int NAME_MAX = 32;

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
        var name = exclusive(members, ClassParameters::loadBalancerName, "load balancer name", problems);
        if (name != null && name.length() > NAME_MAX) {
            // buildLoadBalancerName (pkg/ingress/model_build_load_balancer.go).
            problems.add(BuildFailures.failed(
                    members.get(0).annotationsPath(), "load balancer name cannot be longer than 32 characters"));
        }
        var selector = subnetSelector(members, problems);
        var subnets = exclusive(
                members.stream()
                        .filter(member -> subnetSelectorOf(member) == null)
                        .toList(),
                member -> {
                    var value = member.annotation("subnets");
                    return value == null ? null : String.join(",", new TreeSet<>(List.of(value.split("\\s*,\\s*"))));
                },
                "subnets",
                problems);
        var tags = ClassParameters.tags(members, problems);
        var attributes = ClassParameters.attributes(members, problems);
        if (selector != null && !selector.ids().isEmpty()) {
            return new GroupSettings(
                    scheme, ipAddressType, String.join(",", selector.ids()), null, name, tags, attributes);
        }
        return new GroupSettings(
                scheme, ipAddressType, selector == null ? subnets : null, selector, name, tags, attributes);
    }

    /**
     * The members' IngressClassParams subnet selector: all that set one must set the same, and no member may use the
     * annotation beside it (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20,
     * {@code pkg/ingress/model_build_load_balancer.go}, {@code buildLoadBalancerSubnetMappings}); null when none
     * sets one.
     */
    private static SubnetSelector subnetSelector(List<GroupedIngress> members, List<Problem> problems) {
        SubnetSelector chosen = null;
        for (GroupedIngress member : members) {
            var selector = subnetSelectorOf(member);
            if (selector == null) {
                continue;
            }
            if (chosen != null && !chosen.equals(selector)) {
                problems.add(BuildFailures.failed(
                        ClassParameters.path(member, "subnets"),
                        "conflicting IngressClassParams subnet specifications"));
                return null;
            }
            chosen = selector;
        }
        var annotated = members.stream()
                .filter(member -> subnetSelectorOf(member) == null && member.annotation("subnets") != null)
                .findFirst();
        if (chosen != null && annotated.isPresent()) {
            problems.add(BuildFailures.failed(
                    annotated.get().annotationsPath(),
                    "conflicting subnet specifications: IngressClassParams versus annotation"));
            return null;
        }
        return chosen;
    }

    private static SubnetSelector subnetSelectorOf(GroupedIngress member) {
        return member.parameters() == null ? null : member.parameters().subnets();
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
