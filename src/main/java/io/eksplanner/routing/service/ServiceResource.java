package io.eksplanner.routing.service;

import io.eksplanner.routing.Annotations;
import io.eksplanner.routing.LoadBalancerNames;
import io.eksplanner.routing.LoadBalancerOwner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Service's load balancer as an AWS resource: its name, its tags from {@code
 * aws-load-balancer-additional-resource-tags} and, under the controller, its attributes (src/docs/domain-rules.md §4);
 * tags and attributes null when the Service sets none.
 */
record ServiceResource(String name, Map<String, String> tags, Map<String, String> attributes) {

    private static final int NAME_MAX = 32;
    private static final String TAGS = "aws-load-balancer-additional-resource-tags";
    private static final String ATTRIBUTES = "aws-load-balancer-attributes";
    private static final String DNS_ROUTING = "dns_record.client_routing_policy";
    private static final Set<String> DNS_ROUTING_POLICIES =
            Set.of("availability_zone_affinity", "partial_availability_zone_affinity", "any_availability_zone");

    /**
     * The resource {@code owner} builds for the Service.
     *
     * @throws Annotations.InvalidAnnotation when the controller cannot read the name, tags or attributes
     */
    static ServiceResource of(LoadBalancerService loadBalancer, LoadBalancerOwner owner) {
        var annotations = loadBalancer.annotations();
        var service = loadBalancer.service();
        if (owner == LoadBalancerOwner.LEGACY) {
            return new ServiceResource(LoadBalancerNames.legacyService(), nullWhenEmpty(legacyTags(annotations)), null);
        }
        // aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20,
        // pkg/service/model_build_load_balancer.go: buildLoadBalancerName, buildLoadBalancerTags (via
        // buildAdditionalResourceTags), buildLoadBalancerAttributes.
        var name = annotations.get("aws-load-balancer-name");
        if (name != null && name.length() > NAME_MAX) {
            throw new Annotations.InvalidAnnotation(
                    annotations.key("aws-load-balancer-name"),
                    "load balancer name cannot be longer than 32 characters");
        }
        return new ServiceResource(
                name != null ? name : LoadBalancerNames.controllerService(service.namespace(), service.name()),
                nullWhenEmpty(annotations.stringMap(TAGS)),
                nullWhenEmpty(attributes(annotations)));
    }

    /**
     * The attributes the annotations set: access logs and cross-zone from their own annotations, which win over the
     * same keys of {@code aws-load-balancer-attributes} ({@code buildLoadBalancerAttributes}, {@code
     * getAnnotationSpecificLbAttributes}, {@code algorithm.MergeStringMap} keeping the first map's value); a {@code
     * dns_record.client_routing_policy} other than the three AWS knows fails the model ({@code
     * getLoadBalancerAttributes}).
     */
    private static Map<String, String> attributes(Annotations annotations) {
        var specific = new LinkedHashMap<String, String>();
        if (Boolean.TRUE.equals(annotations.boolValue("aws-load-balancer-access-log-enabled"))) {
            specific.put("access_logs.s3.enabled", "true");
            putIfSet(specific, "access_logs.s3.bucket", annotations.get("aws-load-balancer-access-log-s3-bucket-name"));
            putIfSet(
                    specific,
                    "access_logs.s3.prefix",
                    annotations.get("aws-load-balancer-access-log-s3-bucket-prefix"));
        }
        var crossZone = annotations.boolValue("aws-load-balancer-cross-zone-load-balancing-enabled");
        if (crossZone != null) {
            specific.put("load_balancing.cross_zone.enabled", String.valueOf(crossZone));
        }
        var merged = new LinkedHashMap<>(annotations.stringMap(ATTRIBUTES));
        var routing = merged.get(DNS_ROUTING);
        if (routing != null && !DNS_ROUTING_POLICIES.contains(routing)) {
            // getLoadBalancerAttributes refuses any other DNS client routing policy.
            throw new Annotations.InvalidAnnotation(
                    annotations.key(ATTRIBUTES),
                    "invalid " + DNS_ROUTING + " set in annotation " + ATTRIBUTES + ": got '" + routing
                            + "' expected one of ['any_availability_zone', 'partial_availability_zone_affinity',"
                            + " 'availability_zone_affinity']");
        }
        merged.putAll(specific);
        return merged;
    }

    /**
     * The legacy provider's reading of the tags annotation: items split on {@code ,} and {@code =}, a bare key with an
     * empty value, anything after a second {@code =} dropped (cloud-provider-aws commit 63ec440c, {@code
     * pkg/providers/v1/aws_loadbalancer.go}, {@code getKeyValuePropertiesFromAnnotation}).
     */
    private static Map<String, String> legacyTags(Annotations annotations) {
        var tags = new LinkedHashMap<String, String>();
        var raw = annotations.get(TAGS);
        if (raw == null) {
            return tags;
        }
        for (String item : raw.strip().split(",", -1)) {
            var parts = item.strip().split("=", -1);
            if (!parts[0].isEmpty()) {
                tags.put(parts[0], parts.length >= 2 ? parts[1] : "");
            }
        }
        return tags;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, String> nullWhenEmpty(Map<String, String> map) {
        return map.isEmpty() ? null : map;
    }
}
