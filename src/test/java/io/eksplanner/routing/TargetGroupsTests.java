package io.eksplanner.routing;

import static io.eksplanner.routing.IngressPlannerTests.CLASS;
import static io.eksplanner.routing.IngressPlannerTests.GROUP;
import static io.eksplanner.routing.IngressPlannerTests.ROOT;
import static io.eksplanner.routing.IngressPlannerTests.TARGET;
import static io.eksplanner.routing.IngressPlannerTests.controller;
import static io.eksplanner.routing.IngressPlannerTests.ingress;
import static io.eksplanner.routing.IngressPlannerTests.onlyPlan;
import static io.eksplanner.routing.IngressPlannerTests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerPlan.PodShare;
import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.LoadBalancerPlan.Target;
import io.eksplanner.routing.LoadBalancerPlan.TargetGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ALB's target groups as aws-load-balancer-controller v3.5.0 keys and builds them: one per Ingress, Service and port
 * as the Ingress names it, each with its own Ingress's annotations ({@code pkg/ingress/model_build_target_group.go},
 * {@code buildTargetGroupResourceID}, {@code buildTargetGroupSpec}), and a load balancer's paths and traffic over all
 * of them (src/docs/domain-rules.md §4).
 */
class TargetGroupsTests {

    static final String A = "alb.ingress.kubernetes.io/";

    @Test
    void givesTwoIngressesOfOneGroupSharingAServiceATargetGroupEachWithItsOwnAnnotations() {
        var plan = onlyPlan(controller(
                List.of(
                        ingress(
                                "shop",
                                Map.of(CLASS, "alb", GROUP, "public", A + "healthcheck-path", "/shop/healthz"),
                                List.of(path("/shop", "Prefix", "my-nginx"))),
                        ingress(
                                "admin",
                                Map.of(CLASS, "alb", GROUP, "public", TARGET, "ip"),
                                List.of(path("/admin", "Prefix", "my-nginx")))),
                List.of()));

        assertThat(plan.targetGroups())
                .extracting(
                        TargetGroup::name,
                        TargetGroup::port,
                        group -> group.healthCheck().path())
                .containsExactly(
                        tuple("default/admin-my-nginx:80", 80, "/"),
                        tuple("default/shop-my-nginx:80", 30686, "/shop/healthz"));
        assertThat(plan.targetType()).isEqualTo(TargetType.MIXED);
    }

    @Test
    void keysATargetGroupByThePortAsTheIngressNamesIt() {
        var byName = Map.<String, Object>of(
                "path", "/named", "pathType", "Prefix", "serviceName", "my-nginx", "servicePort", "http");
        var plan = onlyPlan(controller(
                List.of(ingress("web", Map.of(CLASS, "alb"), List.of(path("/number", "Prefix", "my-nginx"), byName))),
                List.of()));

        assertThat(plan.targetGroups())
                .extracting(TargetGroup::name)
                .containsExactly("default/web-my-nginx:80", "default/web-my-nginx:http");
    }

    static Stream<Arguments> protocolVersions() {
        return Stream.of(
                Arguments.of(Map.of(), "HTTP1", "/", "200"),
                Arguments.of(Map.of(A + "backend-protocol-version", "HTTP2"), "HTTP2", "/", "200"),
                Arguments.of(Map.of(A + "backend-protocol-version", "GRPC"), "GRPC", "/AWS.ALB/healthcheck", "12"),
                Arguments.of(
                        Map.of(
                                A + "backend-protocol-version", "GRPC",
                                A + "healthcheck-path", "/grpc.health.v1.Health/Check",
                                A + "success-codes", "0-99"),
                        "GRPC",
                        "/grpc.health.v1.Health/Check",
                        "0-99"));
    }

    @ParameterizedTest
    @MethodSource("protocolVersions")
    void checksEachProtocolVersionWithItsOwnDefaults(
            Map<String, String> annotations, String version, String path, String matcher) {
        var merged = new HashMap<String, String>(annotations);
        merged.put(CLASS, "alb");
        var group = onlyPlan(controller(List.of(ingress("web", merged, ROOT)), List.of()))
                .targetGroups()
                .get(0);

        assertThat(group.protocolVersion()).isEqualTo(version);
        assertThat(group.healthCheck().path()).isEqualTo(path);
        assertThat(group.healthCheck().matcher()).isEqualTo(matcher);
    }

