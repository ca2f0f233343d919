package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import io.eksplanner.topology.model.ClusterTopology.IngressClass;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Ingresses the AWS Load Balancer Controller takes (src/docs/reference/aws-load-balancers.md §8.1): by the
 * deprecated class annotation, else the IngressClass named by {@code ingressClassName}, else the one default
 * IngressClass, as long as that class is the controller's.
 */
final class IngressClassResolver {

    private static final String ALB_CONTROLLER = "ingress.k8s.aws/alb";
    private static final String AUTO_MODE_ALB_CONTROLLER = "eks.amazonaws.com/alb";
    private static final String ELBV2_GROUP = "elbv2.k8s.aws";
    private static final String PARAMS_KIND = "IngressClassParams";
    private static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    private static final String MULTIPLE_DEFAULTS = "multiple default IngressClasses found";

    private final Map<String, IngressClass> classes = new LinkedHashMap<>();
    private final Map<String, Integer> classIndex = new HashMap<>();

    /** The declared classes, first of a name winning, and the Helm chart's {@code alb} unless one is declared. */
    IngressClassResolver(List<IngressClass> declared) {
        for (int index = 0; index < declared.size(); index++) {
            classes.putIfAbsent(declared.get(index).name(), declared.get(index));
            classIndex.putIfAbsent(declared.get(index).name(), index);
        }
        // The Helm chart creates IngressClass alb unless one of that name exists (src/docs/domain-rules.md §4).
        classes.putIfAbsent("alb", new IngressClass("alb", ALB_CONTROLLER, false, null, null));
    }

    /** Whether the controller takes the Ingress at {@code index} in {@code ingresses}, and with which class. */
    IngressClassResolution resolve(int index, Ingress ingress) {
        var annotation = ingress.annotations().get(CLASS_ANNOTATION);
        if (annotation != null) {
            // The deprecated annotation takes priority over ingressClassName; no IngressClassParams apply then.
            return annotation.equals("alb")
                    ? IngressClassResolution.taken(null, null)
                    : refuse(
                            ingress,
                            CLASS_ANNOTATION + " " + annotation + " is not the controller's class alb (the annotation"
                                    + " takes priority over ingressClassName)");
        }
        if (ingress.ingressClassName() != null) {
            var named = classes.get(ingress.ingressClassName());
            return named == null ? unknownClass(index, ingress) : byController(ingress, named);
        }
        var defaults = classes.values().stream()
                .filter(candidate -> Boolean.TRUE.equals(candidate.isDefault()))
                .toList();
        if (defaults.size() > 1) {
            return IngressClassResolution.refused(LoadBalancerPlan.none(
                    IngressNames.implicitId(ingress),
                    List.of(IngressNames.source(ingress)),
                    null,
                    MULTIPLE_DEFAULTS,
                    List.of(loadFailure(List.of(ingress), index))));
        }
        if (defaults.isEmpty()) {
            return refuse(
                    ingress,
                    "no " + CLASS_ANNOTATION + " annotation, no ingressClassName and no default IngressClass: the"
                            + " controller (--ingress-class alb) leaves class-less Ingresses alone");
        }
        return byController(ingress, defaults.get(0));
    }

    /**
     * With two default IngressClasses, the group loader fails every IngressGroup as soon as it meets an Ingress that
     * names no class: it lists all Ingresses and asks each for its class, and {@code GetDefaultIngressClass} errors
     * (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20: {@code
     * pkg/ingress/class_loader.go}, {@code GetDefaultIngressClass}; {@code pkg/ingress/group_loader.go}, {@code
     * Load}). The problem names the first such Ingress, or null when the classes leave every group buildable.
     */
    Problem loadFailure(List<Ingress> ingresses) {
        return loadFailure(ingresses, 0);
    }

