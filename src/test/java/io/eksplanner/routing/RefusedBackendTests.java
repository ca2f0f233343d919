package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Rule;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Service the apiserver refuses because the NodePort range is full does not exist in the cluster: the AWS Load
 * Balancer Controller's look-up of an Ingress or route backend answers NotFound, so it plans it as any missing
 * backend (src/docs/reference/aws-load-balancers.md §10.1).
 */
class RefusedBackendTests {

    /**
     * The canonical cluster under the controller, its Service my-nginx giving no NodePort after 2,768 NodePort
     * Services that take every port of the range: the apiserver refuses my-nginx.
     */
    private static Topologies refused() {
        var topology = Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("services[0].ports[0].nodePort", null);
        for (int nodePort = 30000; nodePort <= 32767; nodePort++) {
            topology.add("services", """
                    {"name": "np-%d", "namespace": "default", "type": "NodePort",
                     "ports": [{"port": 80, "targetPort": 80, "nodePort": %d}]}
                    """.formatted(nodePort, nodePort));
        }
        return topology;
    }

    private static LoadBalancerPlan plan(Topologies topology, String id) {
        var snapshot = topology.topology();
        return new LoadBalancerPlanner()
                .plan(snapshot, new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED)).stream()
                        .filter(plan -> plan.id().startsWith(id))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void answersAnIngressBackendTheApiserverRefusedWithAFixed503() {
        var topology = refused()
                .set(
                        "ingresses",
                        List.of(IngressPlannerTests.ingress(
                                "web", Map.of(IngressPlannerTests.CLASS, "alb"), IngressPlannerTests.ROOT)));

        var plan = plan(topology, "ingress");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.rules()).extracting(Rule::action).containsExactly("fixed-response 503");
        assertThat(plan.targetGroups()).isEmpty();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple(ProblemCode.INGRESS_BACKEND_MISSING, "ingresses[0].rules[0].paths[0].serviceName"));
        assertThat(plan.problems().get(0).message())
                .contains("Service default/my-nginx does not exist", "NodePort range 30000-32767 is full");
    }

    @Test
    void failsAWeightedForwardToABackendTheApiserverRefused() {
        var actions = "alb.ingress.kubernetes.io/actions.split";
        var topology = refused()
                .set(
                        "ingresses",
                        List.of(IngressPlannerTests.ingress(
                                "web",
                                Map.of(IngressPlannerTests.CLASS, "alb", actions, """
                                        {"type": "forward", "forwardConfig": {"targetGroups": [
                                          {"serviceName": "my-nginx", "servicePort": "80", "weight": 50},
                                          {"serviceName": "np-30000", "servicePort": "80", "weight": 50}]}}"""),
                                List.of(Map.of(
                                        "path",
                                        "/",
                                        "pathType",
                                        "Prefix",
                                        "serviceName",
                                        "split",
                                        "servicePort",
                                        "use-annotation")))));

        var plan = plan(topology, "ingress");

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).contains("services \"my-nginx\" not found");
    }

    @Test
    void leavesARouteBackendTheApiserverRefusedUnresolved() {
        var topology = GatewayAttachmentTests.withAlbGatewayAndRoute(refused());

        var plan = plan(topology, "gateway.");

        assertThat(plan.type()).isEqualTo(LoadBalancerType.ALB);
        assertThat(plan.targetGroups()).isEmpty();
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple(ProblemCode.GATEWAY_ROUTE_REFS_UNRESOLVED, "httpRoutes[0].rules[0].backendRefs[0].name"));
        assertThat(plan.problems().get(0).message())
                .contains("Service (default:my-nginx) not found)", "the apiserver refused to create it");
        assertThat(GatewayAttachmentTests.status(plan, "r").reason()).isEqualTo("BackendNotFound");
    }

    @Test
    void plansTheBackendOnceTheServiceGetsItsNodePort() {
        var topology = refused()
                .remove("services[2768]")
                .set(
                        "ingresses",
                        List.of(IngressPlannerTests.ingress(
                                "web", Map.of(IngressPlannerTests.CLASS, "alb"), IngressPlannerTests.ROOT)));

        var plan = plan(topology, "ingress");

        assertThat(plan.rules()).extracting(Rule::action).containsExactly("forward default/my-nginx:80");
        assertThat(plan.problems()).isEmpty();
    }
}
