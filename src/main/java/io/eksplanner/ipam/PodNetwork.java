package io.eksplanner.ipam;

import io.eksplanner.topology.model.ClusterTopology.Workload;

/** Where a workload's pods get their address on a node (src/docs/reference/vpc-cni.md §3.7). */
enum PodNetwork {
    /** hostNetwork: the node's own IP; a slot but no pod address. */
    HOST,
    /** A security-group pod: a branch ENI of its own on the node's trunk. */
    BRANCH_ENI,
    /** A secondary IP, or an address of a /28 prefix, on one of the node's ENIs. */
    ENI_ADDRESS;

    /** The network of {@code workload}'s pods under {@code cni}. */
    static PodNetwork of(Workload workload, EffectiveCni cni) {
        if (workload.hostNetwork() != null && workload.hostNetwork()) {
            return HOST;
        }
        return cni.podSecurityGroups() && workload.podSecurityGroup() != null && workload.podSecurityGroup()
                ? BRANCH_ENI
                : ENI_ADDRESS;
    }
}
