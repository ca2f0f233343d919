package io.eksplanner.routing.gateway;

import io.eksplanner.routing.LoadBalancerNames;
import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.RouteStatus;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.routing.RoutingContext;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.SourceIpAtPod;
import io.eksplanner.routing.SubnetDiscovery;
import io.eksplanner.routing.TargetType;
import io.eksplanner.routing.TrafficModel;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayApi.GatewayClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Gateway's load balancer, built in the controller's steps (aws-load-balancer-controller v3.5.0, {@code
 * controllers/gateway/gateway_controller.go}, {@code reconcileHelper}; {@code pkg/gateway/model/base_model_builder.go},
 * {@code Build}): its configuration, its listeners, the routes that attach and their backends, the scheme and subnets,
 * then the listeners, rules and target groups. A step the controller fails leaves the Gateway without a load balancer,
 * the error its reason ({@code LB_BUILD_FAILED}); route statuses travel with the plan either way.
 */
final class GatewayLoadBalancer {

    private static final LoadBalancerOwner OWNER = LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;
    private static final int ALB_MINIMUM_ZONES = 2;

    private final RoutingContext context;
    private final GatewayApi api;

    GatewayLoadBalancer(RoutingContext context) {
        this.context = context;
        this.api = context.topology().gatewayApi();
    }

    LoadBalancerPlan build(int index, GatewayClass gatewayClass, int classIndex, LoadBalancerType type) {
        var gateway = api.gateways().get(index);
        var id = GatewayPlanner.id(gateway);
        var gatewayKey = gateway.namespace() + "/" + gateway.name();
        var problems = new ArrayList<Problem>();
        var statuses = new ArrayList<RouteStatus>();
        GatewayConfiguration config;
        try {
            config = GatewayConfiguration.of(
                    api, gatewayClass, "gatewayClasses[" + classIndex + "]", gateway, "gateways[" + index + "]");
        } catch (GatewayConfiguration.Missing missing) {
            return failed(
                    id, List.of("Gateway " + gatewayKey), statuses, problems, missing.path(), missing.getMessage());
        }
        var listeners = GatewayListeners.of(api, index, type, problems);
        var attachment = new RouteAttachment(api, gateway, listeners, problems).attach(type);
        statuses.addAll(attachment.statuses());
        var sources = sources(gatewayKey, attachment);
        Map<RouteRef, List<RouteBackends.Rule>> loaded;
        try {
            loaded = load(attachment, problems, statuses);
        } catch (RouteBackends.Fatal fatal) {
            return failed(id, sources, statuses, problems, fatal.path(), fatal.getMessage());
        }
        // --default-load-balancer-scheme is internal (pkg/config/controller_config.go).
        var scheme = config.scheme() == null ? Scheme.INTERNAL : Scheme.parse(config.scheme());
        List<Subnet> subnets;
        try {
            subnets = subnets(config, scheme);
        } catch (SubnetDiscovery.Refused refused) {
            return failed(
                    id, sources, statuses, problems, "gateways[" + index + "].parametersRef", refused.getMessage());
        }
        long zoneCount =
                subnets.stream().map(Subnet::availabilityZone).distinct().count();
        if (zoneCount < SubnetDiscovery.minimumCount(type, subnets)) {
            return tooFewZones(id, sources, statuses, problems, type, scheme, subnets.isEmpty(), zoneCount, index);
        }
        var zones = subnets.stream().map(Subnet::availabilityZone).toList();
        boolean crossZone = type == LoadBalancerType.ALB
                || "true".equals(config.attributes().get("load_balancing.cross_zone.enabled"));
        var targetGroups = new GatewayTargetGroups(context, config, gatewayKey, type, zones, crossZone, problems);
        var elb = new ElbListeners(type, config, gatewayKey, targetGroups, problems);
        try {
            elb.build(listeners, attachment, loaded);
        } catch (BuildFailed failed) {
            return failed(id, sources, statuses, problems, failed.path(), failed.getMessage());
        }
        // Instance targets on a ClusterIP Service fail the model (buildTargetGroupSpec: "TargetGroup port is empty").
        var fatal = problems.stream()
                .filter(p -> p.code() == ProblemCode.LB_NODEPORT_REQUIRED)
                .findFirst();
        if (fatal.isPresent()) {
            return failed(id, sources, statuses, problems, null, fatal.get().message());
        }
        var parts = new Parts(type, scheme, config, name(gateway, config), subnets, crossZone, elb, targetGroups.all());
        return plan(id, sources, parts, problems, statuses);
    }

    /** The rules of every accepted route with their backends, and the routes' statuses. */
    private Map<RouteRef, List<RouteBackends.Rule>> load(
            RouteAttachment.Result attachment, List<Problem> problems, List<RouteStatus> statuses)
            throws RouteBackends.Fatal {
        var backends = new RouteBackends(context, problems);
        var loaded = new LinkedHashMap<RouteRef, List<RouteBackends.Rule>>();
        for (var accepted : attachment.accepted().entrySet()) {
            loaded.put(accepted.getKey(), backends.rules(accepted.getKey()));
            statuses.addAll(backends.statuses(accepted.getKey(), accepted.getValue()));
        }
        return loaded;
    }

