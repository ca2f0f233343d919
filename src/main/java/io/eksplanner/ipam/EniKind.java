package io.eksplanner.ipam;

/**
 * What an ENI of a node is for (src/docs/reference/vpc-cni.md §3.7, §4): public because {@link IpPlan.EniPlan} carries
 * it to the web layer, which spells it on the wire. Public: {@code planning.web} uses it.
 */
public enum EniKind {
    /** ENI 0, the node's own: its primary address is the node's IP. */
    PRIMARY,
    /** An ENI the CNI attaches for pod addresses (secondary IPs or /28 prefixes). */
    SECONDARY,
    /** The trunk ENI of security groups for pods, parent of the branch ENIs. */
    TRUNK,
    /** A branch ENI on the trunk: one security-group pod, one address. */
    BRANCH
}
