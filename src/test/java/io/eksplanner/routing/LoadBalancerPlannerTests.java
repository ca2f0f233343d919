package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which load balancer a Service gets, and how its requests reach the pods (src/docs/domain-rules.md §4, §5). */
class LoadBalancerPlannerTests {

    static final String TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
    static final String TARGET = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";

    static LoadBalancerPlan plan(Topologies topology) {
        var snapshot = topology.topology();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED);
        var plans = new LoadBalancerPlanner().plan(snapshot, ipPlan);
        assertThat(plans).isNotEmpty();
        return plans.get(0);
    }

    static Topologies profile(String controller, Boolean webhook, Map<String, String> annotations, String lbClass) {
        return Topologies.canonical()
                .set("loadBalancing.controller", controller)
                .set("loadBalancing.serviceMutatorWebhook", webhook)
                .set("services[0].annotations", annotations)
                .set("services[0].loadBalancerClass", lbClass);
    }

    static Stream<Arguments> ownership() {
        var none = Map.<String, String>of();
        var nlb = Map.of(TYPE, "nlb");
        var nlbIp = Map.of(TYPE, "nlb-ip");
        var externalIp = Map.of(TYPE, "external", TARGET, "ip");
        var externalInstance = Map.of(TYPE, "external", TARGET, "instance");
        var external = Map.of(TYPE, "external");
        return Stream.of(
                // LEGACY: only the cloud provider's service controller runs.
                Arguments.of(
                        "LEGACY",
                        false,
                        none,
                        null,
                        LoadBalancerOwner.LEGACY,
                        LoadBalancerType.CLB,
                        Scheme.INTERNET_FACING,
                        TargetType.INSTANCE),
                Arguments.of(
                        "LEGACY",
                        false,
                        nlb,
                        null,
                        LoadBalancerOwner.LEGACY,
                        LoadBalancerType.NLB,
                        Scheme.INTERNET_FACING,
                        TargetType.INSTANCE),
                Arguments.of("LEGACY", false, nlbIp, null, null, null, null, null),
                Arguments.of("LEGACY", false, externalIp, null, null, null, null, null),
                Arguments.of("LEGACY", false, external, null, null, null, null, null),
                Arguments.of("LEGACY", false, none, "service.k8s.aws/nlb", null, null, null, null),
                // The controller with its mutating webhook: every class-less LoadBalancer Service is its NLB.
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        none,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        nlb,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        nlbIp,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.IP),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        externalIp,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.IP),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        externalInstance,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        true,
                        external,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of("AWS_LOAD_BALANCER_CONTROLLER", true, none, "example.com/other", null, null, null, null),
                // The controller without the webhook: only its own annotations or class reach it.
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        none,
                        null,
                        LoadBalancerOwner.LEGACY,
                        LoadBalancerType.CLB,
                        Scheme.INTERNET_FACING,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        nlb,
                        null,
                        LoadBalancerOwner.LEGACY,
                        LoadBalancerType.NLB,
                        Scheme.INTERNET_FACING,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        nlbIp,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.IP),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        externalIp,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.IP),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        externalInstance,
                        null,
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of("AWS_LOAD_BALANCER_CONTROLLER", false, external, null, null, null, null, null),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        false,
                        none,
                        "service.k8s.aws/nlb",
                        LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                        LoadBalancerType.NLB,
                        Scheme.INTERNAL,
                        TargetType.INSTANCE),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER", false, none, "eks.amazonaws.com/nlb", null, null, null, null));
    }

    @ParameterizedTest(name = "{0} webhook={1} {2} class={3} → {4} {5}")
    @MethodSource("ownership")
    void decidesOwnerTypeSchemeAndTargetTypeByProfile(
            String controller,
            boolean webhook,
            Map<String, String> annotations,
            String lbClass,
            LoadBalancerOwner owner,
            LoadBalancerType type,
            Scheme scheme,
            TargetType targetType) {
        var plan = plan(profile(controller, webhook, annotations, lbClass));

        assertThat(plan.owner()).isEqualTo(owner);
        assertThat(plan.type()).isEqualTo(type);
        assertThat(plan.scheme()).isEqualTo(scheme);
        assertThat(plan.targetType()).isEqualTo(targetType);
        if (type == null) {
            assertThat(plan.reason()).isNotBlank();
        }
    }

    @Test
    void givesTheCanonicalServiceAClbOnAllFourNodesUnderLegacy() {
        var plan = plan(Topologies.canonical());

        assertThat(plan.id()).isEqualTo("service.default.my-nginx");
        assertThat(plan.type()).isEqualTo(LoadBalancerType.CLB);
        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNET_FACING);
        assertThat(plan.subnets())
                .extracting(LoadBalancerPlan.LbSubnet::name)
                .containsExactly("public-a", "public-b", "public-c");
        var group = plan.targetGroups().get(0);
        assertThat(group.targets()).hasSize(4).allSatisfy(target -> {
            assertThat(target.port()).isEqualTo(30686);
            assertThat(target.healthy()).isTrue();
        });
        assertThat(group.healthCheck().protocol()).isEqualTo("TCP");
        assertThat(group.healthCheck().healthyThreshold()).isEqualTo(2);
        assertThat(group.healthCheck().unhealthyThreshold()).isEqualTo(6);
        var traffic = plan.traffic();
        assertThat(traffic.pods()).extracting(PodShare::share).containsOnly(0.25);
        assertThat(traffic.crossAzHopsPerRequest()).isCloseTo(0.5, within(1e-9));
        assertThat(traffic.maxToMinPodShare()).isEqualTo(1.0);
        assertThat(plan.paths())
                .extracting(LoadBalancerPlan.PacketPath::entryAvailabilityZone)
                .doesNotContain("ap-northeast-2a");
        assertThat(plan.paths().stream()
                        .mapToDouble(LoadBalancerPlan.PacketPath::share)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(plan.paths())
                .allSatisfy(path -> assertThat(path.sourceIpAtPod().wireName()).contains("node IP"));
    }

    @Test
    void crossesAzsSevenSixthsOfATimePerRequestWithTheClbsCrossZoneOn() {
        var plan = plan(Topologies.canonical()
                .set(
                        "services[0].annotations",
                        Map.of(
                                "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled",
                                "true")));

        assertThat(plan.crossZone()).isTrue();
        assertThat(plan.traffic().crossAzHopsPerRequest()).isCloseTo(7.0 / 6, within(1e-9));
        assertThat(plan.traffic().pods()).extracting(PodShare::share).containsOnly(0.25);
    }

    @Test
    void sendsStraightToTheFourPodIpsUnderNlbIp() {
        var plan = plan(profile("AWS_LOAD_BALANCER_CONTROLLER", true, Map.of(TYPE, "nlb-ip"), null)
                .set(
                        "services[0].annotations",
                        Map.of(
                                TYPE,
                                "nlb-ip",
                                "service.beta.kubernetes.io/aws-load-balancer-scheme",
                                "internet-facing")));

        assertThat(plan.targetType()).isEqualTo(TargetType.IP);
        assertThat(plan.scheme()).isEqualTo(Scheme.INTERNET_FACING);
        var targets = plan.targetGroups().get(0).targets();
        assertThat(targets).hasSize(4).extracting(Target::port).containsOnly(80);
        assertThat(targets).allSatisfy(target -> assertThat(target.ip()).startsWith("192.168."));
        assertThat(plan.paths())
                .allSatisfy(path -> assertThat(path.hops()).noneMatch(hop -> hop.contains("kube-proxy")));
        assertThat(plan.clientIpPreserved()).isFalse();
        assertThat(plan.traffic().pods()).extracting(PodShare::share).containsOnly(0.25);
    }

    @Test
    void spreadsUnevenlyWithLocalAndPackedPods() {
        var plan = plan(Topologies.canonical()
                .set("workloads[0].placement", "PACK")
                .set("nodeGroups[0].maxPods", 5)
                .set("services[0].externalTrafficPolicy", "Local"));

        var targets = plan.targetGroups().get(0).targets();
        assertThat(targets.stream().filter(Target::healthy)).hasSize(2);
        assertThat(targets.stream().filter(target -> !target.healthy())).hasSize(2);
        var shares =
                plan.traffic().pods().stream().map(PodShare::share).sorted().toList();
        assertThat(shares.get(0)).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(shares.get(3)).isCloseTo(0.5, within(1e-9));
        assertThat(plan.traffic().maxToMinPodShare()).isCloseTo(3.0, within(1e-9));
        var health = plan.targetGroups().get(0).healthCheck();
        assertThat(health.protocol()).isEqualTo("HTTP");
        assertThat(health.path()).isEqualTo("/healthz");
        assertThat(health.port()).isNotEqualTo("traffic-port");
        assertThat(plan.paths()).allSatisfy(path -> assertThat(path.hops()).noneMatch(hop -> hop.contains("SNAT")));
    }

    static Stream<Arguments> healthChecks() {
        return Stream.of(
                Arguments.of("LEGACY", Map.of(), "Cluster", "TCP", 10, 5, 2, 6),
                Arguments.of("LEGACY", Map.of(), "Local", "HTTP", 10, 5, 2, 6),
                Arguments.of("LEGACY", Map.of(TYPE, "nlb"), "Cluster", "TCP", 30, 10, 3, 3),
                Arguments.of("LEGACY", Map.of(TYPE, "nlb"), "Local", "HTTP", 10, 10, 2, 2),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        Map.of(TYPE, "external", TARGET, "instance"),
                        "Cluster",
                        "TCP",
                        10,
                        10,
                        3,
                        3),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        Map.of(TYPE, "external", TARGET, "instance"),
                        "Local",
                        "HTTP",
                        10,
                        6,
                        2,
                        2),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        Map.of(TYPE, "external", TARGET, "ip"),
                        "Cluster",
                        "TCP",
                        10,
                        10,
                        3,
                        3),
                Arguments.of(
                        "AWS_LOAD_BALANCER_CONTROLLER",
                        Map.of(TYPE, "external", TARGET, "ip"),
                        "Local",
                        "TCP",
                        10,
                        10,
                        3,
                        3));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} every {4}s")
    @MethodSource("healthChecks")
    void usesTheOwnersHealthCheckDefaults(
            String controller,
            Map<String, String> annotations,
            String policy,
            String protocol,
            int interval,
            int timeout,
            int healthy,
            int unhealthy) {
        var plan = plan(profile(controller, false, annotations, null).set("services[0].externalTrafficPolicy", policy));

        var check = plan.targetGroups().get(0).healthCheck();
        assertThat(check.protocol()).isEqualTo(protocol);
        assertThat(check.intervalSeconds()).isEqualTo(interval);
        assertThat(check.timeoutSeconds()).isEqualTo(timeout);
        assertThat(check.healthyThreshold()).isEqualTo(healthy);
        assertThat(check.unhealthyThreshold()).isEqualTo(unhealthy);
    }

    @Test
    void honoursBothControllersSchemeAnnotations() {
        var internalLegacy = plan(Topologies.canonical()
                .set(
                        "services[0].annotations",
                        Map.of("service.beta.kubernetes.io/aws-load-balancer-internal", "true")));
        var publicController = plan(profile(
                "AWS_LOAD_BALANCER_CONTROLLER",
                true,
                Map.of("service.beta.kubernetes.io/aws-load-balancer-internal", "false"),
                null));

        assertThat(internalLegacy.scheme()).isEqualTo(Scheme.INTERNAL);
        assertThat(internalLegacy.subnets())
                .extracting(LoadBalancerPlan.LbSubnet::name)
                .containsExactly("private-a", "private-b", "private-c");
        assertThat(publicController.scheme()).isEqualTo(Scheme.INTERNET_FACING);
    }

    @Test
    void listsIngressesWithoutAnAlbUnderLegacy() {
        var snapshot = Topologies.canonical()
                .add("ingresses", "{\"name\": \"web\", \"namespace\": \"default\", \"rules\": []}")
                .topology();
        var plans = new LoadBalancerPlanner()
                .plan(snapshot, new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED));

        assertThat(plans)
                .extracting(LoadBalancerPlan::id)
                .containsExactly("service.default.my-nginx", "ingress.default.web");
        assertThat(plans.get(1).type()).isNull();
        assertThat(plans.get(1).reason()).contains("legacy cloud provider controller");
    }
}
