package io.eksplanner.catalog;

/**
 * An EC2 instance type's network limits, as the Amazon VPC CNI's generated table gives them (see
 * {@code catalog/eni-limits.SOURCE.md}): ENIs on the default network card, IPv4 addresses per ENI, and the facts that
 * decide prefix delegation, trunking and EKS's max-pods cap. {@code branchInterfaces} and {@code vcpus} are null
 * where the sources do not list the type. Public: {@code catalog.web}, {@code importing.eksctl} and {@code ipam} use
 * it.
 */
public record InstanceType(
        String name,
        int maxEnis,
        int ipv4PerEni,
        String hypervisor,
        boolean bareMetal,
        int networkCards,
        Integer branchInterfaces,
        int enisAllCards,
        Integer vcpus) {

    /** The instance family, the part of the name before the dot ({@code m5} of {@code m5.large}). */
    public String family() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Whether the type runs on the Nitro hypervisor. */
    public boolean nitro() {
        return "nitro".equals(hypervisor);
    }
}
