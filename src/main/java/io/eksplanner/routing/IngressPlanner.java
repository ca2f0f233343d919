package io.eksplanner.routing;

import io.eksplanner.routing.LoadBalancerPlan.LbSubnet;
import io.eksplanner.routing.LoadBalancerPlan.Listener;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import io.eksplanner.routing.TrafficModel.TrafficTarget;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import io.eksplanner.topology.model.ClusterTopology.IngressBackend;
import io.eksplanner.topology.model.ClusterTopology.IngressClass;
import io.eksplanner.topology.model.ClusterTopology.IngressClassParameters;
import io.eksplanner.topology.model.ClusterTopology.IngressPath;
import io.eksplanner.topology.model.ClusterTopology.PortRef;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the AWS Load Balancer Controller turns Ingresses into ALBs (domain-rules §4, aws-load-balancers.md §3.2, §4,
 * §5.2, §7.1, §8): which Ingresses it takes, how they form IngressGroups, and per group one ALB with its scheme,
 * subnets, listeners, ordered rules and one target group per backend (Service, port). What the controller would
 * refuse is recorded as {@link Problem}s on the plans for validation to report.
 */
final class IngressPlanner {

    static final String ALB_CONTROLLER = "ingress.k8s.aws/alb";
    static final String AUTO_MODE_ALB_CONTROLLER = "eks.amazonaws.com/alb";
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    static final String ANNOTATION = "alb.ingress.kubernetes.io/";
    static final LoadBalancerOwner OWNER = LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER;

    private static final Pattern GROUP_NAME = Pattern.compile("^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$");
    private static final int GROUP_NAME_MAX = 63;
    private static final int GROUP_ORDER_MIN = -1000;
    private static final int GROUP_ORDER_MAX = 1000;
    private static final Pattern LISTEN_PORT = Pattern.compile("\\{\\s*\"([A-Za-z]+)\"\\s*:\\s*(-?\\d+)\\s*}");
    private static final Pattern LISTEN_PORTS = Pattern.compile(
            "\\s*\\[\\s*(\\{\\s*\"[A-Za-z]+\"\\s*:\\s*-?\\d+\\s*}(\\s*,\\s*\\{\\s*\"[A-Za-z]+\"\\s*:\\s*-?\\d+\\s*})*)?\\s*]\\s*");
    private static final int ALB_MINIMUM_ZONES = 2;

    private final RoutingContext context;
    private final Map<String, IngressClass> classes = new LinkedHashMap<>();
    private final Map<String, Integer> classIndex = new HashMap<>();

    IngressPlanner(RoutingContext context) {
        this.context = context;
        var declared = context.topology().ingressClasses();
        for (int index = 0; index < declared.size(); index++) {
            classes.putIfAbsent(declared.get(index).name(), declared.get(index));
            classIndex.putIfAbsent(declared.get(index).name(), index);
        }
        if (context.runsLoadBalancerController()) {
            // The Helm chart creates IngressClass alb unless one of that name exists (domain-rules §4).
            classes.putIfAbsent("alb", new IngressClass("alb", ALB_CONTROLLER, false, null));
        }
    }

    /** One plan per IngressGroup that the controller serves, and one per Ingress it does not, in topology order. */
    List<LoadBalancerPlan> plan() {
        var ingresses = context.topology().ingresses();
        if (!context.runsLoadBalancerController()) {
            return ingresses.stream()
                    .map(ingress -> LoadBalancerPlan.none(
                            implicitId(ingress),
                            List.of(source(ingress)),
                            null,
                            "the cluster runs only the legacy cloud provider controller, which builds no ALBs:"
                                    + " Ingresses need the AWS Load Balancer Controller"))
                    .toList();
        }
        var slots = new ArrayList<Object>();
        var groups = new LinkedHashMap<String, List<Member>>();
        for (int index = 0; index < ingresses.size(); index++) {
            var ingress = ingresses.get(index);
            var claim = claim(index, ingress);
            if (claim.refusal() != null) {
                slots.add(claim.refusal());
                continue;
            }
            var member = member(index, ingress, claim);
            if (member.refusal() != null) {
                slots.add(member.refusal());
                continue;
            }
            if (!groups.containsKey(member.groupId())) {
                slots.add(member.groupId());
            }
            groups.computeIfAbsent(member.groupId(), key -> new ArrayList<>()).add(member);
        }
        var plans = new ArrayList<LoadBalancerPlan>();
        for (Object slot : slots) {
            plans.add(slot instanceof LoadBalancerPlan plan ? plan : group((String) slot, groups.get(slot)));
        }
        return plans;
    }

