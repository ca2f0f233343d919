package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.ipam.IpPlan.PodPlan;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.topology.model.ClusterTopology.PortRef;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/** The look-ups a planning run builds once: Services, the pods of each workload, NodePorts. */
class RoutingContextTests {

    static RoutingContext context(Topologies topology) {
        var snapshot = topology.topology();
        return RoutingContext.of(snapshot, new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED));
    }

    static Topologies withDaemonSetAndLookalike() {
        // A DaemonSet comes first in the IP plan's pod order; "my-nginx-1" has pods named like my-nginx's.
        return Topologies.canonical()
                .add(
                        "workloads",
                        "{\"name\": \"agent\", \"namespace\": \"default\", \"kind\": \"DaemonSet\","
                                + " \"labels\": {\"app\": \"agent\"}}")
                .add(
                        "workloads",
                        "{\"name\": \"my-nginx-1\", \"namespace\": \"default\", \"replicas\": 2,"
                                + " \"labels\": {\"app\": \"lookalike\"},"
                                + " \"ports\": [{\"name\": \"http\", \"containerPort\": 8080}]}")
                .add(
                        "services",
                        "{\"name\": \"lookalike\", \"namespace\": \"default\", \"type\": \"ClusterIP\","
                                + " \"selector\": {\"app\": \"lookalike\"}, \"ports\": [{\"port\": 80}]}");
    }

    @Test
    void findsEachWorkloadsPodsFromThePlansPodOrder() {
        var context = context(withDaemonSetAndLookalike());
        var services = context.topology().services();

        assertThat(context.endpoints(services.get(0)).pods())
                .extracting(PodPlan::name)
                .containsExactlyInAnyOrder("my-nginx-0", "my-nginx-1", "my-nginx-2", "my-nginx-3");
        assertThat(context.endpoints(services.get(1)).pods())
                .extracting(PodPlan::name)
                .containsExactlyInAnyOrder("my-nginx-1-0", "my-nginx-1-1");
    }

    @Test
    void ordersEndpointsByIpAndResolvesANamedTargetPortOnThePodsWorkload() {
        var context = context(withDaemonSetAndLookalike());
        var nginx = context.endpoints(context.topology().services().get(0));
        var lookalike = context.endpoints(context.topology().services().get(1));
        var named = new ServicePort("web", 80, new PortRef(null, "http"), null, null);

        assertThat(nginx.pods()).extracting(PodPlan::ip).isSorted();
        assertThat(nginx.pods())
                .allSatisfy(pod -> assertThat(nginx.targetPort(named, pod)).isEqualTo(80));
        assertThat(lookalike.pods())
                .allSatisfy(pod -> assertThat(lookalike.targetPort(named, pod)).isEqualTo(8080));
        assertThat(ServiceEndpoints.ipTargetGroupPort(named)).isEqualTo(1);
        assertThat(nginx.targetPort(
                        new ServicePort("x", 81, new PortRef(null, "nope"), null, null),
                        nginx.pods().get(0)))
                .isZero();
        assertThat(nginx.targetPort(
                        new ServicePort("x", 81, null, null, null), nginx.pods().get(0)))
                .isEqualTo(81);
    }

    @Test
    void selectsNothingWithoutASelectorOrInAnotherNamespace() {
        var context = context(
                Topologies.canonical()
                        .set("services[0].namespace", "prod")
                        .add(
                                "services",
                                "{\"name\": \"all\", \"namespace\": \"default\", \"type\": \"ClusterIP\", \"ports\": [{\"port\": 80}]}"));

        assertThat(context.endpoints(context.topology().services().get(0)).pods())
                .isEmpty();
        assertThat(context.endpoints(context.topology().services().get(1)).pods())
                .isEmpty();
        assertThat(ServiceEndpoints.ipTargetGroupPort(new ServicePort("p", 80, null, null, null)))
                .isEqualTo(80);
    }

    @Test
    void allocatesMissingNodePortsLowestFreeFirstInTopologyOrder() {
        var context = context(Topologies.canonical()
                .set("services[0].ports[0].nodePort", null)
                .set("services[0].externalTrafficPolicy", "Local")
                .add(
                        "services",
                        "{\"name\": \"np\", \"namespace\": \"default\", \"type\": \"NodePort\","
                                + " \"ports\": [{\"port\": 81, \"nodePort\": 30000}, {\"port\": 82}]}")
                .add(
                        "services",
                        "{\"name\": \"internal\", \"namespace\": \"default\", \"type\": \"ClusterIP\","
                                + " \"ports\": [{\"port\": 83}]}"));
        var services = context.topology().services();

        assertThat(context.nodePort(services.get(0), 0)).isEqualTo(30001);
        assertThat(context.healthCheckNodePort(services.get(0))).isEqualTo(30002);
        assertThat(context.nodePort(services.get(1), 0)).isEqualTo(30000);
        assertThat(context.nodePort(services.get(1), 1)).isEqualTo(30003);
        assertThat(context.healthCheckNodePort(services.get(1))).isNull();
        assertThat(context.nodePort(services.get(2), 0))
                .as("ClusterIP gets none")
                .isZero();
    }

    @Test
    void findsTheFirstServiceOfANameAndTheProfilesDefaults() {
        var context = context(
                Topologies.canonical()
                        .set("loadBalancing", null)
                        .add(
                                "services",
                                "{\"name\": \"my-nginx\", \"namespace\": \"default\", \"type\": \"ClusterIP\", \"ports\": []}"));

        assertThat(context.serviceIndex("default", "my-nginx")).isZero();
        assertThat(context.serviceIndex("default", "gone")).isNull();
        assertThat(context.runsLoadBalancerController()).isFalse();
        assertThat(context.serviceMutatorWebhook()).isTrue();
        assertThat(context.nodes()).hasSize(4);
    }

    @Test
    void refusesAnIpPlanMadeFromAnotherTopology() {
        var topology = Topologies.canonical().topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(topology, Scenario.DESIRED);
        var renamed = Topologies.canonical().set("workloads[0].name", "web").topology();

        assertThatThrownBy(() -> RoutingContext.of(renamed, ipPlan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default/my-nginx-0");
        assertThat(RoutingContext.of(topology, ipPlan)).isNotNull();
    }
}
