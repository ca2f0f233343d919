/**
 * eksctl's {@code ClusterConfig} in and out: {@link io.eksplanner.importing.eksctl.EksctlReader} reads one into a
 * topology's network sections, a class per part of the document — the VPC and endpoint access
 * ({@code EksctlVpc}), the subnets and eksctl's default split of the VPC CIDR ({@code EksctlSubnets}), the managed
 * and self-managed node groups ({@code EksctlNodeGroups}) and the vpc-cni addon's settings ({@code EksctlAddons}) —
 * over typed field access that reports every wrong field at its path ({@code EksctlFields}) and the schema's allowed
 * fields ({@code ClusterConfigSchema}); {@link io.eksplanner.importing.eksctl.EksctlWriter} writes the sections back.
 * Plain Java: no Spring, JPA or servlet types.
 */
package io.eksplanner.importing.eksctl;
