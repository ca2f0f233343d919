package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.PREFIX_FRAGMENTED;
import static io.eksplanner.validation.FindingCode.SUBNET_FREE_IPS;
import static io.eksplanner.validation.FindingCode.SUBNET_IP_EXHAUSTED;
import static io.eksplanner.validation.FindingCode.SUBNET_IP_EXHAUSTED_AT_MAX;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reports subnets the IP plan does not fit: exhausted or without a free aligned /28 at desired size, exhausted only
 * at maximum size, and control-plane subnets left with fewer than 6 free addresses.
 */
final class SubnetIpPlanRule implements ValidationRule {

    // Follows src/docs/reference/vpc-cni.md §4.5 (ContainerCreating, InsufficientFreeAddressesInSubnet /
    // InsufficientCidrBlocks),
    // §3.5 (contiguous /28s) and src/docs/reference/eks-vpc.md §1.3 (each control-plane subnet keeps at least 6 free
    // addresses).

    static final int CONTROL_PLANE_MINIMUM_FREE = 6;
    private static final int NAMED_PODS = 5;

    @Override
    public void check(ValidationContext context, Findings findings) {
        var plans = context.plans();
        var desired = plans.desired();
        var stuckAtDesired = stuckBySubnet(desired, desired.subnets());
        var stuckAtMax = stuckBySubnet(plans.max(), plans.max().subnets());
        var controlPlane = new HashSet<String>();
        context.controlPlaneSubnets().forEach(subnet -> controlPlane.add(subnet.name()));
        for (SubnetUsage usage : desired.subnets()) {
            var path = JsonPath.of("subnets", usage.index(), "cidr");
            var subject = "subnet " + usage.name() + " " + usage.cidr();
            if (usage.prefixFragmented()) {
                findings.add(
                        PREFIX_FRAGMENTED,
                        path,
                        subject + " has " + usage.freeIps() + " free addresses but no free aligned /28 for prefix"
                                + " delegation (InsufficientCidrBlocks)" + stuck(stuckAtDesired, usage.name()),
                        "reserve a range for prefixes (aws ec2 create-subnet-cidr-reservation --reservation-type"
                                + " prefix), or move the nodes to a subnet with contiguous free space");
            } else if (usage.exhausted()) {
                findings.add(
                        SUBNET_IP_EXHAUSTED,
                        path,
                        subject + " runs out of addresses at desired size (" + (usage.totalIps() - usage.reservedIps())
                                + " usable)" + stuck(stuckAtDesired, usage.name()),
                        "use a larger subnet, spread the node groups over more subnets, lower WARM_ENI_TARGET or set"
                                + " WARM_IP_TARGET/MINIMUM_IP_TARGET, or enable prefix delegation");
            } else {
                var atMax = plans.max().subnets().stream()
                        .filter(other -> other.index() == usage.index())
                        .findFirst();
                if (atMax.isPresent() && (atMax.get().exhausted() || atMax.get().prefixFragmented())) {
                    findings.add(
                            SUBNET_IP_EXHAUSTED_AT_MAX,
                            path,
                            subject + " fits at desired size (" + usage.freeIps() + " free) but runs out when every"
                                    + " node group is at its maxSize" + stuck(stuckAtMax, usage.name()),
                            "use a larger subnet or lower the node groups' maxSize before they scale out");
                }
            }
            if (controlPlane.contains(usage.name()) && usage.freeIps() < CONTROL_PLANE_MINIMUM_FREE) {
                findings.add(
                        SUBNET_FREE_IPS,
                        Severity.ERROR,
                        path,
                        "control-plane " + subject + " has " + usage.freeIps() + " free addresses after the IP plan;"
                                + " EKS needs at least " + CONTROL_PLANE_MINIMUM_FREE + " (and up to 5 to update the"
                                + " cluster)",
                        "give the control plane subnets with free space (controlPlaneSubnets), or move nodes out of"
                                + " this subnet");
            }
        }
    }

    /** The pods of a plan stuck for want of an address, by the subnet that had none; one pass over the pods. */
    private static Map<String, List<String>> stuckBySubnet(IpPlan plan, List<SubnetUsage> subnets) {
        var stuck = new HashMap<String, List<String>>();
        var markers = new HashMap<String, String>();
        subnets.stream()
                .filter(usage -> usage.exhausted() || usage.prefixFragmented())
                .forEach(usage -> markers.put("subnet " + usage.name() + " has no free", usage.name()));
        if (markers.isEmpty()) {
            return stuck;
        }
        for (int index = 0; index < plan.podCount(); index++) {
            var pod = plan.pod(index);
            if (pod.status() != PodStatus.ContainerCreating || pod.reason() == null) {
                continue;
            }
            for (var marker : markers.entrySet()) {
                if (pod.reason().contains(marker.getKey())) {
                    stuck.computeIfAbsent(marker.getValue(), name -> new ArrayList<>())
                            .add(pod.namespace() + "/" + pod.name());
                    break;
                }
            }
        }
        return stuck;
    }

    /** ", 12 pod(s) stuck ContainerCreating (default/web-3, …)" or nothing. */
    private static String stuck(Map<String, List<String>> stuck, String subnet) {
        var pods = stuck.getOrDefault(subnet, List.of());
        if (pods.isEmpty()) {
            return "";
        }
        var named = pods.subList(0, Math.min(NAMED_PODS, pods.size()));
        return ": " + pods.size() + " pod(s) stuck ContainerCreating (" + String.join(", ", named)
                + (pods.size() > named.size() ? ", …" : "") + ")";
    }
}
