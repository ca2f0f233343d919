package io.eksplanner.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.routing.LoadBalancerOwner;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.routing.LoadBalancerPlan.PacketPath;
import io.eksplanner.routing.LoadBalancerType;
import io.eksplanner.routing.Scheme;
import io.eksplanner.routing.SourceIpAtPod;
import io.eksplanner.routing.TargetType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API form of a plan spells the engine's enums as the API always has. */
class LoadBalancerResponseTests {

    @Test
    void mapsTheEnumsToTheirWireNames() {
        var plan = new LoadBalancerPlan(
                "group.shop",
                List.of("Ingress default/web"),
                LoadBalancerOwner.AWS_LOAD_BALANCER_CONTROLLER,
                null,
                LoadBalancerType.ALB,
                Scheme.INTERNET_FACING,
                TargetType.MIXED,
                "ipv4",
                null,
                true,
                false,
                "k8s-shop-2d8c1a4b9e",
                Map.of("team", "payments"),
                Map.of("idle_timeout.timeout_seconds", "120"),
                null,
                null,
                null,
                List.of(new PacketPath("az-a", List.of("client"), 1.0, SourceIpAtPod.ALB_IP, 0, null)),
                null);

        var response = LoadBalancerResponse.of(plan, true);

        assertThat(response.owner()).isEqualTo("AWS_LOAD_BALANCER_CONTROLLER");
        assertThat(response.name()).isEqualTo("k8s-shop-2d8c1a4b9e");
        assertThat(response.tags()).containsEntry("team", "payments");
        assertThat(response.attributes()).containsEntry("idle_timeout.timeout_seconds", "120");
        assertThat(response.type()).isEqualTo("ALB");
        assertThat(response.scheme()).isEqualTo("internet-facing");
        assertThat(response.targetType()).isEqualTo("mixed");
        assertThat(response.paths())
                .extracting(LoadBalancerResponse.PathResponse::sourceIpAtPod)
                .containsExactly("ALB IP (client in X-Forwarded-For)");
    }

    @Test
    void leavesOutWhatAPlanWithoutALoadBalancerLacks() {
        var response = LoadBalancerResponse.of(
                LoadBalancerPlan.none("service.default.web", List.of("Service default/web"), null, "no controller"),
                true);

        assertThat(response.owner()).isNull();
        assertThat(response.type()).isNull();
        assertThat(response.scheme()).isNull();
        assertThat(response.targetType()).isNull();
        assertThat(response.paths()).isNull();
    }
}
