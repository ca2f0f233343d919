package io.eksplanner.catalog;

/**
 * The max-pods arithmetic of the Amazon VPC CNI and EKS (src/docs/reference/vpc-cni.md §3, src/docs/domain-rules.md
 * §3). N is an instance type's ENIs on the default network card, M its IPv4 addresses per ENI; the "+2" are aws-node
 * and kube-proxy, which use the host network and so take a pod slot but no pod IP. Public: {@code catalog.web}, {@code
 * importing.eksctl}, {@code ipam} and {@code validation.rules} use it.
 */
public final class MaxPods {

    /** EKS's cap for managed node groups on types with at most 30 vCPUs (src/docs/reference/vpc-cni.md §3.2 step 5). */
    public static final int SMALL_INSTANCE_CAP = 110;

    /** EKS's cap for managed node groups on types with more than 30 vCPUs. */
    public static final int LARGE_INSTANCE_CAP = 250;

    /** The vCPU count up to which the small cap applies (the calculator tests {@code > 30}). */
    public static final int CAP_VCPU_THRESHOLD = 30;

    /** The addresses a /28 prefix holds. */
    public static final int IPS_PER_PREFIX = 16;

    private MaxPods() {}

    /** The value AWS publishes in eni-max-pods.txt: N×(M−1)+2, uncapped (src/docs/reference/vpc-cni.md §2, §3.1). */
    public static int published(InstanceType type) {
        return type.maxEnis() * (type.ipv4PerEni() - 1) + 2;
    }

    /**
     * Whether the CNI can delegate prefixes on the type: Nitro or bare metal ({@code IsPrefixDelegationSupported},
     * src/docs/reference/vpc-cni.md §3.5).
     */
    public static boolean prefixDelegationSupported(InstanceType type) {
        return type.nitro() || type.bareMetal();
    }

    /**
     * N×(M−1)×16+2 with prefix delegation, or null where the CNI does not support it (src/docs/reference/vpc-cni.md
     * §3.5).
     */
    public static Integer withPrefixDelegation(InstanceType type) {
        return prefixDelegationSupported(type) ? type.maxEnis() * (type.ipv4PerEni() - 1) * IPS_PER_PREFIX + 2 : null;
    }

    /**
     * (N−1)×(M−1)+2 with custom networking: the primary ENI holds no pod IPs (src/docs/reference/vpc-cni.md §3.2 step
     * 3).
     */
    public static int withCustomNetworking(InstanceType type) {
        return Math.max(0, type.maxEnis() - 1) * (type.ipv4PerEni() - 1) + 2;
    }

    /**
     * EKS's calculator for the CNI mode, before its cap: prefix delegation and custom networking combine as
     * (N−1)×(M−1)×16+2 (src/docs/reference/vpc-cni.md §3.2, §3.5). The calculator multiplies by 16 only where EC2's
     * hypervisor is {@code nitro} (awslabs/amazon-eks-ami templates/al2/runtime/max-pods-calculator.sh:IS_NITRO@0a6d499e),
     * so a bare-metal type without it keeps the secondary-IP formula here, though the CNI delegates prefixes on it.
     */
    public static int forMode(InstanceType type, boolean prefixDelegation, boolean customNetworking) {
        int enis = customNetworking ? Math.max(0, type.maxEnis() - 1) : type.maxEnis();
        int perEni = type.ipv4PerEni() - 1;
        if (prefixDelegation && type.nitro()) {
            perEni *= IPS_PER_PREFIX;
        }
        return enis * perEni + 2;
    }

    /**
     * EKS's cap for a managed node group: min(value, 110) up to 30 vCPUs, min(value, 250) above; null where the
     * vCPUs are unknown, since then the cap cannot be known (src/docs/reference/vpc-cni.md §3.4,
     * src/docs/reference/eks-vpc.md §7).
     */
    public static Integer managedCap(InstanceType type) {
        if (type.vcpus() == null) {
            return null;
        }
        return type.vcpus() > CAP_VCPU_THRESHOLD ? LARGE_INSTANCE_CAP : SMALL_INSTANCE_CAP;
    }

    /** {@code value} under the managed node group cap, or unchanged where the cap is unknown. */
    public static int capForManaged(InstanceType type, int value) {
        var cap = managedCap(type);
        return cap == null ? value : Math.min(value, cap);
    }
}
