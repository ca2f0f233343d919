package io.eksplanner.ipam;

/**
 * Where a node group's effective max pods comes from (src/docs/domain-rules.md §3): public because {@link IpPlan.NodeGroupPlan}
 * carries it to the web layer, which spells it on the wire.
 */
public enum MaxPodsSource {
    /** The node group's own maxPods. */
    EXPLICIT,
    /** EKS's cap for a managed node group, below the ENI formula (src/docs/reference/vpc-cni.md §3.4). */
    EKS_MANAGED_CAP,
    /** The ENI formula for the CNI mode, under EKS's cap or on an unmanaged group. */
    ENI_FORMULA,
    /** The ENI formula on a managed group whose type's vCPUs are unknown, so EKS's cap cannot be applied. */
    ENI_FORMULA_VCPUS_UNKNOWN
}
