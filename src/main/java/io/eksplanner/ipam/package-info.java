/**
 * The ENI and pod IP planner, plain Java over the immutable topology snapshot (src/docs/domain-rules.md §3,
 * src/docs/reference/vpc-cni.md §3–§6): {@link io.eksplanner.ipam.IpPlanner} runs the phases — {@code NodeLauncher}
 * places nodes in their subnets with their effective max pods, {@code Scheduler} and {@code Spread} put pods on slots,
 * {@code EniAllocator} gives each node its ENIs and addresses up to the CNI's {@code WarmTargets} (with {@code
 * EniSubnets} and {@code TrunkEnis}), {@code SubnetTenants} counts the control plane's and load balancers' ENIs into
 * the {@code SubnetTally}s, and {@code PlanAssembler} makes the {@code NodeLayout} and from it the immutable {@link
 * io.eksplanner.ipam.IpPlan}, which can take other load-balancer ENIs without planning the nodes again. Only the
 * planner, its plans and their value types are public.
 */
package io.eksplanner.ipam;
