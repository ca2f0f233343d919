package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.ALB;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.ingressPlans;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.validation.Topologies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An IngressClass's {@code parametersRef} as aws-load-balancer-controller v3.5.0 (commit
 * 5982613953df58f3227301b7121abde6abaa2c20) resolves it in {@code pkg/ingress/class_loader.go} {@code Load}: parameters
 * that do not exist, or of another kind, make the class invalid, and {@code group_loader.go}
 * {@code checkGroupMembershipType} leaves its Ingresses out of every group, while the webhook admits them.
 */
class IngressClassParamsReferenceTests {

    static final Map<String, Object> PARAMS_REF =
            Map.of("apiGroup", "elbv2.k8s.aws", "kind", "IngressClassParams", "name", "shop-params");

    static Map<String, Object> referencingClass(String name, Map<String, Object> reference, Object parameters) {
        var ingressClass = new LinkedHashMap<String, Object>();
        ingressClass.put("name", name);
        ingressClass.put("controller", ALB);
        ingressClass.put("isDefault", false);
        ingressClass.put("parameters", parameters);
        ingressClass.put("parametersRef", reference);
        return ingressClass;
    }

    static Topologies withClass(Map<String, Object> ingressClass, List<?> ingresses) {
        return controller(ingresses, List.of(ingressClass));
    }

    @Test
    void leavesAnIngressWhoseClassNamesMissingParamsWithoutAnAlbAndSaysWhy() {
        var plan = onlyPlan(withClass(
                referencingClass("shop", PARAMS_REF, null), List.of(ingress("web", "shop", Map.of(), ROOT, null))));

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isNull();
        assertThat(plan.reason())
                .isEqualTo("invalid ingress class: ingressclassparams.elbv2.k8s.aws \"shop-params\" not found");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(tuple(
                        ProblemCode.INGRESS_CLASS_PARAMS_UNKNOWN,
                        "ingressClasses[0].parametersRef",
                        "Ingress default/web: invalid ingress class: ingressclassparams.elbv2.k8s.aws \"shop-params\""
                                + " not found; the controller leaves the Ingress out of every IngressGroup"));
    }

    @Test
    void refusesParametersOfAnotherKindEvenWhenDescribed() {
        var plan = onlyPlan(withClass(
                referencingClass(
                        "shop",
                        Map.of("apiGroup", "example.com", "kind", "Params", "name", "shop-params"),
                        Map.of("scheme", "internal")),
                List.of(ingress("web", "shop", Map.of(), ROOT, null))));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo("invalid ingress class: IngressClass shop references unknown parameters");
        assertThat(plan.problems()).extracting(Problem::code).containsExactly(ProblemCode.INGRESS_CLASS_PARAMS_UNKNOWN);
    }

    @Test
    void appliesTheParamsTheReferenceNamesWhenTheyAreDescribed() {
        var plan = onlyPlan(withClass(
                referencingClass("shop", PARAMS_REF, Map.of("scheme", "internal")),
                List.of(ingress("web", "shop", Map.of(), ROOT, null))));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNAL);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void buildsTheRestOfTheGroupAndIngressesTakenByTheClassAnnotation() {
        // The deprecated class annotation never loads the IngressClass, so its parameters are not looked up.
        var plans = ingressPlans(withClass(
                referencingClass("alb", PARAMS_REF, null),
                List.of(
                        ingress("web", "alb", Map.of("alb.ingress.kubernetes.io/group.name", "shop"), ROOT, null),
                        ingress(
                                "api",
                                Map.of(
                                        "kubernetes.io/ingress.class",
                                        "alb",
                                        "alb.ingress.kubernetes.io/group.name",
                                        "shop"),
                                ROOT))));

        assertThat(plans)
                .extracting(LoadBalancerPlan::id, LoadBalancerPlan::type)
                .containsExactlyInAnyOrder(
                        tuple("ingress.default.web", null), tuple("group.shop", LoadBalancerType.ALB));
        assertThat(plans.stream()
                        .filter(plan -> plan.type() != null)
                        .findFirst()
                        .orElseThrow()
                        .source())
                .containsExactly("Ingress default/api");
    }
}
