package io.eksplanner.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.common.web.PageMetadata;
import io.eksplanner.ipam.EffectiveCni;
import io.eksplanner.ipam.EniKind;
import io.eksplanner.ipam.IpPlan;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.Headroom;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.ipam.IpPlan.Totals;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.IpPlans;
import io.eksplanner.ipam.MaxPodsSource;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * An IP plan as the API returns it (src/docs/domain-rules.md §3): the summary (desired totals and {@code atMaxSize}),
 * the values the planner filled in, per-subnet usage, and, at the detail asked for, one page of nodes or pods. The
 * one-call plan embeds it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IpPlan", description = "ENIs and pod IPs as the Amazon VPC CNI would hand them out")
record IpPlanResponse(
        @Schema(description = "the scenario the subnets, nodes and pods describe: desired or max")
        String scenario,

        Summary summary,
        Effective effective,
        List<SubnetResponse> subnets,

        @Schema(description = "with detail=nodes: one page of nodes, ordered numerically by primary IP")
        List<NodeResponse> nodes,

        @Schema(description = "with detail=pods: one page of pods, in pod order")
        List<PodResponse> pods,

        @Schema(description = "with detail=nodes or pods: where the page lies")
        PageMetadata page) {

    /** The API form of a topology's plans: the scenario's subnets and, at the detail asked for, a page of them. */
    public static IpPlanResponse of(
            ClusterTopology topology, IpPlans plans, Scenario scenario, IpPlanDetail detail, int page, int size) {
        IpPlan plan = plans.of(scenario);
        var summary = new Summary(plans.desired().totals(), plans.max().totals());
        var effective = new Effective(
                topology.effectiveServiceIpv4Cidr().toString(),
                topology.serviceIpv4Cidr() == null,
                EffectiveCni.of(topology.cni()),
                plan.nodeGroups().stream()
                        .map(group -> new NodeGroupResponse(
                                group.name(),
                                group.instanceType(),
                                group.nodes(),
                                group.maxPods(),
                                group.maxPodsSource() == null ? null : wireName(group.maxPodsSource()),
                                group.workloadSlots(),
                                group.notLaunchedReason()))
                        .toList(),
                IpPlanner.CONTROL_PLANE_ENIS,
                topology.ipFamily(),
                topology.isIpv6() ? IPV6_NOT_MODELLED : null);
        var subnets = plan.subnets().stream().map(SubnetResponse::of).toList();
        // In long arithmetic: a page far past the end is an empty page, not an overflow into a negative offset.
        long from = (long) page * size;
        return switch (detail) {
            case SUMMARY ->
                new IpPlanResponse(
                        scenario.name().toLowerCase(Locale.ROOT), summary, effective, subnets, null, null, null);
            case NODES ->
                new IpPlanResponse(
                        scenario.name().toLowerCase(Locale.ROOT),
                        summary,
                        effective,
                        subnets,
                        plan.nodes().stream()
                                .skip(from)
                                .limit(size)
                                .map(node -> NodeResponse.of(node, plan))
                                .toList(),
                        null,
                        pageOf(page, size, plan.nodes().size()));
            case PODS ->
                new IpPlanResponse(
                        scenario.name().toLowerCase(Locale.ROOT),
                        summary,
                        effective,
                        subnets,
                        null,
                        IntStream.range((int) Math.min(from, plan.podCount()), (int)
                                        Math.min(from + size, plan.podCount()))
                                .mapToObj(plan::pod)
                                .map(PodResponse::of)
                                .toList(),
                        pageOf(page, size, plan.podCount()));
        };
    }

    /** An ENI's kind as the API spells it: {@code primary}, {@code secondary}, {@code trunk} or {@code branch}. */
    static String wireName(EniKind kind) {
        return switch (kind) {
            case PRIMARY -> "primary";
            case SECONDARY -> "secondary";
            case TRUNK -> "trunk";
            case BRANCH -> "branch";
        };
    }

    /** Where a node group's max pods comes from, as the API spells it. */
    static String wireName(MaxPodsSource source) {
        return switch (source) {
            case EXPLICIT -> "explicit";
            case EKS_MANAGED_CAP -> "eks-managed-cap";
            case ENI_FORMULA -> "eni-formula";
            case ENI_FORMULA_VCPUS_UNKNOWN -> "eni-formula (vCPUs unknown: EKS's cap not applied)";
            case NODEADM_DEFAULT -> "nodeadm-default";
            case AMI_FAMILY_NOT_MODELLED -> "nodeadm-default (amiFamily not modelled: its bootstrap may differ)";
        };
    }

    private static PageMetadata pageOf(int page, int size, long total) {
        return new PageMetadata(page, size, total, (int) ((total + size - 1) / size));
    }

    /** The desired totals, with the same totals when every node group is at its maxSize. */
    @Schema(name = "IpPlanSummary")
    public record Summary(@JsonUnwrapped Totals desired, Totals atMaxSize) {}

    /** What the effective block says of an IPv6 cluster (src/docs/domain-rules.md §3, IPV6_NOT_MODELLED). */
    static final String IPV6_NOT_MODELLED = "IPv6 planning is not modelled: pods and Services of this IPv6 cluster get"
            + " IPv6 addresses (a /80 prefix per node); the subnets, ENIs and pod IPs here count IPv4 only";

    /** What the planner filled in: never written back into the user's fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IpPlanEffective")
    public record Effective(
            String serviceIpv4Cidr,

            @Schema(description = "true when no serviceIpv4Cidr was given and this is the one EKS would pick")
            boolean serviceIpv4CidrPredicted,

            EffectiveCni cni,
            List<NodeGroupResponse> nodeGroups,

            @Schema(description = "ENIs EKS puts in the control-plane subnets (2–4; the plan reserves 4)")
            int controlPlaneEnis,

            @Schema(description = "the cluster's ipFamily when given: IPv4 or IPv6")
            String ipFamily,

            @Schema(description = "what the plan does not model for this cluster (IPv6 planning), when anything")
            String notModelled) {}

    /** A node group's effective settings in the plan's scenario. */
    @Schema(name = "IpPlanNodeGroup")
    public record NodeGroupResponse(
            String name,
            String instanceType,
            int nodes,
            Integer maxPods,

            @Schema(description = "explicit, eks-managed-cap, eni-formula or nodeadm-default")
            String maxPodsSource,

            @Schema(description = "maxPods − 2: aws-node and kube-proxy take two slots")
            Integer workloadSlots,

            String notLaunchedReason) {}

    /** One subnet after the plan. */
    @Schema(name = "IpPlanSubnet")
    public record SubnetResponse(
            String name,
            String cidr,
            String availabilityZone,
            long totalIps,
            long reservedIps,
            long nodeIps,
            long eniPrimaryIps,
            long podIps,
            long warmIps,
            long otherIps,
            long freeIps,

            @Schema(description = "share of the usable addresses in use, 0–1")
            double utilization,

            List<Headroom> headroom,
            boolean exhausted,
            boolean prefixFragmented) {

        static SubnetResponse of(SubnetUsage usage) {
            return new SubnetResponse(
                    usage.name(),
                    usage.cidr(),
                    usage.availabilityZone(),
                    usage.totalIps(),
                    usage.reservedIps(),
                    usage.nodeIps(),
                    usage.eniPrimaryIps(),
                    usage.podIps(),
                    usage.warmIps(),
                    usage.otherIps(),
                    usage.freeIps(),
                    Math.round(usage.utilization() * 10000) / 10000.0,
                    usage.headroom(),
                    usage.exhausted(),
                    usage.prefixFragmented());
        }
    }

    /** A node and its ENIs. */
    @Schema(name = "IpPlanNode")
    public record NodeResponse(
            String name,
            String nodeGroup,
            String subnet,
            String availabilityZone,
            String primaryIp,
            int maxPods,
            List<EniResponse> enis,
            List<NodePodResponse> pods) {

        static NodeResponse of(NodePlan node, IpPlan plan) {
            return new NodeResponse(
                    node.name(),
                    node.nodeGroup(),
                    node.subnet(),
                    node.availabilityZone(),
                    Ipv4Cidr.formatAddress(node.primaryIp()),
                    node.maxPods(),
                    node.enis().stream().map(EniResponse::of).toList(),
                    Arrays.stream(node.podIndices())
                            .mapToObj(plan::pod)
                            .map(pod ->
                                    new NodePodResponse(pod.name(), pod.namespace(), Ipv4Cidr.formatAddress(pod.ip())))
                            .toList());
        }
    }

    /** An ENI: primary, secondary, trunk or branch. */
    @Schema(name = "IpPlanEni")
    public record EniResponse(
            int index,
            String type,
            String subnet,
            String primaryIp,
            List<String> secondaryIps,

            @Schema(description = "/28 prefixes, with prefix delegation")
            List<String> prefixes) {

        static EniResponse of(EniPlan eni) {
            return new EniResponse(
                    eni.index(),
                    wireName(eni.kind()),
                    eni.subnet(),
                    Ipv4Cidr.formatAddress(eni.primaryIp()),
                    Arrays.stream(eni.secondaryIps())
                            .mapToObj(Ipv4Cidr::formatAddress)
                            .toList(),
                    Arrays.stream(eni.prefixes())
                            .mapToObj(prefix -> Ipv4Cidr.formatAddress(prefix) + "/28")
                            .toList());
        }
    }

    /** A pod as its node lists it. */
    @Schema(name = "IpPlanNodePod")
    public record NodePodResponse(String name, String namespace, String ip) {}

    /** A pod: where it runs and whether it does. */
    @Schema(name = "IpPlanPod")
    public record PodResponse(
            String name,
            String namespace,
            String node,
            String ip,
            Integer eni,
            String subnet,
            String availabilityZone,

            @Schema(description = "Running, ContainerCreating (no IP) or Pending (no slot)")
            String status,

            String reason) {

        static PodResponse of(PodPlan pod) {
            return new PodResponse(
                    pod.name(),
                    pod.namespace(),
                    pod.node(),
                    Ipv4Cidr.formatAddress(pod.ip()),
                    pod.eni(),
                    pod.subnet(),
                    pod.availabilityZone(),
                    pod.status().name(),
                    pod.reason());
        }
    }
}
