package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerNames;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.SubnetDiscovery;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one ALB of an IngressGroup, built in the controller's steps (src/docs/reference/aws-load-balancers.md §4, §7.1,
 * §8.3): the members in group order, the settings they must agree on, the listen ports, subnets in at least two AZs,
 * the listeners and their rules, then a target group per backend. A step the controller would fail leaves the group
 * without an ALB, with the reasons.
 */
final class GroupLoadBalancer {

    private static final LoadBalancerOwner OWNER = LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
    private static final int ALB_MINIMUM_ZONES = 2;

    private final RoutingContext context;
    private final AlbTargetGroups targetGroups;

    GroupLoadBalancer(RoutingContext context) {
        this.context = context;
        this.targetGroups = new AlbTargetGroups(context);
    }

    LoadBalancerPlan build(String groupId, List<GroupedIngress> unordered) {
        var orderProblems = unordered.stream()
                .map(GroupedIngress::orderProblem)
                .filter(Objects::nonNull)
                .toList();
        if (!orderProblems.isEmpty()) {
            var reason = orderProblems.stream().map(Problem::message).collect(Collectors.joining("; "));
            return LoadBalancerPlan.none(groupId, sources(unordered), OWNER, reason, orderProblems);
        }
        var members = unordered.stream()
                .sorted(Comparator.comparingInt(GroupedIngress::order).thenComparing(GroupedIngress::key))
                .toList();
        var problems = new ArrayList<Problem>();
        var reasons = new ArrayList<String>();
        // Exclusive settings: one value across the group, or the whole group fails
        // (src/docs/reference/aws-load-balancers.md §4, §8.3).
        var settings = GroupSettings.of(members, problems);
        var ports = ListenPorts.merge(members, problems, reasons);
        var tls = ListenerTls.of(members, ports, problems);
        members.stream()
                .map(BuildFailures::inboundCidrs)
                .filter(Objects::nonNull)
                .forEach(problems::add);
        if (settings.schemeName() != null && settings.scheme() == null) {
            reasons.add("unknown scheme: " + settings.schemeName());
        }
        if (!problems.isEmpty() || !reasons.isEmpty()) {
            problems.forEach(problem -> reasons.add(problem.message()));
            return LoadBalancerPlan.none(
                    groupId, sources(members), OWNER, String.join("; ", reasons), dedupe(problems));
        }
        var scheme = settings.schemeName() == null ? Scheme.INTERNAL : settings.scheme();
        // Subnets: the controller's discovery, at least two AZs for an ALB (src/docs/reference/aws-load-balancers.md
        // §7.1).
        List<Subnet> subnets;
        try {
            // IngressClassParams subnets.tags choose by tag (SubnetDiscovery.controllerSubnetsByTags).
            subnets = settings.subnetSelector() != null
                    ? context.subnets()
                            .controllerSubnetsByTags(settings.subnetSelector().tags())
                    : context.subnets().controllerSubnets(scheme, settings.subnets());
        } catch (SubnetDiscovery.Refused refused) {
            var path = members.stream()
                    .filter(member -> member.annotation("subnets") != null)
                    .findFirst()
                    .orElse(members.get(0))
                    .annotationsPath();
            return failed(groupId, members, List.of(BuildFailures.failed(path, refused.getMessage())));
        }
        long zoneCount =
                subnets.stream().map(Subnet::availabilityZone).distinct().count();
        return zoneCount < SubnetDiscovery.minimumCount(LoadBalancerType.ALB, subnets)
                ? tooFewZones(groupId, members, settings, scheme, subnets, zoneCount)
                : alb(groupId, members, settings, scheme, subnets, ports, tls, problems);
    }

    /**
     * The controller's name for a group's ALB when no member names it: by its explicit group name, else by its one
     * Ingress (src/docs/domain-rules.md §4; {@link LoadBalancerNames#ingressGroup}).
     */
    private String defaultName(String groupId, List<GroupedIngress> members, Scheme scheme) {
        var clusterName = context.topology().name();
        if (groupId.startsWith(IngressGroups.EXPLICIT_PREFIX)) {
            return LoadBalancerNames.ingressGroup(
                    clusterName, null, groupId.substring(IngressGroups.EXPLICIT_PREFIX.length()), scheme);
        }
        var ingress = members.get(0).ingress();
        return LoadBalancerNames.ingressGroup(clusterName, ingress.namespace(), ingress.name(), scheme);
    }

