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
        return new Service(name, "default", type, Map.of("app", name), List.of(ports), policy, null, null, Map.of());
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
}
