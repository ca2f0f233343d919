package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.topology.model.ClusterTopology.PortRef;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The apiserver's NodePort range, 30000-32767: what fits, what shares, and the first Service that finds it full. */
class NodePortsTests {

    private static Service service(String name, ServiceType type, ExternalTrafficPolicy policy, ServicePort... ports) {
        return new Service(
                name, "default", type, Map.of("app", name), List.of(ports), policy, null, null, null, Map.of());
    }

    /** A LoadBalancer Service with {@code allocateLoadBalancerNodePorts: false}. */
    private static Service unallocated(String name, ExternalTrafficPolicy policy, ServicePort... ports) {
        return new Service(
                name,
                "default",
                ServiceType.LoadBalancer,
                Map.of(),
                List.of(ports),
                policy,
                null,
                false,
                null,
                Map.of());
    }

    private static ServicePort port(int number, Integer nodePort, Protocol protocol) {
        return new ServicePort("p" + number + protocol, number, new PortRef(number, null), nodePort, protocol);
    }

    private static List<Service> loadBalancers(int count) {
        var services = new ArrayList<Service>();
        for (int i = 0; i < count; i++) {
            services.add(service("svc-" + i, ServiceType.LoadBalancer, null, port(80, null, Protocol.TCP)));
        }
        return services;
    }

    @Test
    void handsOutAll2768PortsAndRefusesTheServiceAfter() {
        var services = loadBalancers(2_770);

        var nodePorts = NodePorts.allocate(services);

        assertThat(nodePorts.nodePort(services.get(0), 0)).isEqualTo(30000);
        assertThat(nodePorts.nodePort(services.get(2_767), 0)).isEqualTo(32767);
        assertThat(nodePorts.refused(services.get(2_767))).isFalse();
        assertThat(nodePorts.refused(services.get(2_768))).isTrue();
        assertThat(nodePorts.nodePort(services.get(2_768), 0)).isZero();
        assertThat(nodePorts.firstRefusal())
                .isEqualTo(new NodePorts.Refusal("default/svc-2768", 2_768, "services[2768].ports[0].nodePort"));
        assertThat(nodePorts.refusedCount()).isEqualTo(2);
    }

    @Test
    void givesBackWhatARefusedServiceTookSoASmallerOneStillFits() {
        var services = new ArrayList<>(loadBalancers(2_767));
        var twoPorts =
                service("two", ServiceType.NodePort, null, port(80, null, Protocol.TCP), port(443, null, Protocol.TCP));
        var onePort = service("one", ServiceType.NodePort, null, port(80, null, Protocol.TCP));
        services.add(twoPorts);
        services.add(onePort);

        var nodePorts = NodePorts.allocate(services);

        assertThat(nodePorts.refused(twoPorts)).isTrue();
        assertThat(nodePorts.nodePort(onePort, 0)).isEqualTo(32767);
        assertThat(nodePorts.firstRefusal().path()).isEqualTo("services[2767].ports[1].nodePort");
    }

    @Test
    void sharesOneNodePortBetweenPortsOfOneNumberAndHonoursOneGivenForIt() {
        var dns =
                service("dns", ServiceType.NodePort, null, port(53, null, Protocol.UDP), port(53, 31000, Protocol.TCP));
        var web =
                service("web", ServiceType.NodePort, null, port(80, null, Protocol.TCP), port(53, null, Protocol.UDP));

        var nodePorts = NodePorts.allocate(List.of(dns, web));

        assertThat(nodePorts.nodePort(dns, 0)).isEqualTo(31000);
        assertThat(nodePorts.nodePort(dns, 1)).isEqualTo(31000);
        assertThat(nodePorts.nodePort(web, 0)).isEqualTo(30000);
        assertThat(nodePorts.nodePort(web, 1)).isEqualTo(30001);
    }

    @Test
    void refusesALocalLoadBalancerWhoseHealthCheckNodePortFindsTheRangeFull() {
        var services = new ArrayList<>(loadBalancers(2_767));
        var local =
                service("local", ServiceType.LoadBalancer, ExternalTrafficPolicy.Local, port(80, null, Protocol.TCP));
        services.add(local);

        var nodePorts = NodePorts.allocate(services);

        assertThat(nodePorts.refused(local)).isTrue();
        assertThat(nodePorts.healthCheckNodePort(local)).isNull();
        assertThat(nodePorts.firstRefusal().path()).isEqualTo("services[2767].healthCheckNodePort");
    }

    @Test
    void allocatesNothingForClusterIpServices() {
        var services = new ArrayList<>(loadBalancers(2_768));
        services.add(service("internal", ServiceType.ClusterIP, null, port(80, null, Protocol.TCP)));

        assertThat(NodePorts.allocate(services).firstRefusal()).isNull();
    }

    @Test
    void givesALoadBalancerThatAllocatesNoNodePortsOnlyTheOnesItNames() {
        var bare = unallocated("bare", null, port(80, null, Protocol.TCP));
        var named = unallocated("named", null, port(53, null, Protocol.UDP), port(53, 31000, Protocol.TCP));
        var after = service("after", ServiceType.NodePort, null, port(80, null, Protocol.TCP));

        var nodePorts = NodePorts.allocate(List.of(bare, named, after));

        assertThat(nodePorts.nodePort(bare, 0)).isZero();
        // initNodePorts skips a port without a nodePort before it looks for one of the same number.
        assertThat(nodePorts.nodePort(named, 0)).isZero();
        assertThat(nodePorts.nodePort(named, 1)).isEqualTo(31000);
        assertThat(nodePorts.nodePort(after, 0)).isEqualTo(30000);
    }

    @Test
    void takesNoneOfTheRangeForALoadBalancerThatAllocatesNoNodePortsButItsHealthCheckNodePort() {
        var services = new ArrayList<Service>();
        var local = unallocated("local", ExternalTrafficPolicy.Local, port(80, null, Protocol.TCP));
        services.add(local);
        for (int i = 0; i < 2_767; i++) {
            services.add(service("svc-" + i, ServiceType.NodePort, null, port(80, null, Protocol.TCP)));
        }
        var last = service("last", ServiceType.NodePort, null, port(80, null, Protocol.TCP));
        services.add(last);

        var nodePorts = NodePorts.allocate(services);

        assertThat(nodePorts.healthCheckNodePort(local)).isEqualTo(30000);
        assertThat(nodePorts.refused(local)).isFalse();
        assertThat(nodePorts.nodePort(services.get(2_767), 0)).isEqualTo(32767);
        assertThat(nodePorts.refused(last)).isTrue();
        assertThat(nodePorts.firstRefusal().path()).isEqualTo("services[2768].ports[0].nodePort");
    }

    @Test
    void allocatesForALoadBalancerThatLeavesTheFieldUnsetAsForOneThatSetsItTrue() {
        var unset = service("unset", ServiceType.LoadBalancer, null, port(80, null, Protocol.TCP));
        var setTrue = new Service(
                "true",
                "default",
                ServiceType.LoadBalancer,
                Map.of(),
                List.of(port(80, null, Protocol.TCP)),
                null,
                null,
                true,
                null,
                Map.of());

        var nodePorts = NodePorts.allocate(List.of(unset, setTrue));

        assertThat(nodePorts.nodePort(unset, 0)).isEqualTo(30000);
        assertThat(nodePorts.nodePort(setTrue, 0)).isEqualTo(30001);
    }
}
