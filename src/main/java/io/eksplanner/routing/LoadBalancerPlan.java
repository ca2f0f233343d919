package io.eksplanner.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What AWS builds for one Service of type LoadBalancer (or Ingress) and how requests reach the pods
 * (src/docs/domain-rules.md §4). {@code type} is null, with a {@code reason}, when no controller builds a load
 * balancer. {@code name}, {@code tags} and {@code attributes} are the load balancer's as its owner builds them (tags and
 * attributes in the order they are set, null where the owner sets none of its own). Public because the planning,
 * validation and web packages read it.
 */
public record LoadBalancerPlan(
        String id,
        List<String> source,
        LoadBalancerOwner owner,
        String reason,
        LoadBalancerType type,
        Scheme scheme,
        TargetType targetType,
        String ipAddressType,
        List<LbSubnet> subnets,
        Boolean crossZone,
        Boolean clientIpPreserved,
        String name,
        Map<String, String> tags,
        Map<String, String> attributes,
        List<Listener> listeners,
        List<Rule> rules,
        List<TargetGroup> targetGroups,
        List<PacketPath> paths,
        List<Problem> problems,
        List<RouteStatus> routes) {

    public LoadBalancerPlan {
        source = List.copyOf(source);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        tags = tags == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        attributes = attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        rules = rules == null ? List.of() : List.copyOf(rules);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        paths = paths == null ? List.of() : List.copyOf(paths);
        problems = problems == null ? List.of() : List.copyOf(problems);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** A Service's or Ingresses' load balancer, which has no Gateway API routes. */
    public LoadBalancerPlan(
            String id,
            List<String> source,
            LoadBalancerOwner owner,
            String reason,
            LoadBalancerType type,
            Scheme scheme,
            TargetType targetType,
            String ipAddressType,
            List<LbSubnet> subnets,
            Boolean crossZone,
            Boolean clientIpPreserved,
            String name,
            Map<String, String> tags,
            Map<String, String> attributes,
            List<Listener> listeners,
            List<Rule> rules,
            List<TargetGroup> targetGroups,
            List<PacketPath> paths,
            List<Problem> problems) {
        this(
                id,
                source,
                owner,
                reason,
                type,
                scheme,
                targetType,
                ipAddressType,
                subnets,
                crossZone,
                clientIpPreserved,
                name,
                tags,
                attributes,
                listeners,
                rules,
                targetGroups,
                paths,
                problems,
                null);
    }

    /** A Service or Ingress that gets no load balancer, and why; public for the service and alb packages. */
    public static LoadBalancerPlan none(String id, List<String> source, LoadBalancerOwner owner, String reason) {
        return none(id, source, owner, reason, List.of());
    }

    /** A Service or Ingress that gets no load balancer, why, and the problems the validation reports for it. */
    public static LoadBalancerPlan none(
            String id, List<String> source, LoadBalancerOwner owner, String reason, List<Problem> problems) {
        return new LoadBalancerPlan(
                id, source, owner, reason, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, problems);
    }

    /**
     * The load balancer's traffic over every target group, each taking its {@code share} of the requests (each forward
     * an equal part, split by weight: {@link ForwardShares}); a one-group load balancer's is that group's.
     */
    public Traffic traffic() {
        return TrafficModel.combine(targetGroups);
    }

    /**
     * A Gateway API route's status for one parentRef naming a Gateway, as the AWS Load Balancer Controller writes it
     * ({@code pkg/gateway/routeutils/loader.go}, aws-load-balancer-controller v3.5.0): {@code accepted} and {@code
     * resolvedRefs} with the reason and message of the condition that failed, or {@code Accepted}.
     */
    public record RouteStatus(
            String kind,
            String namespace,
            String name,
            String parentRef,
            boolean accepted,
            boolean resolvedRefs,
            String reason,
            String message) {}

    /** A subnet the load balancer has a node (and an ENI) in. */
    public record LbSubnet(String name, String availabilityZone) {}

    /**
     * A listener: protocol and port clients connect to; for an ALB also the action of its default rule
     * ({@code forward <namespace>/<service>:<port>}, {@code fixed-response 404} or {@code redirect HTTPS:<port> 301}),
     * else null; for a TLS listener its certificate ARNs (the default one first) and SSL policy, else null.
     */
    public record Listener(
            String protocol, int port, String defaultAction, List<String> certificates, String sslPolicy) {

        public Listener {
            certificates = certificates == null ? null : List.copyOf(certificates);
        }

        /** A listener without TLS: no certificate, no SSL policy. */
        public Listener(String protocol, int port, String defaultAction) {
            this(protocol, port, defaultAction, null, null);
        }

        /** A listener without TLS or a default rule, as a Service's NLB or Classic Load Balancer has. */
        public Listener(String protocol, int port) {
            this(protocol, port, null);
        }
    }

    /**
     * An ALB listener rule: its priority on the listener, its conditions ({@code host-header: <host>},
     * {@code path-pattern: <pattern>, ...}), its action ({@code forward <namespace>/<service>:<port>} or
     * {@code fixed-response 503}) and the Ingress ({@code namespace/name}) it comes from; the same action and
     * conditions in the controller's structured shape (src/docs/domain-rules.md §4).
     */
    public record Rule(
            int listenerPort,
            int priority,
            List<String> conditions,
            String action,
            String source,
            RuleAction actionDetail,
            List<RuleCondition> conditionDetails) {

        public Rule {
            conditions = List.copyOf(conditions);
            conditionDetails = conditionDetails == null ? List.of() : List.copyOf(conditionDetails);
        }
    }

    /**
     * A rule's action as the controller builds it ({@code pkg/ingress/model_build_actions.go}): {@code type} {@code
     * forward} with its weighted target groups and stickiness, {@code fixed-response} with its status code, content
     * type and body, or {@code redirect} with its status code and target; the fields of other types are null.
     */
    public record RuleAction(
            String type,
            List<WeightedTargetGroup> targetGroups,
            Stickiness stickiness,
            String statusCode,
            String contentType,
            String messageBody,
            Redirect redirect) {

        public RuleAction {
            targetGroups = targetGroups == null ? null : List.copyOf(targetGroups);
        }

        /** A fixed response with {@code statusCode}, plain text, and {@code messageBody} (or null). */
        public static RuleAction fixedResponse(String statusCode, String messageBody) {
            return new RuleAction("fixed-response", null, null, statusCode, "text/plain", messageBody, null);
        }
    }

    /** A target group a forward sends to (named {@code <namespace>/<service>:<port>}) and its weight, or null. */
    public record WeightedTargetGroup(String name, Integer weight) {}

    /** A forward's target-group stickiness: enabled, and for how many seconds; each null when not given. */
    public record Stickiness(Boolean enabled, Integer durationSeconds) {}

    /** Where a redirect sends: each part as given, null where the request's own part is kept. */
    public record Redirect(String protocol, String host, String port, String path, String query) {}

    /**
     * A rule condition as the controller builds it ({@code pkg/ingress/model_build_listener_rules.go}): its field
     * ({@code host-header}, {@code path-pattern}, {@code http-header}, {@code http-request-method}, {@code
     * query-string}, {@code source-ip}), the header name for {@code http-header}, and its values, regex values or
     * query-string pairs; what a field does not use is null.
     */
    public record RuleCondition(
            String field,
            String httpHeaderName,
            List<String> values,
            List<String> regexValues,
            List<QueryStringPair> queryStrings) {

        public RuleCondition {
            values = values == null ? null : List.copyOf(values);
            regexValues = regexValues == null ? null : List.copyOf(regexValues);
            queryStrings = queryStrings == null ? null : List.copyOf(queryStrings);
        }

        /**
         * The readable form an Ingress's and a Gateway's rules share: {@code <field>[ <header>][ (regex)]: <value>,
         * <value>}, a query-string pair as {@code <key>=<value>} (the value alone without a key).
         */
        public String readable() {
            var head = new StringBuilder(field);
            if (httpHeaderName != null) {
                head.append(' ').append(httpHeaderName);
            }
            List<String> shown;
            if (queryStrings != null) {
                shown = queryStrings.stream()
                        .map(pair -> pair.key() == null ? pair.value() : pair.key() + "=" + pair.value())
                        .toList();
            } else if (regexValues != null && !regexValues.isEmpty()) {
                head.append(" (regex)");
                shown = regexValues;
            } else {
                shown = values == null ? List.of() : values;
            }
            return head + ": " + String.join(", ", shown);
        }
    }

    /** A query-string condition's pair: the key (null to match any key) and the value. */
    public record QueryStringPair(String key, String value) {}

    /**
     * Something the controller would refuse or work around, for validation to report: its code, the JSON path of the
     * offending field ({@code ingresses[0].annotations}) and a message naming the values.
     */
    public record Problem(ProblemCode code, String path, String message) {}

    /**
     * A target group: its name (the controller's resource id: {@code <ns>/<ingress>-<service>:<port>} for an ALB,
     * {@code <ns>/<service>:<port>} for a Service's load balancer, the port as the Ingress or Service names it), its
     * protocol and, for an ALB, protocol version ({@code HTTP1}, {@code HTTP2}, {@code GRPC}; else null), its port,
     * targets, health check, the traffic it spreads (over its own requests) and its {@code share} of the load
     * balancer's requests, as its forwards give it ({@link ForwardShares}).
     */
    public record TargetGroup(
            String name,
            String protocol,
            String protocolVersion,
            int port,
            HealthCheck healthCheck,
            List<Target> targets,
            Traffic traffic,
            double share) {

        public TargetGroup {
            targets = List.copyOf(targets);
        }

        /** A target group that takes all of its load balancer's requests until its forwards are weighed. */
        public TargetGroup(
                String name,
                String protocol,
                String protocolVersion,
                int port,
                HealthCheck healthCheck,
                List<Target> targets,
                Traffic traffic) {
            this(name, protocol, protocolVersion, port, healthCheck, targets, traffic, 1.0);
        }

        /** This target group with {@code share} of the load balancer's requests. */
        public TargetGroup withShare(double share) {
            return new TargetGroup(name, protocol, protocolVersion, port, healthCheck, targets, traffic, share);
        }
    }

    /** A target group's health check, with the owner's defaults (src/docs/reference/aws-load-balancers.md §5). */
    public record HealthCheck(
            String protocol,
            String port,
            String path,
            int intervalSeconds,
            int timeoutSeconds,
            int healthyThreshold,
            int unhealthyThreshold,
            String matcher) {}

    /** A registered target: a node on its NodePort, or a pod IP on its port. */
    public record Target(String id, String ip, int port, String availabilityZone, boolean healthy, String reason) {}

    /** Who gets the requests: each selected pod's share, expected cross-AZ hops, and how uneven it is. */
    public record Traffic(
            List<PodShare> pods, Double crossAzHopsPerRequest, Double maxToMinPodShare, int podsWithoutTraffic) {

        public Traffic {
            pods = List.copyOf(pods);
        }
    }

    /** One pod's share of the requests (0–1). */
    public record PodShare(String pod, String node, String availabilityZone, double share) {}

    /**
     * Requests entering in one AZ and reaching pods along the same hops through one target group (named, or null),
     * aggregated; {@code share} is of all the load balancer's requests.
     */
    public record PacketPath(
            String entryAvailabilityZone,
            List<String> hops,
            double share,
            SourceIpAtPod sourceIpAtPod,
            int crossAzHops,
            String targetGroup) {

        public PacketPath {
            hops = List.copyOf(hops);
        }

        /** This path through {@code group}, carrying {@code part} of its share. */
        public PacketPath through(String group, double part) {
            return new PacketPath(
                    entryAvailabilityZone, hops, TrafficModel.round(share * part), sourceIpAtPod, crossAzHops, group);
        }
    }
}
