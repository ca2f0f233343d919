package io.eksplanner.routing;

import static io.eksplanner.routing.IngressClassParamsTests.member;
import static io.eksplanner.routing.IngressClassParamsTests.withParameters;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static io.eksplanner.routing.LoadBalancerPlannerTests.plan;
import static io.eksplanner.routing.LoadBalancerPlannerTests.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each load balancer's name, tags and attributes as its owner builds them: the controller's {@code
 * buildLoadBalancerName}, {@code buildIngressGroupResourceTags} and {@code buildIngressGroupLoadBalancerAttributes}
 * for an ALB, {@code pkg/service/model_build_load_balancer.go} for its NLB (v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20), and cloud-provider-aws {@code GetLoadBalancerName} (commit 63ec440c).
 * The expected hashes are SHA-256 digests computed outside Java (Python's hashlib) over cluster name, group id and
 * scheme.
 */
class LoadBalancerNamesTests {

    static final String SVC = "service.beta.kubernetes.io/";

    @Test
    void namesAOneIngressAlbByNamespaceIngressAndTheHashOfClusterGroupAndScheme() {
        var plan = onlyPlan(controller(
                List.of(ingress(
                        "web",
                        Map.of(
                                "kubernetes.io/ingress.class",
                                "alb",
                                "alb.ingress.kubernetes.io/scheme",
                                "internet-facing"),
                        ROOT)),
                List.of()));

        // sha256("demo" + "default/web" + "internet-facing") starts 2d5e8838df.
        assertThat(plan.name()).isEqualTo("k8s-default-web-2d5e8838df");
        assertThat(plan.tags()).isNull();
        assertThat(plan.attributes()).isNull();
    }

    @Test
    void namesAnExplicitGroupByItsNameAndKeepsTheClassTagsAndAttributes() {
        var plan = onlyPlan(withParameters(
                Map.of(
                        "tags", Map.of("team", "payments"),
                        "loadBalancerAttributes", Map.of("idle_timeout.timeout_seconds", "120")),
                List.of(member(
                        "web",
                        "group.name",
                        "shop",
                        "tags",
                        "team=web,env=prod",
                        "load-balancer-attributes",
                        "deletion_protection.enabled=true"))));

        // sha256("demo" + "shop" + "internal") starts fd003764d8.
        assertThat(plan.name()).isEqualTo("k8s-shop-fd003764d8");
        assertThat(plan.tags()).containsOnly(entry("team", "payments"), entry("env", "prod"));
        assertThat(plan.attributes())
                .containsOnly(
                        entry("deletion_protection.enabled", "true"), entry("idle_timeout.timeout_seconds", "120"));
    }

    @Test
    void takesTheExplicitNameOfTheClassOverTheAnnotation() {
        var plan = onlyPlan(withParameters(
                Map.of("loadBalancerName", "shop-internal"), List.of(member("web", "load-balancer-name", "web"))));

        assertThat(plan.name()).isEqualTo("shop-internal");
    }

    @Test
    void namesTheControllersNlbByServiceWithTheUidHashLeftOpenAndReadsItsTagsAndAttributes() {
        var plan = plan(profile(
                "AWS_LOAD_BALANCER_CONTROLLER",
                true,
                Map.of(
                        SVC + "aws-load-balancer-additional-resource-tags", "team=payments, env=prod",
                        SVC + "aws-load-balancer-attributes",
                                "load_balancing.cross_zone.enabled=false,deletion_protection.enabled=true",
                        SVC + "aws-load-balancer-cross-zone-load-balancing-enabled", "true"),
                null));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.name()).isEqualTo("k8s-default-mynginx-{uid-hash}");
        assertThat(plan.tags()).containsExactly(entry("team", "payments"), entry("env", "prod"));
        // The cross-zone annotation wins over the same key of the attributes annotation.
        assertThat(plan.attributes())
                .containsOnly(
                        entry("load_balancing.cross_zone.enabled", "true"),
                        entry("deletion_protection.enabled", "true"));
    }

    @Test
    void takesTheNlbNameAnnotationAndFailsTheNlbOnTagsItCannotParse() {
        var named = plan(profile(
                "AWS_LOAD_BALANCER_CONTROLLER", true, Map.of(SVC + "aws-load-balancer-name", "shop-nlb"), null));
        var unparsable = plan(profile(
                "AWS_LOAD_BALANCER_CONTROLLER",
                true,
                Map.of(SVC + "aws-load-balancer-additional-resource-tags", "team"),
                null));

        assertThat(named.name()).isEqualTo("shop-nlb");
        assertThat(unparsable.type()).isNull();
        assertThat(unparsable.reason()).contains("failed to parse stringMap annotation");
        assertThat(unparsable.problems())
                .extracting(LoadBalancerPlan.Problem::code)
                .contains(ProblemCode.LB_BUILD_FAILED);
    }

    @Test
    void namesTheLegacyClbByTheServiceUidAndReadsTagsAsTheProviderDoes() {
        var plan = plan(profile(
                "LEGACY", null, Map.of(SVC + "aws-load-balancer-additional-resource-tags", "team=a=b, flag"), null));

        assertThat(plan.type()).isEqualTo(LoadBalancerType.CLB);
        assertThat(plan.name()).isEqualTo("a{uid}");
        assertThat(plan.tags()).containsExactly(entry("team", "a"), entry("flag", ""));
        assertThat(plan.attributes()).isNull();
    }
}
