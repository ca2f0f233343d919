package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the traffic model over variations of the canonical example. */
class TrafficPropertyTests {

    static final String TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";

    static LoadBalancerPlan plan(
            int profile,
            int annotation,
            boolean local,
            boolean pack,
            boolean crossZone,
            int replicas,
            int nodes,
            int other) {
        var annotations = new java.util.HashMap<String, String>();
        switch (annotation) {
            case 1 -> annotations.put(TYPE, "nlb");
            case 2 -> annotations.put(TYPE, "nlb-ip");
            case 3 -> {
                annotations.put(TYPE, "external");
                annotations.put("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip");
            }
            default -> {}
        }
        if (crossZone) {
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled", "true");
        }
        var topology = Topologies.canonical()
                .set("loadBalancing.controller", profile == 0 ? "LEGACY" : "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", profile == 2)
                .set("services[0].annotations", annotations)
                .set("services[0].externalTrafficPolicy", local ? "Local" : "Cluster")
                .set("workloads[0].placement", pack ? "PACK" : "SPREAD")
                .set("workloads[0].replicas", replicas)
                .set("nodeGroups[0].desiredSize", nodes)
                .add(
                        "workloads",
                        "{\"name\": \"other\", \"namespace\": \"default\", \"replicas\": " + other
                                + ", \"labels\": {\"app\": \"other\"}}");
        var snapshot = topology.topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED);
        return new LoadBalancerPlanner().plan(snapshot, ipPlan).get(0);
    }

    @Property(tries = 150)
    void sharesAreNeverNegativeAndSumToOneWhenTrafficFlows(
            @ForAll @IntRange(max = 2) int profile,
            @ForAll @IntRange(max = 3) int annotation,
            @ForAll boolean local,
            @ForAll boolean pack,
            @ForAll boolean crossZone,
            @ForAll @IntRange(max = 12) int replicas,
            @ForAll @IntRange(min = 2, max = 6) int nodes,
            @ForAll @IntRange(max = 6) int other) {
        var plan = plan(profile, annotation, local, pack, crossZone, replicas, nodes, other);
        for (var group : plan.targetGroups()) {
            var shares =
                    group.traffic().pods().stream().mapToDouble(PodShare::share).toArray();
            assertThat(java.util.Arrays.stream(shares).min().orElse(0)).isGreaterThanOrEqualTo(0);
            double sum = java.util.Arrays.stream(shares).sum();
            if (group.traffic().crossAzHopsPerRequest() != null) {
                assertThat(sum).isCloseTo(1.0, within(1e-6));
            } else {
                assertThat(sum).isZero();
            }
        }
        double pathShares = plan.paths().stream()
                .mapToDouble(LoadBalancerPlan.PacketPath::share)
                .sum();
        assertThat(pathShares)
                .satisfiesAnyOf(
                        value -> assertThat(value).isZero(),
                        value -> assertThat(value).isCloseTo(1.0, within(1e-6)));
    }

    @Property(tries = 100)
    void neverSendsTrafficToAPodTheServiceDoesNotSelect(
            @ForAll @IntRange(max = 2) int profile,
            @ForAll @IntRange(max = 3) int annotation,
            @ForAll boolean local,
            @ForAll @IntRange(min = 1, max = 8) int replicas,
            @ForAll @IntRange(min = 1, max = 8) int other) {
        var plan = plan(profile, annotation, local, false, false, replicas, 4, other);

        for (var group : plan.targetGroups()) {
            assertThat(group.traffic().pods()).extracting(PodShare::pod).allMatch(pod -> pod.startsWith("my-nginx-"));
            assertThat(group.targets()).noneMatch(target -> target.id().startsWith("other-"));
        }
    }

    @Property(tries = 100)
    void neverTakesASecondNodeHopWithLocal(
            @ForAll @IntRange(max = 1) int annotation,
            @ForAll boolean pack,
            @ForAll boolean crossZone,
            @ForAll @IntRange(min = 1, max = 12) int replicas) {
        var plan = plan(0, annotation, true, pack, crossZone, replicas, 4, 0);

        assertThat(plan.paths()).allSatisfy(path -> {
            assertThat(path.hops()).noneMatch(hop -> hop.contains("SNAT"));
            // With Local the node hands requests only to its own pods: the node's AZ is the pod's.
            var nodeHop = path.hops().stream()
                    .filter(hop -> hop.startsWith("node in "))
                    .findFirst()
                    .orElseThrow();
            var podHop = path.hops().get(path.hops().size() - 1);
            assertThat(podHop.substring("pod in ".length())).isEqualTo(nodeHop.substring(8, nodeHop.indexOf(" :")));
        });
    }
}
