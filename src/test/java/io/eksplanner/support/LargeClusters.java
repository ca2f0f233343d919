package io.eksplanner.support;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Cni;
import io.eksplanner.topology.model.ClusterTopology.EndpointAccess;
import io.eksplanner.topology.model.ClusterTopology.NodeGroup;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.ClusterTopology.Vpc;
import io.eksplanner.topology.model.ClusterTopology.Workload;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The large cluster the benchmarks and the diagram tests plan: {@code nodes} m5.xlarge nodes in six node groups, one
 * per private /16 subnet, over three AZs, and workloads of 1,000 replicas that fill {@code podsPerNode} pods a node.
 */
public final class LargeClusters {

    private LargeClusters() {}

    /**
     * The cluster, with prefix delegation on or off; each node group's maxSize is its desired size plus {@code
     * spareNodesPerGroup}, so the plan at maximum size differs from the desired one only when that is not 0.
     */
    public static ClusterTopology of(int nodes, int podsPerNode, boolean prefixDelegation, int spareNodesPerGroup) {
        var zones = List.of("us-west-2a", "us-west-2b", "us-west-2c");
        var blocks = new ArrayList<Ipv4Cidr>();
        var subnets = new ArrayList<Subnet>();
        var groups = new ArrayList<NodeGroup>();
        for (int i = 0; i < 6; i++) {
            var block = Ipv4Cidr.parse("10." + (i + 1) + ".0.0/16");
            blocks.add(block);
            subnets.add(new Subnet(
                    "nodes-" + i,
                    null,
                    block,
                    zones.get(i % 3),
                    SubnetType.PRIVATE,
                    Egress.NAT_GATEWAY,
                    false,
                    Map.of("kubernetes.io/role/internal-elb", "1"),
                    false));
            groups.add(new NodeGroup(
                    "ng-" + i,
                    "m5.xlarge",
                    nodes / 6,
                    0,
                    nodes / 6 + spareNodesPerGroup,
                    List.of("nodes-" + i),
                    true,
                    null,
                    null));
        }
        var workloads = new ArrayList<Workload>();
        int replicas = 1000;
        for (int i = 0; i < nodes * podsPerNode / replicas; i++) {
            workloads.add(new Workload(
                    "app-" + i,
                    "ns-" + (i % 20),
                    null,
                    replicas,
                    Map.of("app", "app-" + i),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null));
        }
        return new ClusterTopology(
                "bench",
                "us-west-2",
                "1.33",
                new Vpc(blocks, true, true, List.of(), null),
                null,
                new EndpointAccess(true, true, List.of()),
                List.of(),
                new Cni(prefixDelegation, null, null, null, null, null, null, null),
                null,
                subnets,
                groups,
                workloads,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null);
    }
}
