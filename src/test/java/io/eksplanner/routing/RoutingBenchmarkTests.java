package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.routing.planner.LoadBalancerPlanner;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.EndpointAccess;
import io.eksplanner.topology.model.ClusterTopology.Ingress;
import io.eksplanner.topology.model.ClusterTopology.IngressPath;
import io.eksplanner.topology.model.ClusterTopology.IngressRule;
import io.eksplanner.topology.model.ClusterTopology.LoadBalancing;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.PortRef;
import io.eksplanner.topology.model.ClusterTopology.Service;
import io.eksplanner.topology.model.ClusterTopology.ServicePort;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ClusterTopology.Vpc;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.validation.Topologies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: 200 LoadBalancer Services and 100 Ingresses over 5,000 nodes × 30 pods, printing
 * the median time to work out every load balancer (the IP plan it reads is made once, outside the measurement).
 */
class RoutingBenchmarkTests {

    static ClusterTopology cluster() {
        var zones = List.of("us-west-2a", "us-west-2b", "us-west-2c");
        var blocks = new ArrayList<Ipv4Cidr>();
        var subnets = new ArrayList<Subnet>();
        var groups = new ArrayList<NodeGroup>();
        // Three public subnets for internet-facing load balancers, six private ones for 833 nodes each.
        for (int i = 0; i < 9; i++) {
            var block = Ipv4Cidr.parse("10." + (i + 1) + ".0.0/16");
            blocks.add(block);
            boolean isPublic = i < 3;
            subnets.add(new Subnet(
                    "subnet-" + i,
                    null,
                    block,
                    zones.get(i % 3),
                    isPublic ? SubnetType.PUBLIC : SubnetType.PRIVATE,
                    isPublic ? Egress.INTERNET_GATEWAY : Egress.NAT_GATEWAY,
                    isPublic,
                    Map.of(isPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb", "1"),
                    false));
            if (!isPublic) {
                groups.add(
                        new NodeGroup("ng-" + i, "m5.xlarge", 833, 0, 833, List.of("subnet-" + i), true, null, null));
            }
        }
        var workloads = new ArrayList<Workload>();
        var services = new ArrayList<Service>();
        var ingresses = new ArrayList<Ingress>();
        for (int i = 0; i < 300; i++) {
            workloads.add(new Workload(
                    "app-" + i,
                    "default",
                    null,
                    500,
                    Map.of("app", "app-" + i),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null));
            boolean loadBalancer = i < 200;
            var annotations = i % 2 == 0
                    ? Map.of("service.beta.kubernetes.io/aws-load-balancer-type", "nlb-ip")
                    : Map.<String, String>of();
            services.add(new Service(
                    "app-" + i,
                    "default",
                    loadBalancer ? ServiceType.LoadBalancer : ServiceType.NodePort,
                    Map.of("app", "app-" + i),
                    List.of(new ServicePort("http", 80, new PortRef(8080, null), null, null)),
                    i % 3 == 0 ? ExternalTrafficPolicy.Local : ExternalTrafficPolicy.Cluster,
                    null,
                    null,
                    null,
                    annotations));
            if (!loadBalancer) {
                ingresses.add(new Ingress(
                        "web-" + i,
                        "default",
                        "alb",
                        Map.of("alb.ingress.kubernetes.io/scheme", "internet-facing"),
                        List.of(new IngressRule(
                                "app-" + i + ".example.com",
                                List.of(new IngressPath("/", PathType.Prefix, "app-" + i, new PortRef(80, null))))),
                        null,
                        null));
            }
        }
        return new ClusterTopology(
                "bench",
                "us-west-2",
                "1.33",
                new Vpc(blocks, true, true, List.of(), null),
                null,
                new EndpointAccess(true, true, List.of()),
                List.of(),
                null,
                new LoadBalancing(LoadBalancerController.AWS_LOAD_BALANCER_CONTROLLER, true),
                subnets,
                groups,
                workloads,
                services,
                ingresses,
                List.of(),
                null,
                null,
                null);
    }

    @Test
    void printsTheTimeToSimulateEveryLoadBalancerOfALargeCluster() {
        var topology = cluster();
        var ipPlan = new IpPlanner(Topologies.CATALOG).plan(topology, Scenario.DESIRED);
        var planner = new LoadBalancerPlanner();
        for (int i = 0; i < 3; i++) {
            planner.plan(topology, ipPlan);
        }
        int runs = 7;
        long[] nanos = new long[runs];
        List<LoadBalancerPlan> plans = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            plans = planner.plan(topology, ipPlan);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long targets = plans.stream()
                .flatMap(plan -> plan.targetGroups().stream())
                .mapToLong(group -> group.targets().size())
                .sum();

        System.out.printf(
                "routing benchmark: 200 LoadBalancer Services and 100 Ingresses over %d nodes and %d pods: median %.0f"
                        + " ms over %d runs (%d load balancers, %d targets)%n",
                ipPlan.totals().nodes(), ipPlan.totals().pods(), nanos[runs / 2] / 1e6, runs, plans.size(), targets);
        assertThat(plans).hasSize(300);
        assertThat(plans.stream().filter(plan -> plan.type() != null)).hasSizeGreaterThanOrEqualTo(200);
        assertThat(targets).isPositive();
    }
}