    // ---- which Ingresses the controller takes (§8.1) ------------------------------------------------------------

    /** The IngressClassParams (and the index of their class) an Ingress is taken with, or why it is not taken. */
    private record Claim(IngressClassParameters parameters, Integer classIndex, LoadBalancerPlan refusal) {}

    private Claim claim(int index, Ingress ingress) {
        var annotation = ingress.annotations().get(CLASS_ANNOTATION);
        if (annotation != null) {
            // The deprecated annotation takes priority over ingressClassName; no IngressClassParams apply then.
            return annotation.equals("alb")
                    ? new Claim(null, null, null)
                    : refuse(
                            ingress,
                            CLASS_ANNOTATION + " " + annotation + " is not the controller's class alb (the annotation"
                                    + " takes priority over ingressClassName)");
        }
        IngressClass ingressClass;
        if (ingress.ingressClassName() != null) {
            ingressClass = classes.get(ingress.ingressClassName());
            if (ingressClass == null) {
                var message = "invalid ingress class: IngressClass " + ingress.ingressClassName() + " not found";
                return new Claim(
                        null,
                        null,
                        LoadBalancerPlan.none(
                                implicitId(ingress),
                                List.of(source(ingress)),
                                null,
                                message,
                                List.of(new Problem(
                                        ProblemCode.INGRESS_CLASS_UNKNOWN,
                                        "ingresses[" + index + "].ingressClassName",
                                        "Ingress " + key(ingress) + ": " + message))));
            }
        } else {
            var defaults = classes.values().stream()
                    .filter(candidate -> Boolean.TRUE.equals(candidate.isDefault()))
                    .toList();
            if (defaults.size() > 1) {
                return refuse(ingress, "multiple default IngressClasses found");
            }
            if (defaults.isEmpty()) {
                return refuse(
                        ingress,
                        "no " + CLASS_ANNOTATION + " annotation, no ingressClassName and no default IngressClass: the"
                                + " controller (--ingress-class alb) leaves class-less Ingresses alone");
            }
            ingressClass = defaults.get(0);
        }
        if (AUTO_MODE_ALB_CONTROLLER.equals(ingressClass.controller())) {
            return refuse(
                    ingress,
                    "IngressClass " + ingressClass.name() + " belongs to EKS Auto Mode (" + AUTO_MODE_ALB_CONTROLLER
                            + "), which the planner does not simulate");
        }
        if (!ALB_CONTROLLER.equals(ingressClass.controller())) {
            return refuse(
                    ingress,
                    "IngressClass " + ingressClass.name() + " belongs to controller " + ingressClass.controller()
                            + ", not the AWS Load Balancer Controller (" + ALB_CONTROLLER + ")");
        }
        return new Claim(ingressClass.parameters(), classIndex.get(ingressClass.name()), null);
    }

    private static Claim refuse(Ingress ingress, String reason) {
        return new Claim(
                null, null, LoadBalancerPlan.none(implicitId(ingress), List.of(source(ingress)), null, reason));
    }

    // ---- IngressGroups (§8.3) -----------------------------------------------------------------------------------

    /** An Ingress in its group: its group id, order, IngressClassParams, and what went wrong with its order. */
    private record Member(
            int index,
            Ingress ingress,
            IngressClassParameters parameters,
            Integer classIndex,
            String groupId,
            int order,
            Problem orderProblem,
            LoadBalancerPlan refusal) {

        String annotation(String suffix) {
            return ingress.annotations().get(ANNOTATION + suffix);
        }

        String annotationsPath() {
            return "ingresses[" + index + "].annotations";
        }
    }

