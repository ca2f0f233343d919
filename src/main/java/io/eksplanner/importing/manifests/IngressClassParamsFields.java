package io.eksplanner.importing.manifests;

import static io.eksplanner.importing.manifests.ManifestFields.describe;

import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.LabelRequirementSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.LabelSelectorSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.SubnetSelectorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code spec} of an {@code elbv2.k8s.aws/v1beta1} IngressClassParams, read into the topology's parameters and
 * written back, by the CRD's field names (aws-load-balancer-controller v3.5.0, {@code
 * apis/elbv2/v1beta1/ingressclassparams_types.go}; src/docs/import-mapping-manifests.md). {@code tags} and {@code
 * loadBalancerAttributes} are lists of {@code {key, value}} in the CRD and maps in the topology, the last value of a
 * key winning as in the controller. Fields the planner does not model ({@code listeners}, {@code
 * minimumLoadBalancerCapacity}, {@code ipamConfiguration}, prefix lists, WAF) are not read.
 */
final class IngressClassParamsFields {

    private static final Set<String> SCHEMES = Set.of("internet-facing", "internal");
    private static final Set<String> IP_ADDRESS_TYPES = Set.of("ipv4", "dualstack", "dualstack-without-public-ipv4");
    private static final Set<String> TARGET_TYPES = Set.of("instance", "ip");
    private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    private final Map<?, ?> spec;
    private final ObjectLog at;

    private IngressClassParamsFields(Map<?, ?> spec, ObjectLog at) {
        this.spec = spec;
        this.at = at;
    }

    /** The parameters of {@code spec} (null reads as empty); wrong types and values are problems, left out. */
    static IngressClassParametersSpec read(Object spec, ObjectLog at) {
        if (spec != null && !(spec instanceof Map<?, ?>)) {
            at.problem("spec", "must be a mapping, not " + describe(spec));
        }
        var fields = new IngressClassParamsFields(spec instanceof Map<?, ?> map ? map : Map.of(), at);
        return fields.parameters();
    }

    private IngressClassParametersSpec parameters() {
        var group = spec.get("group") instanceof Map<?, ?> groupMap ? text(groupMap, "spec.group.name", "name") : null;
        if (spec.get("group") != null && !(spec.get("group") instanceof Map<?, ?>)) {
            at.problem("spec.group", "must be a mapping, not " + describe(spec.get("group")));
        }
        return new IngressClassParametersSpec(
                oneOf("scheme", SCHEMES),
                group,
                oneOf("ipAddressType", IP_ADDRESS_TYPES),
                oneOf("targetType", TARGET_TYPES),
                subnets(),
                strings(spec, "spec.certificateArn", "certificateArn"),
                text(spec, "spec.sslPolicy", "sslPolicy"),
                text(spec, "spec.sslRedirectPort", "sslRedirectPort"),
                strings(spec, "spec.inboundCIDRs", "inboundCIDRs"),
                text(spec, "spec.loadBalancerName", "loadBalancerName"),
                keyValues("tags"),
                keyValues("loadBalancerAttributes"),
                namespaceSelector());
    }

    private String oneOf(String field, Set<String> allowed) {
        var value = text(spec, "spec." + field, field);
        if (value != null && !allowed.contains(value)) {
            at.problem(
                    "spec." + field,
                    "must be one of " + allowed.stream().sorted().toList() + ", not " + value);
            return null;
        }
        return value;
    }

    private SubnetSelectorSpec subnets() {
        var raw = mapping(spec, "spec.subnets", "subnets");
        if (raw == null) {
            return null;
        }
        var tags = mapping(raw, "spec.subnets.tags", "tags");
        Map<String, List<String>> byKey = null;
        if (tags != null) {
            byKey = new LinkedHashMap<>();
            for (var tag : tags.entrySet()) {
                var key = String.valueOf(tag.getKey());
                var values = strings(tags, "spec.subnets.tags." + key, key);
                byKey.put(key, values == null ? List.of() : values);
            }
        }
        return new SubnetSelectorSpec(strings(raw, "spec.subnets.ids", "ids"), byKey);
    }

