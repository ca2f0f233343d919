package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A LoadBalancer Service with {@code allocateLoadBalancerNodePorts: false} and no nodePort has no NodePort: the AWS
 * Load Balancer Controller fails instance targets on it, for its own NLB, an Ingress's ALB and a Gateway's load
 * balancer alike, and ip targets are unaffected (src/docs/reference/aws-load-balancers.md §10.1).
 */
class UnallocatedNodePortTests {

    private static final String EXTERNAL = "service.beta.kubernetes.io/aws-load-balancer-type";
    private static final String NLB_TARGET_TYPE = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";
    private static final String ALB_TARGET_TYPE = "alb.ingress.kubernetes.io/target-type";

    /** The canonical cluster under the controller, its Service my-nginx allocating no NodePorts and giving none. */
    private static Topologies unallocated(Map<String, String> serviceAnnotations) {
        return Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("services[0].allocateLoadBalancerNodePorts", false)
                .set("services[0].ports[0].nodePort", null)
                .set("services[0].annotations", serviceAnnotations);
    }

    private static List<LoadBalancerPlan> plans(Topologies topology) {
        var snapshot = topology.topology();
        return new LoadBalancerPlanner()
                .plan(snapshot, new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED));
    }

    private static LoadBalancerPlan plan(Topologies topology, String id) {
        return plans(topology).stream()
                .filter(plan -> plan.id().startsWith(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void failsTheControllersNlbWithInstanceTargets() {
        var plan = plan(unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "instance")), "service.");

        assertThat(plan.type()).isNull();
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER);
        assertThat(plan.reason()).isEqualTo("unable to support instance target type with an unallocated NodePort");
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_NODEPORT_REQUIRED, "services[0].allocateLoadBalancerNodePorts"));
    }

    @Test
    void keepsTheControllersNlbWithIpTargets() {
        var plan = plan(unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "ip")), "service.");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.targetGroups().get(0).targets())
                .extracting(Target::port)
                .containsOnly(80);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void keepsAnNlbWhoseInstanceTargetsUseTheNodePortGiven() {
        var plan = plan(
                unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "instance"))
                        .set("services[0].ports[0].nodePort", 31000),
                "service.");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.targetGroups().get(0).port()).isEqualTo(31000);
    }

    @Test
    void failsAnIngressAlbWithInstanceTargetsOnTheService() {
        var topology = unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "ip"))
                .set(
                        "ingresses",
                        List.of(IngressPlannerTests.ingress(
                                "web", Map.of(IngressPlannerTests.CLASS, "alb"), IngressPlannerTests.ROOT)));

        var plan = plan(topology, "ingress");

        assertThat(plan.type()).isNull();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple(ProblemCode.LB_NODEPORT_REQUIRED, "services[0].allocateLoadBalancerNodePorts"),
                        tuple(ProblemCode.LB_BUILD_FAILED, "services[0].allocateLoadBalancerNodePorts"));
        assertThat(plan.problems().get(0).message()).startsWith("TargetGroup port is empty.");
    }

    @Test
    void keepsAnIngressAlbWithIpTargets() {
        var topology = unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "ip", ALB_TARGET_TYPE, "ip"))
                .set(
                        "ingresses",
                        List.of(IngressPlannerTests.ingress(
                                "web", Map.of(IngressPlannerTests.CLASS, "alb"), IngressPlannerTests.ROOT)));

        var plan = plan(topology, "ingress");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void failsAGatewayWithInstanceTargetsOnTheService() {
        var topology = GatewayAttachmentTests.withAlbGatewayAndRoute(
                unallocated(Map.of(EXTERNAL, "external", NLB_TARGET_TYPE, "ip")));

        var plan = plan(topology, "gateway.");

        assertThat(plan.type()).isNull();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .contains(tuple(ProblemCode.LB_NODEPORT_REQUIRED, "services[0].allocateLoadBalancerNodePorts"));
    }

    /** The canonical cluster under the legacy provider, my-nginx allocating no NodePorts, with {@code ports}. */
    private static Topologies legacy(Map<String, String> annotations, List<?> ports) {
        return Topologies.canonical()
                .set("services[0].allocateLoadBalancerNodePorts", false)
                .set("services[0].ports", ports)
                .set("services[0].annotations", annotations);
    }

    private static Map<String, Object> port(String name, int port, Integer nodePort) {
        var fields = new LinkedHashMap<String, Object>(Map.of("name", name, "port", port, "targetPort", 80));
        fields.put("nodePort", nodePort);
        return fields;
    }

    @Test
    void skipsTheLegacyClbsPortWithoutANodePortAndKeepsTheOthers() {
        var topology = legacy(Map.of(), List.of(port("http", 80, 31000), port("alt", 8080, null)));

        var plan = plan(topology, "service.");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.CLB);
        assertThat(plan.owner()).isEqualTo(LoadBalancerOwner.LEGACY);
        assertThat(plan.listeners()).extracting(LoadBalancerPlan.Listener::port).containsExactly(80);
        assertThat(plan.targetGroups())
                .extracting(LoadBalancerPlan.TargetGroup::port)
                .containsExactly(31000);
        assertThat(plan.targetGroups().get(0).targets())
                .extracting(Target::port)
                .containsOnly(31000);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LEGACY_PORT_IGNORED, "services[0].ports[1].nodePort"));
        assertThat(plan.problems().get(0).message())
                .contains("port 8080 of Service default/my-nginx", "Ignoring port without NodePort defined")
                .doesNotContain("no port is left");
    }

    @Test
    void plansTheLegacyNlbWithoutAListenerWhenNoPortHasANodePort() {
        var topology = legacy(Map.of(EXTERNAL, "nlb"), List.of(port("http", 80, null)));

        var plan = plan(topology, "service.");
        var findings = topology.validate().findings().stream()
                .filter(finding -> finding.code().equals("LEGACY_PORT_IGNORED"))
                .toList();

        assertThat(plan.type()).isEqualTo(LoadBalancerType.NLB);
        assertThat(plan.listeners()).isEmpty();
        assertThat(plan.targetGroups()).isEmpty();
        assertThat(plan.problems().get(0).message()).endsWith("no port is left, so the load balancer has no listener");
        assertThat(findings)
                .extracting(
                        finding -> finding.path(), finding -> finding.severity().name())
                .containsExactly(tuple("services[0].ports[0].nodePort", "WARNING"));
        assertThat(findings.get(0).hint()).contains("give the port a nodePort");
    }
}
