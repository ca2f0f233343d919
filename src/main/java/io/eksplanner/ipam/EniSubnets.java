package io.eksplanner.ipam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The subnet a node's new ENI goes to (src/docs/reference/vpc-cni.md §4.4): with custom networking, the ENIConfig pod
 * subnet of the node's AZ; otherwise the node's own subnet, or with subnet discovery a same-AZ subnet tagged for the
 * CNI that has more free addresses.
 */
final class EniSubnets {

    static final String CNI_ROLE_TAG = "kubernetes.io/role/cni";

    static final String CLUSTER_TAG_PREFIX = "kubernetes.io/cluster/";

    private final EffectiveCni cni;
    private final List<SubnetSpace> spaces;
    private final String clusterName;

    EniSubnets(EffectiveCni cni, List<SubnetSpace> spaces, String clusterName) {
        this.cni = cni;
        this.spaces = spaces;
        this.clusterName = clusterName;
    }

    /** The ENIConfig pod subnet of the AZ: the first podSubnet there, or null where there is none. */
    SubnetSpace podSubnet(String zone) {
        for (SubnetSpace space : spaces) {
            if (space.subnet.isPodSubnet() && Objects.equals(space.subnet.availabilityZone(), zone)) {
                return space;
            }
        }
        return null;
    }

    /** Why pods of the AZ get no address with custom networking when it has no pod subnet. */
    static String noPodSubnetReason(String zone) {
        return "no ENIConfig pod subnet (podSubnet) in " + zone;
    }

    /**
     * The subnets a new ENI may go to, in the order ipamd tries them: with subnet discovery, the node's own subnet
     * (unless tagged cni=0) and the subnets of its AZ tagged kubernetes.io/role/cni (not 0) that carry no cluster tag
     * or one for this cluster, most free addresses first ({@code GetVpcSubnets} sorts by {@code
     * AvailableIpAddressCount}, stably), and {@code createENI} goes on to the next one when EC2 refuses the ENI in one;
     * without discovery, the node's subnet unless tagged cni=0. Empty when no subnet may take the ENI, as ipamd then
     * fails to create it (amazon-vpc-cni-k8s v1.23.1, b5218838, {@code pkg/awsutils/awsutils.go}: {@code createENI},
     * {@code isSubnetValidForENICreation}; src/docs/reference/vpc-cni.md §4.4).
     */
    List<SubnetSpace> forNewEni(PlannedNode node) {
        var candidates = new ArrayList<SubnetSpace>();
        if (!excluded(node.space)) {
            candidates.add(node.space);
        }
        if (!cni.subnetDiscovery()) {
            return candidates;
        }
        for (SubnetSpace space : spaces) {
            var role = space.subnet.tags().get(CNI_ROLE_TAG);
            if (space != node.space
                    && role != null
                    && !"0".equals(role)
                    && Objects.equals(space.subnet.availabilityZone(), node.zone())
                    && forThisCluster(space)) {
                candidates.add(space);
            }
        }
        candidates.sort(Comparator.comparingLong(SubnetSpace::free).reversed());
        return candidates;
    }

    /**
     * Whether the node's primary ENI is kept out of pod IP allocation: with subnet discovery, ipamd's {@code setupENI}
     * checks every ENI it sets up, the primary included, with {@code excludedENIBasedOnSubnetTags}, and a subnet
     * tagged {@code kubernetes.io/role/cni=0} marks it excluded (amazon-vpc-cni-k8s v1.23.1, b5218838,
     * {@code pkg/ipamd/ipamd.go}; src/docs/reference/vpc-cni.md §4.4, Corrections 4).
     */
    boolean primaryExcluded(PlannedNode node) {
        return cni.subnetDiscovery() && excluded(node.space);
    }

    /**
     * {@code IsSubnetExcluded}: a subnet tagged kubernetes.io/role/cni=0, or tagged kubernetes.io/role/cni with
     * another value and kubernetes.io/cluster/* tags none of which is this cluster's; ipamd's {@code createENI} then
     * puts no ENI there, not even in the node's own subnet, and {@code setupENI} excludes the ENIs it has there from pod
     * IPs (amazon-vpc-cni-k8s v1.23.1, b5218838, {@code pkg/awsutils/awsutils.go}: {@code IsSubnetExcluded}, {@code
     * isSubnetValidForENICreation}).
     */
    private boolean excluded(SubnetSpace space) {
        var role = space.subnet.tags().get(CNI_ROLE_TAG);
        return "0".equals(role) || (role != null && !forThisCluster(space));
    }

    /** Why {@link #forNewEni} found no subnet for the node's new ENI. */
    String noSubnetReason(PlannedNode node) {
        var role = node.space.subnet.tags().get(CNI_ROLE_TAG);
        return "no subnet may take a new ENI: " + node.space.name() + " is tagged " + CNI_ROLE_TAG
                + ("0".equals(role) ? "=0" : " with only other clusters' " + CLUSTER_TAG_PREFIX + "* tags")
                + (cni.subnetDiscovery()
                        ? " and no other subnet of " + node.zone() + " is tagged for the CNI"
                        : " and subnet discovery is off");
    }

    /** Whether a subnet carries no kubernetes.io/cluster/* tag, or one for this cluster. */
    private boolean forThisCluster(SubnetSpace space) {
        var tags = space.subnet.tags().keySet();
        return tags.contains(CLUSTER_TAG_PREFIX + clusterName)
                || tags.stream().noneMatch(key -> key.startsWith(CLUSTER_TAG_PREFIX));
    }
}