    static Stream<Arguments> refusedBackends() {
        return Stream.of(
                Arguments.of("backend-protocol", "https", "backend protocol must be within [HTTP, HTTPS]: https"),
                Arguments.of(
                        "backend-protocol-version",
                        "grpc",
                        "backend protocol version must be within [HTTP1, HTTP2, GRPC]: grpc"),
                Arguments.of("healthcheck-protocol", "TCP", "healthCheckProtocol must be within [HTTP, HTTPS]"));
    }

    @ParameterizedTest
    @MethodSource("refusedBackends")
    void failsTheGroupOnABackendSettingTheControllerRefuses(String annotation, String value, String message) {
        var plan = onlyPlan(controller(
                List.of(ingress("web", Map.of(CLASS, "alb", A + annotation, value), ROOT)), List.of()));

        assertThat(plan.type()).isNull();
        assertThat(plan.reason()).isEqualTo(message);
        assertThat(plan.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.LB_BUILD_FAILED, "ingresses[0].annotations"));
    }

    @Test
    void givesIpTargetsBehindANamedTargetPortTargetGroupPortOneAndRegistersThePodsOnTheirPort() {
        var plan = onlyPlan(controller(List.of(ingress("web", Map.of(CLASS, "alb", TARGET, "ip"), ROOT)), List.of())
                .set("services[0].ports[0].targetPort", "http"));

        var group = plan.targetGroups().get(0);
        assertThat(group.port()).isEqualTo(1);
        assertThat(group.targets()).hasSize(4).extracting(Target::port).containsOnly(80);
    }

    @Test
    void spreadsPathsAndTrafficOverEveryTargetGroupEachTakingAnEqualPart() {
        var plan = onlyPlan(controller(
                List.of(ingress(
                        "web",
                        Map.of(CLASS, "alb", TARGET, "ip"),
                        List.of(
                                path("/a", "Prefix", "my-nginx"),
                                Map.of(
                                        "path", "/b",
                                        "pathType", "Prefix",
                                        "serviceName", "my-nginx",
                                        "servicePort", "http")))),
                List.of()));

        assertThat(plan.targetGroups()).hasSize(2);
        assertThat(plan.paths())
                .extracting(PacketPath::targetGroup)
                .containsOnly("default/web-my-nginx:80", "default/web-my-nginx:http");
        assertThat(plan.paths().stream().mapToDouble(PacketPath::share).sum()).isCloseTo(1.0, within(1e-6));
        for (String group : List.of("default/web-my-nginx:80", "default/web-my-nginx:http")) {
            assertThat(plan.paths().stream()
                            .filter(path -> path.targetGroup().equals(group))
                            .mapToDouble(PacketPath::share)
                            .sum())
                    .isCloseTo(0.5, within(1e-6));
        }
        // Each pod serves a quarter of each group's half, once per group: a quarter in all.
        assertThat(plan.traffic().pods()).hasSize(4).extracting(PodShare::share).containsOnly(0.25);
    }

    @Test
    void combinesTheTrafficOfTargetGroupsWithDifferentPods() {
        var topology = controller(
                        List.of(ingress(
                                "web",
                                Map.of(CLASS, "alb", TARGET, "ip"),
                                List.of(path("/a", "Prefix", "my-nginx"), path("/b", "Prefix", "api")))),
                        List.of())
                .add(
                        "workloads",
                        "{\"name\": \"api\", \"namespace\": \"default\", \"kind\": \"Deployment\", \"replicas\": 2,"
                                + " \"labels\": {\"app\": \"api\"}, \"ports\": [{\"containerPort\": 80}]}")
                .add(
                        "services",
                        "{\"name\": \"api\", \"namespace\": \"default\", \"type\": \"ClusterIP\","
                                + " \"selector\": {\"app\": \"api\"}, \"ports\": [{\"port\": 80}]}");

        var plan = onlyPlan(topology);

        // Each target group takes half the requests: my-nginx's four pods an eighth each, api's two a quarter.
        assertThat(plan.traffic().pods())
                .extracting(pod -> pod.pod().replaceAll("-[0-9]+$", ""), PodShare::share)
                .containsOnly(tuple("my-nginx", 0.125), tuple("api", 0.25));
        assertThat(plan.traffic().maxToMinPodShare()).isEqualTo(2.0);
    }
}