    private Member member(int index, Ingress ingress, Claim claim) {
        var parameters = claim.parameters();
        boolean fromParameters = parameters != null
                && parameters.group() != null
                && !parameters.group().isBlank();
        var explicit =
                fromParameters ? parameters.group() : ingress.annotations().get(ANNOTATION + "group.name");
        var groupId = implicitId(ingress);
        if (explicit != null) {
            String invalid = explicit.length() > GROUP_NAME_MAX
                    ? "groupName must be no more than " + GROUP_NAME_MAX + " characters"
                    : GROUP_NAME.matcher(explicit).matches()
                            ? null
                            : "groupName must consist of lower case alphanumeric characters, '-' or '.', and must start"
                                    + " and end with an alphanumeric character";
            if (invalid != null) {
                var path = fromParameters
                        ? "ingressClasses[" + claim.classIndex() + "].parameters.group"
                        : "ingresses[" + index + "].annotations";
                var refusal = LoadBalancerPlan.none(
                        implicitId(ingress),
                        List.of(source(ingress)),
                        null,
                        "IngressGroup name " + explicit + " is invalid, so the Ingress joins no group: " + invalid,
                        List.of(new Problem(
                                ProblemCode.INGRESS_GROUP_NAME_INVALID,
                                path,
                                "Ingress " + key(ingress) + ", group " + explicit + ": " + invalid)));
                return new Member(index, ingress, parameters, claim.classIndex(), null, 0, null, refusal);
            }
            groupId = "group." + explicit;
        }
        int order = 0;
        Problem orderProblem = null;
        var rawOrder = ingress.annotations().get(ANNOTATION + "group.order");
        if (rawOrder != null) {
            try {
                order = Integer.parseInt(rawOrder);
                if (order < GROUP_ORDER_MIN || order > GROUP_ORDER_MAX) {
                    orderProblem = new Problem(
                            ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                            "ingresses[" + index + "].annotations",
                            "explicit Ingress group order must be within [" + GROUP_ORDER_MIN + ":" + GROUP_ORDER_MAX
                                    + "], Ingress: " + key(ingress) + ", order: " + order);
                }
            } catch (NumberFormatException e) {
                orderProblem = new Problem(
                        ProblemCode.INGRESS_GROUP_ORDER_INVALID,
                        "ingresses[" + index + "].annotations",
                        "failed to load Ingress group order for ingress: " + key(ingress) + ": strconv.ParseInt:"
                                + " parsing \"" + rawOrder + "\": invalid syntax");
            }
        }
        return new Member(index, ingress, parameters, claim.classIndex(), groupId, order, orderProblem, null);
    }

