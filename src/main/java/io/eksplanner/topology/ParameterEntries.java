package io.eksplanner.topology;

import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.LabelRequirementSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.LabelSelectorSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec.SubnetSelectorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists and maps of IngressClassParams as ordered {@link ParameterEntry} rows, and back. A label-selector
 * expression is a row with its key and operator, followed by one row per value.
 */
final class ParameterEntries {

    private static final String CERTIFICATES = "certificateArn";
    private static final String INBOUND_CIDRS = "inboundCIDRs";
    private static final String TAGS = "tags";
    private static final String ATTRIBUTES = "loadBalancerAttributes";
    private static final String SUBNET_IDS = "subnets.ids";
    private static final String SUBNET_TAGS = "subnets.tags";
    private static final String MATCH_LABELS = "namespaceSelector.matchLabels";
    private static final String EXPRESSION = "namespaceSelector.matchExpressions";
    private static final String EXPRESSION_VALUE = "namespaceSelector.values";

    private ParameterEntries() {}

    /** The rows of {@code parameters}' lists and maps, in order; none for null. */
    static List<ParameterEntry> of(IngressClassParametersSpec parameters) {
        var entries = new ArrayList<ParameterEntry>();
        if (parameters == null) {
            return entries;
        }
        items(entries, CERTIFICATES, parameters.certificateArn());
        items(entries, INBOUND_CIDRS, parameters.inboundCIDRs());
        pairs(entries, TAGS, parameters.tags());
        pairs(entries, ATTRIBUTES, parameters.loadBalancerAttributes());
        var subnets = parameters.subnets();
        if (subnets != null) {
            items(entries, SUBNET_IDS, subnets.ids());
            if (subnets.tags() != null) {
                subnets.tags().forEach((key, values) -> {
                    if (values == null || values.isEmpty()) {
                        entries.add(new ParameterEntry(SUBNET_TAGS, key, null));
                    } else {
                        values.forEach(value -> entries.add(new ParameterEntry(SUBNET_TAGS, key, value)));
                    }
                });
            }
        }
        var selector = parameters.namespaceSelector();
        if (selector != null) {
            pairs(entries, MATCH_LABELS, selector.matchLabels());
            if (selector.matchExpressions() != null) {
                for (LabelRequirementSpec requirement : selector.matchExpressions()) {
                    entries.add(new ParameterEntry(EXPRESSION, requirement.key(), requirement.operator()));
                    items(entries, EXPRESSION_VALUE, requirement.values());
                }
            }
        }
        return entries;
    }

    /** The list of {@code field}'s values, or null when it has none. */
    static List<String> list(List<ParameterEntry> entries, String field) {
        var values = entries.stream()
                .filter(entry -> entry.field().equals(field))
                .map(ParameterEntry::value)
                .toList();
        return values.isEmpty() ? null : values;
    }

    /** The map of {@code field}'s entries, or null when it has none. */
    static Map<String, String> map(List<ParameterEntry> entries, String field) {
        var map = new LinkedHashMap<String, String>();
        entries.stream()
                .filter(entry -> entry.field().equals(field))
                .forEach(entry -> map.put(entry.key(), entry.value()));
        return map.isEmpty() ? null : map;
    }

    static List<String> certificateArn(List<ParameterEntry> entries) {
        return list(entries, CERTIFICATES);
    }

    static List<String> inboundCidrs(List<ParameterEntry> entries) {
        return list(entries, INBOUND_CIDRS);
    }

    static Map<String, String> tags(List<ParameterEntry> entries) {
        return map(entries, TAGS);
    }

    static Map<String, String> attributes(List<ParameterEntry> entries) {
        return map(entries, ATTRIBUTES);
    }

    /** The subnet selector of the rows. */
    static SubnetSelectorSpec subnets(List<ParameterEntry> entries) {
        var tags = new LinkedHashMap<String, List<String>>();
        entries.stream().filter(entry -> entry.field().equals(SUBNET_TAGS)).forEach(entry -> {
            var values = tags.computeIfAbsent(entry.key(), key -> new ArrayList<>());
            if (entry.value() != null) {
                values.add(entry.value());
            }
        });
        return new SubnetSelectorSpec(list(entries, SUBNET_IDS), tags.isEmpty() ? null : tags);
    }

    /** The namespace selector of the rows. */
    static LabelSelectorSpec namespaceSelector(List<ParameterEntry> entries) {
        var expressions = new ArrayList<LabelRequirementSpec>();
        String key = null;
        String operator = null;
        List<String> values = null;
        for (ParameterEntry entry : entries) {
            if (entry.field().equals(EXPRESSION)) {
                if (key != null) {
                    expressions.add(new LabelRequirementSpec(key, operator, values));
                }
                key = entry.key();
                operator = entry.value();
                values = null;
            } else if (entry.field().equals(EXPRESSION_VALUE)) {
                values = values == null ? new ArrayList<>() : values;
                values.add(entry.value());
            }
        }
        if (key != null) {
            expressions.add(new LabelRequirementSpec(key, operator, values));
        }
        return new LabelSelectorSpec(map(entries, MATCH_LABELS), expressions.isEmpty() ? null : expressions);
    }

    private static void items(List<ParameterEntry> entries, String field, List<String> values) {
        if (values != null) {
            values.forEach(value -> entries.add(new ParameterEntry(field, null, value)));
        }
    }

    private static void pairs(List<ParameterEntry> entries, String field, Map<String, String> map) {
        if (map != null) {
            map.forEach((key, value) -> entries.add(new ParameterEntry(field, key, value)));
        }
    }
}