    /** The ALB of a group whose members agree: listeners and rules, then a target group per backend they name. */
    private LoadBalancerPlan alb(
            String groupId,
            List<GroupedIngress> members,
            GroupSettings settings,
            Scheme scheme,
            List<Subnet> subnets,
            ListenPorts ports,
            ListenerTls tls,
            List<Problem> problems) {
        // Listeners and their rules, in member order (src/docs/reference/aws-load-balancers.md §8.3).
        problems.addAll(tls.notes());
        var backends = new Backends(context, problems);
        var listenerRules = ListenerRules.of(members, ports, tls, backends);
        // Target groups: one per backend (Service, port), ALB cross-zone always on (§6).
        var zones = subnets.stream().map(Subnet::availabilityZone).toList();
        var targets = targetGroups.of(backends.all(), members, zones, listenerRules.forwards(), problems);
        // One failing target group fails the whole ALB (pkg/ingress/model_builder.go, defaultModelBuildTask.run).
        var fatal = BuildFailures.fatal(problems);
        if (!fatal.isEmpty()) {
            var all = new ArrayList<>(problems);
            all.addAll(fatal);
            return failed(groupId, members, dedupe(all));
        }
        return new LoadBalancerPlan(
                groupId,
                sources(members),
                OWNER,
                null,
                LoadBalancerType.ALB,
                scheme,
                targets.targetType(),
                settings.ipAddressType() == null ? "ipv4" : settings.ipAddressType(),
                subnets.stream()
                        .map(subnet -> new LbSubnet(subnet.name(), subnet.availabilityZone()))
                        .toList(),
                true,
                false,
                settings.loadBalancerName() != null
                        ? settings.loadBalancerName()
                        : defaultName(groupId, members, scheme),
                settings.tags().isEmpty() ? null : settings.tags(),
                settings.attributes().isEmpty() ? null : settings.attributes(),
                listenerRules.listeners(),
                listenerRules.rules(),
                targets.groups(),
                targets.paths(),
                dedupe(problems));
    }

    /**
     * An ALB needs subnets in two AZs; with fewer the controller fails the group
     * (src/docs/reference/aws-load-balancers.md §7.1).
     */
    private static LoadBalancerPlan tooFewZones(
            String groupId,
            List<GroupedIngress> members,
            GroupSettings settings,
            Scheme scheme,
            List<Subnet> subnets,
            long zoneCount) {
        var message = subnets.isEmpty()
                ? "couldn't auto-discover subnets: " + SubnetDiscovery.noSubnetReason(scheme)
                : "subnets count less than minimal required count: " + zoneCount + " < " + ALB_MINIMUM_ZONES;
        return LoadBalancerPlan.none(
                groupId,
                sources(members),
                OWNER,
                message,
                List.of(new Problem(
                        ProblemCode.ALB_SUBNET_AZ_COUNT,
                        settings.subnets() != null ? members.get(0).annotationsPath() : "subnets",
                        "the " + scheme + " ALB " + groupId + ": " + message)));
    }

    /**
     * The group gets no ALB: the controller fails its model on the {@code problems} that are build failures, their
     * messages the reason. Also for a group whose load fails before any member is built (two default IngressClasses).
     */
    LoadBalancerPlan failed(String groupId, List<GroupedIngress> members, List<Problem> problems) {
        var reason = BuildFailures.fatal(problems).stream()
                .map(Problem::message)
                .distinct()
                .collect(Collectors.joining("; "));
        return LoadBalancerPlan.none(groupId, sources(members), OWNER, reason, problems);
    }

    private static List<String> sources(List<GroupedIngress> members) {
        return members.stream()
                .map(member -> IngressNames.source(member.ingress()))
                .toList();
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
