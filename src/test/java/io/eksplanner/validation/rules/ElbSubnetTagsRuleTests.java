package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElbSubnetTagsRuleTests {

    private final ElbSubnetTagsRule rule = new ElbSubnetTagsRule();

    private static Topologies untagged() {
        var topology = Topologies.canonical();
        for (int index = 0; index < 6; index++) {
            topology.set("subnets[" + index + "].tags", Map.of());
        }
        return topology;
    }

    private static final String INGRESS = """
            {"name": "web", "namespace": "default", "ingressClassName": "alb", "rules": []}
            """;

    @Test
    void findsNothingInTheCanonicalExample() {
        assertThat(Topologies.canonical().findings(rule)).isEmpty();
    }

    @Test
    void warnsAboutALoadBalancerServiceWithoutRoleTaggedSubnets() {
        var findings = untagged().findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ELB_SUBNET_TAGS", Severity.WARNING, "subnets"));
        assertThat(findings.get(0).message())
                .contains("1 LoadBalancer Service(s) and 0 Ingress(es)")
                .contains("kubernetes.io/role/elb", "kubernetes.io/role/internal-elb");
    }

    @Test
    void warnsAboutAnIngressWithoutRoleTaggedSubnets() {
        var findings = untagged()
                .set("services[0].type", "ClusterIP")
                .add("ingresses", INGRESS)
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("ELB_SUBNET_TAGS", "subnets"));
        assertThat(findings.get(0).message()).contains("0 LoadBalancer Service(s) and 1 Ingress(es)");
    }

    @Test
    void ignoresMissingTagsWhenNothingNeedsALoadBalancer() {
        assertThat(untagged().set("services[0].type", "NodePort").findings(rule))
                .isEmpty();
    }

    @Test
    void acceptsOneInternalElbTagWithAnyValueForAnInternalLoadBalancer() {
        assertThat(untagged()
                        .set("subnets[4].tags", Map.of("kubernetes.io/role/internal-elb", ""))
                        .set(
                                "services[0].annotations",
                                Map.of("service.beta.kubernetes.io/aws-load-balancer-internal", "true"))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void namesAnInternetFacingLoadBalancerWithoutATaggedPublicSubnet() {
        var findings = untagged()
                .set("subnets[4].tags", Map.of("kubernetes.io/role/internal-elb", "1"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ELB_SUBNET_TAGS", Severity.WARNING, "subnets"));
        assertThat(findings.get(0).message())
                .startsWith("the internet-facing CLB service.default.my-nginx (Service default/my-nginx) has no PUBLIC"
                        + " subnet tagged kubernetes.io/role/elb");
    }

    @Test
    void namesAnInternalAlbWithoutATaggedPrivateSubnet() {
        var findings = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set(
                        "services[0].annotations",
                        Map.of("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing"))
                .set("subnets[3].type", "PUBLIC")
                .set("subnets[4].type", "PUBLIC")
                .set("subnets[5].type", "PUBLIC")
                .add("ingresses", INGRESS)
                .findings(rule);

        assertThat(findings).extracting(Finding::code).containsExactly("ELB_SUBNET_TAGS");
        assertThat(findings.get(0).message())
                .startsWith("the internal ALB ingress.default.web (Ingress default/web) has no PRIVATE subnet tagged"
                        + " kubernetes.io/role/internal-elb");
    }

    @Test
    void namesARoleTagValueTheControllerIgnores() {
        // The AWS Load Balancer Controller filters the role tag on the values "" and "1" only
        // (pkg/networking/subnet_resolver.go ResolveViaDiscovery at 5982613953df58f3227301b7121abde6abaa2c20), so
        // "true" leaves its NLB to the reachability fallback.
        var findings = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("services[0].loadBalancerClass", "service.k8s.aws/nlb")
                .set(
                        "services[0].annotations",
                        Map.of("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing"))
                .set("subnets[0].tags", Map.of("kubernetes.io/role/elb", "true"))
                .set("subnets[1].tags", Map.of("kubernetes.io/role/elb", "true"))
                .set("subnets[2].tags", Map.of("kubernetes.io/role/elb", "true"))
                .findings(rule);

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("ELB_SUBNET_TAGS", Severity.WARNING, "subnets"));
        assertThat(findings.get(0).message())
                .contains("has no PUBLIC subnet tagged kubernetes.io/role/elb with the value \"\" or \"1\"")
                .contains("public-a (kubernetes.io/role/elb=true)");
    }

    @Test
    void acceptsAnyRoleTagValueForTheLegacyController() {
        // The legacy cloud provider looks for the key only (pkg/providers/v1/aws.go findELBSubnets at 63ec440c).
        assertThat(Topologies.canonical()
                        .set("subnets[0].tags", Map.of("kubernetes.io/role/elb", "true"))
                        .set("subnets[1].tags", Map.of("kubernetes.io/role/elb", "true"))
                        .set("subnets[2].tags", Map.of("kubernetes.io/role/elb", "true"))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void acceptsOneElbTag() {
        assertThat(untagged()
                        .set("subnets[0].tags", Map.of("kubernetes.io/role/elb", "1"))
                        .findings(rule))
                .isEmpty();
    }

    @Test
    void judgesABareTopologyWithoutFailing() {
        assertThat(Topologies.named("bare").findings(rule)).isEmpty();
    }
}
