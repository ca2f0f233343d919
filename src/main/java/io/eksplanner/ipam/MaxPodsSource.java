package io.eksplanner.ipam;

/**
 * Where a node group's effective max pods comes from (src/docs/domain-rules.md §3): public because {@link
 * IpPlan.NodeGroupPlan} carries it to the web layer, which spells it on the wire. Public: {@code planning.web} uses it.
 */
public enum MaxPodsSource {
    /** The node group's own maxPods. */
    EXPLICIT,
    /** EKS's cap for a managed node group, below the ENI formula (src/docs/reference/vpc-cni.md §3.4). */
    EKS_MANAGED_CAP,
    /**
     * The ENI formula: for the CNI mode on a managed group under EKS's cap; on a self-managed AL2 node, the
     * published N×(M−1)+2 its {@code bootstrap.sh} reads from eni-max-pods.txt whatever the CNI mode.
     */
    ENI_FORMULA,
    /** The ENI formula on a managed group whose type's vCPUs are unknown, so EKS's cap cannot be applied. */
    ENI_FORMULA_VCPUS_UNKNOWN,
    /**
     * What a self-managed AL2023 node's nodeadm registers: N×(M−1)+2 whatever the CNI mode (amazon-eks-ami
     * {@code nodeadm/internal/kubelet/eni_max_pods.go}: {@code CalcMaxPods}, commit 81fec2e8).
     */
    NODEADM_DEFAULT,
    /**
     * A self-managed node of an AMI family the planner does not model (Bottlerocket, Windows, Ubuntu, custom):
     * the plan assumes nodeadm's N×(M−1)+2, which that family's bootstrap may not register.
     */
    AMI_FAMILY_NOT_MODELLED
}