    private Problem loadFailure(List<Ingress> ingresses, int offset) {
        long defaults = classes.values().stream()
                .filter(candidate -> Boolean.TRUE.equals(candidate.isDefault()))
                .count();
        if (defaults < 2) {
            return null;
        }
        for (int index = 0; index < ingresses.size(); index++) {
            var ingress = ingresses.get(index);
            if (ingress.annotations().get(CLASS_ANNOTATION) == null && ingress.ingressClassName() == null) {
                return new Problem(
                        ProblemCode.LB_BUILD_FAILED,
                        "ingresses[" + (index + offset) + "].ingressClassName",
                        "Ingress: " + IngressNames.key(ingress) + ": " + MULTIPLE_DEFAULTS);
            }
        }
        return null;
    }

    private IngressClassResolution byController(Ingress ingress, IngressClass ingressClass) {
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
        var unresolved = unresolvedParameters(ingressClass);
        if (unresolved != null) {
            return IngressClassResolution.refused(LoadBalancerPlan.none(
                    IngressNames.implicitId(ingress),
                    List.of(IngressNames.source(ingress)),
                    null,
                    unresolved,
                    List.of(new Problem(
                            ProblemCode.INGRESS_CLASS_PARAMS_UNKNOWN,
                            "ingressClasses[" + classIndex.get(ingressClass.name()) + "].parametersRef",
                            "Ingress " + IngressNames.key(ingress) + ": " + unresolved
                                    + "; the controller leaves the Ingress out of every IngressGroup"))));
        }
        var parameters = ingressClass.parameters();
        var refusal = parameters == null
                ? null
                : NamespaceSelector.refusal(parameters.namespaceSelector(), ingress.namespace(), ingressClass.name());
        if (refusal != null) {
            // The class is invalid for this Ingress, which the group loader leaves out of every group silently.
            return refuse(ingress, "invalid ingress class: " + refusal);
        }
        return IngressClassResolution.taken(parameters, classIndex.get(ingressClass.name()));
    }

    /**
     * Why the controller cannot load the parameters the class names, or null when it can: a reference to anything but
     * an {@code elbv2.k8s.aws} IngressClassParams, or to one that does not exist, makes the class invalid, and the group
     * loader then leaves the Ingress out of every group without an error, while the webhook, which loads classes
     * without their parameters, admits it (aws-load-balancer-controller v3.5.0, commit
     * 5982613953df58f3227301b7121abde6abaa2c20: {@code pkg/ingress/class_loader.go}, {@code Load}; {@code
     * pkg/ingress/group_loader.go}, {@code checkGroupMembershipType}; {@code webhooks/networking/ingress_validator.go},
     * {@code NewIngressValidator}).
     */
    private static String unresolvedParameters(IngressClass ingressClass) {
        var reference = ingressClass.parametersRef();
        if (reference == null) {
            return null;
        }
        if (!ELBV2_GROUP.equals(reference.apiGroup()) || !PARAMS_KIND.equals(reference.kind())) {
            return "invalid ingress class: IngressClass " + ingressClass.name() + " references unknown parameters";
        }
        return ingressClass.parameters() == null
                ? "invalid ingress class: ingressclassparams." + ELBV2_GROUP + " \"" + reference.name() + "\" not found"
                : null;
    }

    /** The controller's webhook rejects an Ingress naming a class that does not exist: a problem to report. */
    private static IngressClassResolution unknownClass(int index, Ingress ingress) {
        var message = "invalid ingress class: IngressClass " + ingress.ingressClassName() + " not found";
        return IngressClassResolution.refused(LoadBalancerPlan.none(
                IngressNames.implicitId(ingress),
                List.of(IngressNames.source(ingress)),
                null,
                message,
                List.of(new Problem(
                        ProblemCode.INGRESS_CLASS_UNKNOWN,
                        "ingresses[" + index + "].ingressClassName",
                        "Ingress " + IngressNames.key(ingress) + ": " + message))));
    }

    private static IngressClassResolution refuse(Ingress ingress, String reason) {
        return IngressClassResolution.refused(LoadBalancerPlan.none(
                IngressNames.implicitId(ingress), List.of(IngressNames.source(ingress)), null, reason));
    }
}
