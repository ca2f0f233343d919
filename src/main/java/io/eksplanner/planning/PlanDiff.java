package io.eksplanner.planning;

import io.eksplanner.ipam.IpPlan;
import io.eksplanner.routing.LoadBalancerPlan;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a change to a topology does to its plan: the findings it adds and resolves, each subnet's free addresses and
 * headroom at desired and at maximum size before and after, each node group's max pods and capacity, and the load
 * balancers added, removed or changed. Findings are matched by code and path with list items named ({@code
 * subnets[private-a].cidr}), so reordering a list adds and resolves nothing. Public: {@code cli} and {@code
 * planning.web} report it.
 */
public record PlanDiff(
        List<Finding> added,
        List<Finding> resolved,
        List<SubnetChange> subnets,
        List<NodeGroupChange> nodeGroups,
        List<LoadBalancerChange> loadBalancers) {

    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

    /** A subnet before and after; a side is null where the subnet does not exist. */
    public record SubnetChange(String name, SubnetState before, SubnetState after) {}

    /** A subnet's addresses in one state. */
    public record SubnetState(
            String cidr,
            long freeAtDesired,
            long freeAtMax,
            boolean exhaustedAtDesired,
            boolean exhaustedAtMax,
            List<IpPlan.Headroom> headroomAtDesired,
            List<IpPlan.Headroom> headroomAtMax) {}

    /** A node group before and after; a side is null where the group does not exist. */
    public record NodeGroupChange(String name, NodeGroupState before, NodeGroupState after) {}

    /** A node group in one state: its instance type, nodes at desired and at max size, max pods, pod addresses. */
    public record NodeGroupState(
            String instanceType, int nodesAtDesired, int nodesAtMax, Integer maxPods, Integer podAddressCapacity) {}

    /** A load balancer added (no before), removed (no after) or changed. */
    public record LoadBalancerChange(String id, LoadBalancerState before, LoadBalancerState after) {}

    /** What a load balancer is: type, scheme, target type and listeners ({@code HTTPS:443}). */
    public record LoadBalancerState(String type, String scheme, String targetType, List<String> listeners) {}

    /** The difference from {@code base} to {@code head}. */
    public static PlanDiff between(ClusterPlan base, ClusterPlan head) {
        var baseFindings = keyed(base);
        var headFindings = keyed(head);
        var added = new ArrayList<Finding>();
        headFindings.forEach((key, finding) -> {
            if (!baseFindings.containsKey(key)) {
                added.add(finding);
            }
        });
        var resolved = new ArrayList<Finding>();
        baseFindings.forEach((key, finding) -> {
            if (!headFindings.containsKey(key)) {
                resolved.add(finding);
            }
        });
        return new PlanDiff(
                List.copyOf(added),
                List.copyOf(resolved),
                changes(subnets(base), subnets(head), SubnetChange::new),
                changes(nodeGroups(base), nodeGroups(head), NodeGroupChange::new),
                changes(loadBalancers(base), loadBalancers(head), LoadBalancerChange::new).stream()
                        .filter(change ->
                                change.before() == null || !change.before().equals(change.after()))
                        .toList());
    }

    /** A finding's identity across two states: its code and its path with the list item named. */
    public static String key(Finding finding, ClusterTopology topology) {
        return finding.code() + " " + stablePath(finding.path(), topology);
    }

    /** {@code path} with its leading list index replaced by the item's name, when the item has one. */
    public static String stablePath(String path, ClusterTopology topology) {
        var matcher = INDEXED.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return path;
        }
        int index = Integer.parseInt(matcher.group(2));
        String name = switch (matcher.group(1)) {
            case "subnets" -> nameAt(topology.subnets(), index, ClusterTopology.Subnet::name);
            case "nodeGroups" -> nameAt(topology.nodeGroups(), index, ClusterTopology.NodeGroup::name);
            case "workloads" ->
                nameAt(topology.workloads(), index, w -> w.kind() + "/" + w.namespace() + "/" + w.name());
            case "services" -> nameAt(topology.services(), index, s -> s.namespace() + "/" + s.name());
            case "ingresses" -> nameAt(topology.ingresses(), index, i -> i.namespace() + "/" + i.name());
            case "ingressClasses" -> nameAt(topology.ingressClasses(), index, ClusterTopology.IngressClass::name);
            default -> null;
        };
        return name == null ? path : matcher.group(1) + "[" + name + "]" + matcher.group(3);
    }

    private static <T> String nameAt(List<T> items, int index, Function<T, String> name) {
        return items != null && index < items.size() ? name.apply(items.get(index)) : null;
    }

    private static Map<String, Finding> keyed(ClusterPlan plan) {
        var keyed = new LinkedHashMap<String, Finding>();
        plan.validation().findings().forEach(finding -> keyed.putIfAbsent(key(finding, plan.topology()), finding));
        return keyed;
    }

    private static Map<String, SubnetState> subnets(ClusterPlan plan) {
        var states = new LinkedHashMap<String, SubnetState>();
        var max = plan.ipPlans().max();
        for (IpPlan.SubnetUsage desired : plan.ipPlans().desired().subnets()) {
            var atMax = max.subnets().stream()
                    .filter(subnet -> subnet.name().equals(desired.name()))
                    .findFirst()
                    .orElse(desired);
            states.put(
                    desired.name(),
                    new SubnetState(
                            desired.cidr(),
                            desired.freeIps(),
                            atMax.freeIps(),
                            desired.exhausted(),
                            atMax.exhausted(),
                            desired.headroom(),
                            atMax.headroom()));
        }
        return states;
    }

    private static Map<String, NodeGroupState> nodeGroups(ClusterPlan plan) {
        var states = new LinkedHashMap<String, NodeGroupState>();
        var max = plan.ipPlans().max();
        for (IpPlan.NodeGroupPlan desired : plan.ipPlans().desired().nodeGroups()) {
            int nodesAtMax = max.nodeGroups().stream()
                    .filter(group -> group.name().equals(desired.name()))
                    .mapToInt(IpPlan.NodeGroupPlan::nodes)
                    .findFirst()
                    .orElse(desired.nodes());
            states.put(
                    desired.name(),
                    new NodeGroupState(
                            desired.instanceType(),
                            desired.nodes(),
                            nodesAtMax,
                            desired.maxPods(),
                            desired.podAddressCapacity()));
        }
        return states;
    }

    private static Map<String, LoadBalancerState> loadBalancers(ClusterPlan plan) {
        var states = new LinkedHashMap<String, LoadBalancerState>();
        for (LoadBalancerPlan loadBalancer : plan.loadBalancers()) {
            states.put(
                    loadBalancer.id(),
                    new LoadBalancerState(
                            loadBalancer.type() == null
                                    ? null
                                    : loadBalancer.type().name(),
                            loadBalancer.scheme() == null
                                    ? null
                                    : loadBalancer.scheme().toString(),
                            loadBalancer.targetType() == null
                                    ? null
                                    : loadBalancer.targetType().toString(),
                            loadBalancer.listeners().stream()
                                    .map(listener -> listener.protocol() + ":" + listener.port())
                                    .toList()));
        }
        return states;
    }

    private interface Change<S, C> {
        C of(String name, S before, S after);
    }

    private static <S, C> List<C> changes(Map<String, S> before, Map<String, S> after, Change<S, C> change) {
        var names = new LinkedHashSet<String>(before.keySet());
        names.addAll(after.keySet());
        var changes = new ArrayList<C>();
        names.forEach(name -> changes.add(change.of(name, before.get(name), after.get(name))));
        return List.copyOf(changes);
    }
}