    /**
     * The configuration's {@code loadBalancerName}, else the controller's over the Gateway's namespace and name and a
     * hash that covers its UID ({@code pkg/gateway/model/model_build_loadbalancer.go}, {@code buildLoadBalancerName};
     * src/docs/domain-rules.md §4).
     */
    private static String name(GatewayApi.Gateway gateway, GatewayConfiguration config) {
        return config.loadBalancerName() != null
                ? config.loadBalancerName()
                : LoadBalancerNames.gateway(gateway.namespace(), gateway.name());
    }

    private static List<String> sources(String gatewayKey, RouteAttachment.Result attachment) {
        var sources = new ArrayList<String>(List.of("Gateway " + gatewayKey));
        attachment.accepted().keySet().forEach(route -> sources.add(route.source()));
        return sources;
    }

    /** What a built load balancer is made of. */
    private record Parts(
            LoadBalancerType type,
            Scheme scheme,
            GatewayConfiguration config,
            String name,
            List<Subnet> subnets,
            boolean crossZone,
            ElbListeners elb,
            List<GatewayTargetGroups.Built> groups) {}

    private static LoadBalancerPlan plan(
            String id, List<String> sources, Parts parts, List<Problem> problems, List<RouteStatus> statuses) {
        var targetTypes = parts.groups().stream()
                .map(GatewayTargetGroups.Built::targetType)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var targetType = targetTypes.isEmpty()
                ? TargetType.INSTANCE
                : targetTypes.size() == 1 ? targetTypes.iterator().next() : TargetType.MIXED;
        var groups = parts.elb()
                .forwards()
                .weigh(parts.groups().stream()
                        .map(GatewayTargetGroups.Built::group)
                        .toList());
        List<List<PacketPath>> paths =
                parts.groups().stream().map(GatewayTargetGroups.Built::paths).toList();
        var allPaths = TrafficModel.paths(groups, paths);
        boolean clientIp = parts.type() == LoadBalancerType.NLB
                && allPaths.stream().anyMatch(path -> path.sourceIpAtPod() == SourceIpAtPod.CLIENT_IP);
        return new LoadBalancerPlan(
                id,
                sources,
                OWNER,
                null,
                parts.type(),
                parts.scheme(),
                targetType,
                parts.config().ipAddressType() == null ? "ipv4" : parts.config().ipAddressType(),
                parts.subnets().stream()
                        .map(subnet -> new LbSubnet(subnet.name(), subnet.availabilityZone()))
                        .toList(),
                parts.crossZone(),
                clientIp,
                parts.name(),
                parts.config().tags().isEmpty() ? null : parts.config().tags(),
                parts.config().attributes().isEmpty() ? null : parts.config().attributes(),
                parts.elb().listeners(),
                parts.elb().rules(),
                groups,
                allPaths,
                List.copyOf(new LinkedHashSet<>(problems)),
                statuses);
    }

    /**
     * The subnets: the configuration's by id or name, else by tag, else discovery for the scheme ({@code
     * pkg/gateway/model/model_build_subnet.go}, {@code buildLoadBalancerSubnets}).
     */
    private List<Subnet> subnets(GatewayConfiguration config, Scheme scheme) {
        if (!config.subnets().isEmpty()) {
            return context.subnets().controllerSubnets(scheme, String.join(",", config.subnets()));
        }
        if (!config.subnetsSelector().isEmpty()) {
            return context.subnets().controllerSubnetsByTags(config.subnetsSelector());
        }
        return context.subnets().controllerSubnets(scheme, null);
    }

    private static LoadBalancerPlan tooFewZones(
            String id,
            List<String> sources,
            List<RouteStatus> statuses,
            List<Problem> problems,
            LoadBalancerType type,
            Scheme scheme,
            boolean none,
            long zoneCount,
            int index) {
        var message = none
                ? "couldn't auto-discover subnets: " + SubnetDiscovery.noSubnetReason(scheme)
                : "subnets count less than minimal required count: " + zoneCount + " < " + ALB_MINIMUM_ZONES;
        var all = new ArrayList<>(problems);
        all.add(new Problem(
                type == LoadBalancerType.ALB ? ProblemCode.ALB_SUBNET_AZ_COUNT : ProblemCode.LB_BUILD_FAILED,
                "gateways[" + index + "]",
                "the " + scheme + " " + type + " of Gateway " + id + ": " + message));
        return none(id, sources, message, all, statuses);
    }

    private static LoadBalancerPlan failed(
            String id,
            List<String> sources,
            List<RouteStatus> statuses,
            List<Problem> problems,
            String path,
            String message) {
        var all = new ArrayList<>(problems);
        if (path != null) {
            all.add(new Problem(ProblemCode.LB_BUILD_FAILED, path, "Gateway " + id + ": " + message));
        }
        return none(id, sources, message, all, statuses);
    }

    private static LoadBalancerPlan none(
            String id, List<String> sources, String reason, List<Problem> problems, List<RouteStatus> statuses) {
        return new LoadBalancerPlan(
                id,
                sources,
                OWNER,
                reason,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.copyOf(new LinkedHashSet<>(problems)),
                statuses);
    }
}
