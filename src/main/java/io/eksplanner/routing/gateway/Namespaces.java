package io.eksplanner.routing.gateway;

import io.eksplanner.topology.model.LabelRequirement;
import io.eksplanner.topology.model.LabelSelector;
import java.util.Map;

/**
 * Whether a listener's {@code allowedRoutes.namespaces} (or a Gateway's {@code allowedListeners.namespaces}) admits a
 * namespace (aws-load-balancer-controller v3.5.0, {@code pkg/gateway/routeutils/attachment_helper.go}, {@code
 * doesResourceAllowNamespace}): {@code Same} the parent's own, {@code All} any, {@code None} none, {@code Selector} the
 * namespaces whose labels match. The planner knows one label of a namespace, {@code kubernetes.io/metadata.name},
 * which Kubernetes sets on every namespace; a selector the API server would refuse admits none.
 */
final class Namespaces {

    static final String NAME_LABEL = "kubernetes.io/metadata.name";

    private Namespaces() {}

    static boolean admits(String from, LabelSelector selector, String namespace, String parentNamespace) {
        return switch (from == null ? "Same" : from) {
            case "All" -> true;
            case "Same" -> parentNamespace.equals(namespace);
            case "Selector" -> selector != null && matches(selector, namespace);
            default -> false;
        };
    }

    private static boolean matches(LabelSelector selector, String namespace) {
        var labels = Map.of(NAME_LABEL, namespace);
        return selector.matchLabels().entrySet().stream()
                        .allMatch(label -> label.getValue().equals(labels.get(label.getKey())))
                && selector.matchExpressions().stream().allMatch(requirement -> holds(requirement, labels));
    }

    private static boolean holds(LabelRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.key());
        return switch (requirement.operator()) {
            case "In" -> value != null && requirement.values().contains(value);
            case "NotIn" -> value == null || !requirement.values().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