    private LoadBalancerPlan group(String groupId, List<Member> unordered) {
        var sources = new ArrayList<String>();
        var orderProblems = unordered.stream()
                .map(Member::orderProblem)
                .filter(Objects::nonNull)
                .toList();
        if (!orderProblems.isEmpty()) {
            unordered.forEach(member -> sources.add(source(member.ingress())));
            return LoadBalancerPlan.none(
                    groupId,
                    sources,
                    OWNER,
                    orderProblems.stream().map(Problem::message).collect(Collectors.joining("; ")),
                    orderProblems);
        }
        var members = unordered.stream()
                .sorted(Comparator.comparingInt(Member::order).thenComparing(member -> key(member.ingress())))
                .toList();
        members.forEach(member -> sources.add(source(member.ingress())));
        var problems = new ArrayList<Problem>();

        // Exclusive settings: one value across the group, or the whole group fails (§4, §8.3).
        var schemeName = exclusive(
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
        var subnetList = exclusive(
                members,
                member -> {
                    var value = member.annotation("subnets");
                    return value == null ? null : String.join(",", new TreeSet<>(List.of(value.split("\\s*,\\s*"))));
                },
                "subnets",
                problems);

        // Listen ports merge; one protocol per port; at most one default backend per port.
        var protocols = new TreeMap<Integer, String>();
        var declaredBy = new TreeMap<Integer, Member>();
        var portsOf = new HashMap<Member, List<Integer>>();
        var reasons = new ArrayList<String>();
        for (Member member : members) {
            var ports = listenPorts(member, reasons);
            portsOf.put(member, List.copyOf(ports.keySet()));
            for (var port : ports.entrySet()) {
                var known = protocols.putIfAbsent(port.getKey(), port.getValue());
                if (known == null) {
                    declaredBy.put(port.getKey(), member);
                } else if (!known.equals(port.getValue())) {
                    problems.add(new Problem(
                            ProblemCode.INGRESS_GROUP_CONFLICT,
                            member.annotationsPath(),
                            "conflicting protocol, "
                                    + key(declaredBy.get(port.getKey()).ingress()) + ": " + known + " | "
                                    + key(member.ingress()) + ": " + port.getValue()));
                }
            }
        }
        for (int port : protocols.keySet()) {
            var withDefault = members.stream()
                    .filter(member -> member.ingress().defaultBackend() != null)
                    .filter(member -> portsOf.get(member).contains(port))
                    .toList();
            if (withDefault.size() > 1) {
                problems.add(new Problem(
                        ProblemCode.INGRESS_GROUP_CONFLICT,
                        "ingresses[" + withDefault.get(1).index() + "].defaultBackend",
                        "multiple ingress defined default backend: ["
                                + withDefault.stream()
                                        .map(member -> key(member.ingress()))
                                        .collect(Collectors.joining(" "))
                                + "] on port " + port));
            }
        }
        if (schemeName != null && Scheme.parse(schemeName) == null) {
            reasons.add("unknown scheme: " + schemeName);
        }
        if (!problems.isEmpty() || !reasons.isEmpty()) {
            problems.forEach(problem -> reasons.add(problem.message()));
            return LoadBalancerPlan.none(groupId, sources, OWNER, String.join("; ", reasons), dedupe(problems));
        }
        var scheme = schemeName == null ? Scheme.INTERNAL : Scheme.parse(schemeName);

        // Subnets: the controller's discovery, at least two AZs for an ALB (§7.1).
        var subnets = context.subnets().controllerSubnets(scheme, subnetList);
        long zoneCount =
                subnets.stream().map(Subnet::availabilityZone).distinct().count();
        if (zoneCount < ALB_MINIMUM_ZONES) {
            var message = subnets.isEmpty()
                    ? "couldn't auto-discover subnets: " + SubnetDiscovery.noSubnetReason(scheme)
                    : "subnets count less than minimal required count: " + zoneCount + " < " + ALB_MINIMUM_ZONES;
            return LoadBalancerPlan.none(
                    groupId,
                    sources,
                    OWNER,
                    message,
                    List.of(new Problem(
                            ProblemCode.ALB_SUBNET_AZ_COUNT,
                            subnetList != null ? members.get(0).annotationsPath() : "subnets",
                            "the " + scheme + " ALB " + groupId + ": " + message)));
        }

        // Listeners and their rules, in member order (§8.3).
        var backends = new LinkedHashMap<String, Backend>();
        var listeners = new ArrayList<Listener>();
        var rules = new ArrayList<Rule>();
        for (var entry : protocols.entrySet()) {
            int port = entry.getKey();
            int priority = 1;
            String defaultAction = "fixed-response 404";
            for (Member member : members) {
                if (!portsOf.get(member).contains(port)) {
                    continue;
                }
                var ingress = member.ingress();
                for (int r = 0; r < ingress.rules().size(); r++) {
                    var rule = ingress.rules().get(r);
                    for (int p : pathOrder(rule.paths())) {
                        var path = rule.paths().get(p);
                        var action = forward(
                                member,
                                path.serviceName(),
                                path.servicePort(),
                                "ingresses[" + member.index() + "].rules[" + r + "].paths[" + p + "].serviceName",
                                backends,
                                problems);
                        rules.add(new Rule(port, priority++, conditions(rule.host(), path), action, key(ingress)));
                    }
                }
                IngressBackend fallback = ingress.defaultBackend();
                if (fallback != null) {
                    defaultAction = forward(
                            member,
                            fallback.serviceName(),
                            fallback.servicePort(),
                            "ingresses[" + member.index() + "].defaultBackend.serviceName",
                            backends,
                            problems);
                }
            }
            listeners.add(new Listener(entry.getValue(), port, defaultAction));
        }

        // Target groups: one per backend (Service, port), ALB cross-zone always on (§6).
        var zones = subnets.stream().map(Subnet::availabilityZone).toList();
        var groups = new ArrayList<TargetGroup>();
        List<PacketPath> paths = List.of();
        var targetTypes = new LinkedHashSet<TargetType>();
        for (Backend backend : backends.values()) {
            var built = targetGroup(backend, zones, problems);
            groups.add(built.group());
            targetTypes.add(built.targetType());
            if (groups.size() == 1) {
                paths = built.paths();
            }
        }
        TargetType targetType = targetTypes.isEmpty()
                ? TargetType.INSTANCE
                : targetTypes.size() == 1 ? targetTypes.iterator().next() : TargetType.MIXED;
        return new LoadBalancerPlan(
                groupId,
                sources,
                OWNER,
                null,
                LoadBalancerType.ALB,
                scheme,
                targetType,
                ipAddressType == null ? "ipv4" : ipAddressType,
                subnets.stream()
                        .map(subnet -> new LbSubnet(subnet.name(), subnet.availabilityZone()))
                        .toList(),
                true,
                false,
                listeners,
                rules,
                groups,
                paths,
                dedupe(problems));
    }

    /** The one value the members give (null when none does); more than one adds a {@code conflicting} problem. */
    private static String exclusive(
            List<Member> members, Function<Member, String> setting, String name, List<Problem> problems) {
        var values = new TreeSet<String>();
        Member conflicting = null;
        for (Member member : members) {
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

    /** The member's listen ports (protocol by port), default HTTP:80; a malformed value adds a reason. */
    private static Map<Integer, String> listenPorts(Member member, List<String> reasons) {
        var raw = member.annotation("listen-ports");
        var ports = new LinkedHashMap<Integer, String>();
        if (raw == null) {
            ports.put(80, "HTTP");
            return ports;
        }
        if (!LISTEN_PORTS.matcher(raw).matches()) {
            reasons.add("failed to parse listen-ports of Ingress " + key(member.ingress()) + ": " + raw);
            return ports;
        }
        var matcher = LISTEN_PORT.matcher(raw);
        while (matcher.find()) {
            var protocol = matcher.group(1).toUpperCase(Locale.ROOT);
            int port = Integer.parseInt(matcher.group(2));
            if (!protocol.equals("HTTP") && !protocol.equals("HTTPS")) {
                reasons.add("listen-ports of Ingress " + key(member.ingress()) + ": unknown protocol " + protocol);
            } else if (port < 1 || port > 65535) {
                reasons.add("listen-ports of Ingress " + key(member.ingress()) + ": listen port must be within [1,"
                        + " 65535]");
            } else {
                ports.put(port, protocol);
            }
        }
        if (ports.isEmpty() && reasons.isEmpty()) {
            reasons.add("listen-ports of Ingress " + key(member.ingress()) + " is empty");
        }
        return ports;
    }

    // ---- rules (§8.3) -------------------------------------------------------------------------------------------

    /** Path indices in rule order: Exact, then Prefix by path length (longest first, stable), then the rest. */
    static List<Integer> pathOrder(List<IngressPath> paths) {
        var exact = new ArrayList<Integer>();
        var prefix = new ArrayList<Integer>();
        var rest = new ArrayList<Integer>();
        for (int p = 0; p < paths.size(); p++) {
            var type = paths.get(p).pathType();
            (type == PathType.Exact ? exact : type == PathType.Prefix ? prefix : rest).add(p);
        }
        prefix.sort(Comparator.comparingInt((Integer p) -> length(paths.get(p).path()))
                .reversed());
        var order = new ArrayList<Integer>(exact);
        order.addAll(prefix);
        order.addAll(rest);
        return order;
    }

    private static int length(String path) {
        return path == null ? 0 : path.length();
    }

    /** The rule's conditions: host-header for a host, path-pattern by path type; none at all reads as {@code /*}. */
    static List<String> conditions(String host, IngressPath path) {
        var conditions = new ArrayList<String>();
        if (host != null && !host.isEmpty()) {
            conditions.add("host-header: " + host);
        }
        var value = path.path();
        List<String> patterns;
        if (value == null || value.isEmpty()) {
            patterns = List.of();
        } else if (path.pathType() == PathType.Exact) {
            patterns = List.of(value);
        } else if (path.pathType() == PathType.Prefix) {
            var trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            patterns = trimmed.isEmpty() ? List.of("/*") : List.of(trimmed, trimmed + "/*");
        } else {
            patterns = List.of(value);
        }
        if (!patterns.isEmpty()) {
            conditions.add("path-pattern: " + String.join(", ", patterns));
        }
        if (conditions.isEmpty()) {
            conditions.add("path-pattern: /*");
        }
        return conditions;
    }

    /** A backend that exists: the Service, its port, and the member whose annotations configure the target group. */
    private record Backend(String name, Member member, Service service, int serviceIndex, int portIndex) {}

    /** The action for a backend: forward to its target group, or the controller's fixed 503 when it is missing. */
    private String forward(
            Member member,
            String serviceName,
            PortRef servicePort,
            String path,
            Map<String, Backend> backends,
            List<Problem> problems) {
        var ingress = member.ingress();
        var serviceKey = ingress.namespace() + "/" + serviceName;
        var index = context.serviceIndex(ingress.namespace(), serviceName);
        String missing = null;
        int portIndex = -1;
        if (index == null) {
            missing = "Service " + serviceKey + " does not exist";
        } else {
            var ports = context.topology().services().get(index).ports();
            for (int p = 0; p < ports.size() && portIndex < 0; p++) {
                if (servicePort != null
                        && (servicePort.number() != null
                                ? servicePort.number() == ports.get(p).port()
                                : servicePort.name().equals(ports.get(p).name()))) {
                    portIndex = p;
                }
            }
            if (portIndex < 0) {
                missing = "Service " + serviceKey + " has no port "
                        + (servicePort == null ? "" : Objects.toString(portText(servicePort)));
            }
        }
        if (missing != null) {
            problems.add(new Problem(
                    ProblemCode.INGRESS_BACKEND_MISSING,
                    path,
                    "Ingress " + key(ingress) + " routes to a missing backend: " + missing
                            + "; the controller answers those requests with a fixed 503 response"));
            return "fixed-response 503";
        }
        var service = context.topology().services().get(index);
        var name = serviceKey + ":" + service.ports().get(portIndex).port();
        backends.putIfAbsent(name, new Backend(name, member, service, index, portIndex));
        return "forward " + name;
    }

    private static Object portText(PortRef port) {
        return port.number() != null ? port.number() : port.name();
    }

    // ---- target groups, health checks, traffic (§3.2, §5.2, §9.2) -----------------------------------------------

    private record BuiltGroup(TargetGroup group, TargetType targetType, List<PacketPath> paths) {}

    private BuiltGroup targetGroup(Backend backend, List<String> zones, List<Problem> problems) {
        var service = backend.service();
        var port = service.ports().get(backend.portIndex());
        // Service annotations win over the Ingress's (MergeStringMap(svc, ing)).
        var merged = new HashMap<String, String>(backend.member().ingress().annotations());
        merged.putAll(service.annotations());
        var annotations = Annotations.alb(merged);
        var targetTypeValue = annotations.getOrDefault("target-type", "instance");
        boolean ip = targetTypeValue.equals("ip");
        boolean local = service.externalTrafficPolicy() == ExternalTrafficPolicy.Local;
        var endpoints = context.endpoints(service);
        var selected = endpoints.pods();
        var targets = new ArrayList<Target>();
        var entries = new ArrayList<TrafficTarget>();
        int groupPort;
        if (ip) {
            groupPort = endpoints.firstPort(port);
            entries.addAll(TrafficModel.podTargets(endpoints, port, targets));
        } else if (service.type() == null || service.type() == ServiceType.ClusterIP) {
            groupPort = 0;
            problems.add(new Problem(
                    ProblemCode.LB_NODEPORT_REQUIRED,
                    "services[" + backend.serviceIndex() + "].type",
                    "TargetGroup port is empty. When using Instance targets, your service be must of type 'NodePort'"
                            + " or 'LoadBalancer' (Service " + RoutingContext.key(service)
                            + ", backend of Ingress " + key(backend.member().ingress()) + ")"));
        } else {
            groupPort = context.nodePort(service, backend.portIndex());
            entries.addAll(TrafficModel.nodeTargets(
                    context.nodes(),
                    selected,
                    local,
                    groupPort,
                    "no local endpoint: with externalTrafficPolicy Local the NodePort answers only on nodes with a"
                            + " pod of the Service, so the ALB health check fails",
                    targets));
        }
        var result = TrafficModel.spread(zones, true, ip, entries, selected);
        var protocol = annotations.getOrDefault("backend-protocol", "HTTP").toUpperCase(Locale.ROOT);
        var group = new TargetGroup(
                protocol, groupPort, HealthChecks.alb(annotations, protocol), targets, result.traffic());
        var sourceIp = ip || local ? SourceIpAtPod.ALB_IP : SourceIpAtPod.NODE_IP;
        var paths = result.routes().stream()
                .map(route -> route.toPath(LoadBalancerType.ALB, ip, local, groupPort, sourceIp))
                .toList();
        return new BuiltGroup(group, ip ? TargetType.IP : TargetType.INSTANCE, paths);
    }

    // ---- names -------------------------------------------------------------------------------------------------

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    static String implicitId(Ingress ingress) {
        return "ingress." + ingress.namespace() + "." + ingress.name();
    }

    static String source(Ingress ingress) {
        return "Ingress " + key(ingress);
    }

    static String key(Ingress ingress) {
        return ingress.namespace() + "/" + ingress.name();
    }
}