    private LabelSelectorSpec namespaceSelector() {
        var raw = mapping(spec, "spec.namespaceSelector", "namespaceSelector");
        if (raw == null) {
            return null;
        }
        Map<String, String> labels = null;
        var matchLabels = mapping(raw, "spec.namespaceSelector.matchLabels", "matchLabels");
        if (matchLabels != null) {
            labels = new LinkedHashMap<>();
            for (var label : matchLabels.entrySet()) {
                labels.put(String.valueOf(label.getKey()), String.valueOf(label.getValue()));
            }
        }
        List<LabelRequirementSpec> expressions = null;
        var items = items(raw, "spec.namespaceSelector.matchExpressions", "matchExpressions");
        if (items != null) {
            expressions = new ArrayList<>();
            for (int index = 0; index < items.size(); index++) {
                var path = "spec.namespaceSelector.matchExpressions[" + index + "]";
                var item = items.get(index) instanceof Map<?, ?> map ? map : Map.of();
                var operator = text(item, path + ".operator", "operator");
                if (operator == null || !OPERATORS.contains(operator)) {
                    at.problem(path + ".operator", "must be one of [DoesNotExist, Exists, In, NotIn]");
                    continue;
                }
                expressions.add(new LabelRequirementSpec(
                        text(item, path + ".key", "key"), operator, strings(item, path + ".values", "values")));
            }
        }
        return new LabelSelectorSpec(labels, expressions);
    }

    /** A CRD list of {@code {key, value}} as a map; null when absent or empty. */
    private Map<String, String> keyValues(String field) {
        var items = items(spec, "spec." + field, field);
        if (items == null || items.isEmpty()) {
            return null;
        }
        var map = new LinkedHashMap<String, String>();
        for (int index = 0; index < items.size(); index++) {
            var path = "spec." + field + "[" + index + "]";
            var item = items.get(index) instanceof Map<?, ?> entry ? entry : Map.of();
            var key = text(item, path + ".key", "key");
            if (key == null || key.isBlank()) {
                at.problem(path + ".key", "must be a non-empty string");
                continue;
            }
            var value = text(item, path + ".value", "value");
            map.put(key, value == null ? "" : value);
        }
        return map;
    }

    private String text(Map<?, ?> map, String path, String key) {
        var value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number number) {
            // sslRedirectPort is a string in the CRD; YAML may give a bare number.
            return number.toString();
        }
        at.problem(path, "must be a string, not " + describe(value));
        return null;
    }

    private List<String> strings(Map<?, ?> map, String path, String key) {
        var items = items(map, path, key);
        if (items == null) {
            return null;
        }
        var strings = new ArrayList<String>();
        for (Object item : items) {
            if (item instanceof String text) {
                strings.add(text);
            } else {
                at.problem(path, "must be a list of strings");
                return null;
            }
        }
        return strings;
    }

    private List<?> items(Map<?, ?> map, String path, String key) {
        var value = map.get(key);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        at.problem(path, "must be a list, not " + describe(value));
        return null;
    }

    private Map<?, ?> mapping(Map<?, ?> map, String path, String key) {
        var value = map.get(key);
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<?, ?>) value;
        }
        at.problem(path, "must be a mapping, not " + describe(value));
        return null;
    }

    /** The CRD {@code spec} of {@code parameters}, only the fields that are set. */
    static Map<String, Object> write(IngressClassParametersSpec parameters) {
        Map<String, Object> spec = new LinkedHashMap<>();
        put(spec, "scheme", parameters.scheme());
        if (parameters.group() != null) {
            spec.put("group", Map.of("name", parameters.group()));
        }
        put(spec, "ipAddressType", parameters.ipAddressType());
        put(spec, "targetType", parameters.targetType());
        if (parameters.subnets() != null) {
            Map<String, Object> subnets = new LinkedHashMap<>();
            put(subnets, "ids", parameters.subnets().ids());
            put(subnets, "tags", parameters.subnets().tags());
            spec.put("subnets", subnets);
        }
        put(spec, "certificateArn", parameters.certificateArn());
        put(spec, "sslPolicy", parameters.sslPolicy());
        put(spec, "sslRedirectPort", parameters.sslRedirectPort());
        put(spec, "inboundCIDRs", parameters.inboundCIDRs());
        put(spec, "loadBalancerName", parameters.loadBalancerName());
        put(spec, "tags", keyValueList(parameters.tags()));
        put(spec, "loadBalancerAttributes", keyValueList(parameters.loadBalancerAttributes()));
        var selector = parameters.namespaceSelector();
        if (selector != null) {
            Map<String, Object> written = new LinkedHashMap<>();
            put(written, "matchLabels", selector.matchLabels());
            if (selector.matchExpressions() != null) {
                written.put(
                        "matchExpressions",
                        selector.matchExpressions().stream()
                                .map(IngressClassParamsFields::requirement)
                                .toList());
            }
            spec.put("namespaceSelector", written);
        }
        return spec;
    }

    private static Map<String, Object> requirement(LabelRequirementSpec requirement) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("key", requirement.key());
        written.put("operator", requirement.operator());
        put(written, "values", requirement.values());
        return written;
    }

    private static List<Map<String, String>> keyValueList(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        var list = new ArrayList<Map<String, String>>();
        map.forEach((key, value) -> {
            var entry = new LinkedHashMap<String, String>();
            entry.put("key", key);
            entry.put("value", value);
            list.add(entry);
        });
        return list;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
