package io.eksplanner.catalog.web;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.MaxPods;
import io.swagger.v3.oas.annotations.media.Schema;

/** One instance type of the catalogue: its network limits and the max-pods figures they give. */
@Schema(
        name = "InstanceType",
        description = "An EC2 instance type's network limits (from the Amazon VPC CNI's generated table) and its max"
                + " pods. N is maxEnis, M is ipv4PerEni.")
record InstanceTypeResponse(
        @Schema(description = "the EC2 instance type", example = "m5.large")
        String name,

        @Schema(description = "default vCPUs (EC2 DefaultVCpus); null where no source lists the type", example = "2")
        Integer vcpus,

        @Schema(description = "N: the ENIs the CNI uses, on the default network card only", example = "3")
        int maxEnis,

        @Schema(description = "M: IPv4 addresses per ENI, its primary address included", example = "10")
        int ipv4PerEni,

        @Schema(description = "the EC2 hypervisor: nitro, xen or unknown (common for bare metal)", example = "nitro")
        String hypervisor,

        @Schema(description = "whether the hypervisor is Nitro")
        boolean nitro,

        @Schema(description = "whether the type is bare metal")
        boolean bareMetal,

        @Schema(description = "how many network cards the type has", example = "1")
        int networkCards,

        @Schema(
                description = "branch ENIs for security groups for pods; 0 where the type cannot trunk, null where"
                        + " the VPC resource controller does not list the type",
                example = "9")
        Integer branchInterfaces,

        @Schema(description = "N×(M−1)+2, uncapped, as AWS publishes it in eni-max-pods.txt", example = "29")
        int maxPods,

        @Schema(
                description = "maxPods under the cap EKS injects for a managed node group: min(maxPods, 110) with at"
                        + " most 30 vCPUs, min(maxPods, 250) above; the uncapped maxPods where vcpus is null, since"
                        + " the cap cannot be known then",
                example = "29")
        int maxPodsManagedNodeGroup,

        @Schema(
                description = "N×(M−1)×16+2 with prefix delegation (a /28 in each slot), uncapped; null where the CNI"
                        + " does not support prefix delegation (neither Nitro nor bare metal)",
                example = "434")
        Integer maxPodsPrefixDelegation,

        @Schema(
                description =
                        "(N−1)×(M−1)+2 with custom networking, where the primary ENI holds no pod IPs;" + " uncapped",
                example = "20")
        int maxPodsCustomNetworking) {

    static InstanceTypeResponse of(InstanceType type) {
        int published = MaxPods.published(type);
        return new InstanceTypeResponse(
                type.name(),
                type.vcpus(),
                type.maxEnis(),
                type.ipv4PerEni(),
                type.hypervisor(),
                type.nitro(),
                type.bareMetal(),
                type.networkCards(),
                type.branchInterfaces(),
                published,
                MaxPods.capForManaged(type, published),
                MaxPods.withPrefixDelegation(type),
                MaxPods.withCustomNetworking(type));
    }
}
