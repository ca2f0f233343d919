package io.eksplanner.routing.alb;

import io.eksplanner.topology.model.LabelRequirement;
import io.eksplanner.topology.model.LabelSelector;
import java.util.Map;

/**
 * Whether an IngressClassParams {@code namespaceSelector} admits an Ingress's namespace, as the controller's class
 * loader checks it (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code
 * pkg/ingress/class_loader.go}, {@code validateIngressClassParamsNamespaceRestriction}): a mismatch, or a selector that
 * {@code metav1.LabelSelectorAsSelector} refuses, makes the class invalid for that Ingress, which the group loader
 * then leaves out silently. The planner knows one label of a namespace, the {@code kubernetes.io/metadata.name} that
 * Kubernetes sets on every namespace (src/docs/domain-rules.md §4).
 */
final class NamespaceSelector {

    static final String NAME_LABEL = "kubernetes.io/metadata.name";

    private NamespaceSelector() {}

    /** Why {@code selector} keeps an Ingress of {@code namespace} out, or null when it admits it (or is absent). */
    static String refusal(LabelSelector selector, String namespace, String parametersName) {
        if (selector == null) {
            return null;
        }
        var labels = Map.of(NAME_LABEL, namespace == null ? "default" : namespace);
        for (LabelRequirement requirement : selector.matchExpressions()) {
            var invalid = invalid(requirement);
            if (invalid != null) {
                return invalid;
            }
        }
        boolean matches = selector.matchLabels().entrySet().stream()
                        .allMatch(label -> label.getValue().equals(labels.get(label.getKey())))
                && selector.matchExpressions().stream().allMatch(requirement -> holds(requirement, labels));
        return matches ? null : "namespaceSelector of IngressClassParams " + parametersName + " mismatch";
    }

    /** The error {@code LabelSelectorAsSelector} gives for the requirement, or null. */
    private static String invalid(LabelRequirement requirement) {
        return switch (requirement.operator()) {
            case "In", "NotIn" ->
                requirement.values().isEmpty()
                        ? "values: Invalid value: []string{}: for 'in', 'notin' operators,"
                                + " values set can't be empty"
                        : null;
            case "Exists", "DoesNotExist" ->
                requirement.values().isEmpty()
                        ? null
                        : "values: Invalid value: for 'exists', 'doesnotexist'"
                                + " operators, values set must be empty";
            default -> "\"" + requirement.operator() + "\" is not a valid label selector operator";
        };
    }

    private static boolean holds(LabelRequirement requirement, Map<String, String> labels) {
        var value = labels.get(requirement.key());
        return switch (requirement.operator()) {
            case "In" -> value != null && requirement.values().contains(value);
            case "NotIn" -> value == null || !requirement.values().contains(value);
            case "Exists" -> value != null;
            default -> value == null;
        };
    }
}
