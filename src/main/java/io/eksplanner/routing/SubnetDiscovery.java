package io.eksplanner.routing;

import io.eksplanner.ipam.IpPlan.SubnetUsage;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.model.ZoneName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which subnets a controller puts a load balancer in, one per AZ (src/docs/reference/aws-load-balancers.md §7): the AWS
 * Load Balancer Controller's discovery by role tag and free addresses, and the legacy controller's by subnet kind.
 * Public because the service and alb packages place their load balancers with it.
 */
public final class SubnetDiscovery {

    /** The free addresses the AWS Load Balancer Controller wants in a subnet it discovers (§7). */
    private static final int LB_MINIMUM_FREE_IPS = 8;

    private static final String CLUSTER_TAG = "kubernetes.io/cluster/";

    private static final String CONTROLLER_CLUSTER_PREFIX = "kubernetes.io/cluster";

    private static final String AVAILABILITY_ZONE = "availability-zone";

    private final ClusterTopology topology;
    private final Map<String, Long> freeIps = new HashMap<>();

    SubnetDiscovery(ClusterTopology topology, List<SubnetUsage> usage) {
        this.topology = topology;
        usage.forEach(subnet -> freeIps.put(subnet.name(), subnet.freeIps()));
    }

    /** Why the controller found no subnet for a load balancer of {@code scheme}. */
    public static String noSubnetReason(Scheme scheme) {
        return "unable to resolve at least one subnet (no " + scheme.roleTag() + " subnet with " + LB_MINIMUM_FREE_IPS
                + " free addresses)";
    }

    /**
     * The AWS Load Balancer Controller's subnets: those named (or by id) in {@code explicit}, a comma-separated
     * annotation, at most one per AZ; else per AZ a subnet tagged for the scheme's role (any subnet of the right kind
     * when no subnet has that role's tag) that no other cluster claims and that has {@value #LB_MINIMUM_FREE_IPS} free
     * addresses, this cluster's own first.
     */
    /**
     * @throws Refused when the explicit subnets hold two in one AZ, or the subnets span more than one locale
     */
    public List<Subnet> controllerSubnets(Scheme scheme, String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return oneLocale(named(explicit));
        }
        var role = scheme.roleTag();
        var tagged = topology.subnets().stream()
                .filter(subnet -> {
                    var value = subnet.tags().get(role);
                    return value != null && (value.isEmpty() || value.equals("1"));
                })
                .toList();
        // The reachability fallback is per scheme: no subnet tagged for this scheme's role, whatever other role tags
        // exist (aws-load-balancer-controller v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20,
        // pkg/networking/subnet_resolver.go, ResolveViaDiscovery).
        var candidates = !tagged.isEmpty()
                ? tagged
                : topology.subnets().stream()
                        .filter(subnet -> scheme == Scheme.INTERNAL
                                ? subnet.type() != SubnetType.PUBLIC
                                : subnet.type() == SubnetType.PUBLIC)
                        .toList();
        return oneLocale(onePerZone(
                candidates.stream()
                        .filter(this::eligibleForController)
                        .filter(subnet -> freeIps.getOrDefault(subnet.name(), 0L) >= LB_MINIMUM_FREE_IPS)
                        .toList(),
                Comparator.comparing((Subnet subnet) -> !ownClusterTagged(subnet))
                        .thenComparing(SubnetDiscovery::subnetId)));
    }

    /**
     * The subnets an IngressClassParams {@code subnets.tags} selector chooses: those carrying every key with one of
     * its values (any value when the list is empty), then, as discovery does, not claimed by another cluster, with
     * {@value #LB_MINIMUM_FREE_IPS} free addresses, one per AZ, this cluster's own first (aws-load-balancer-controller
     * v3.5.0, commit 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/networking/subnet_resolver.go}, {@code
     * ResolveViaSelector}, {@code chooseAndValidateSubnetsPerAZ}).
     */
    public List<Subnet> controllerSubnetsByTags(Map<String, List<String>> selector) {
        return oneLocale(onePerZone(
                topology.subnets().stream()
                        .filter(subnet -> selector.entrySet().stream().allMatch(tag -> {
                            var value = subnet.tags().get(tag.getKey());
                            return value != null
                                    && (tag.getValue().isEmpty()
                                            || tag.getValue().contains(value));
                        }))
                        .filter(this::eligibleForController)
                        .filter(subnet -> freeIps.getOrDefault(subnet.name(), 0L) >= LB_MINIMUM_FREE_IPS)
                        .toList(),
                Comparator.comparing((Subnet subnet) -> !ownClusterTagged(subnet))
                        .thenComparing(SubnetDiscovery::subnetId)));
    }

    /**
     * The fewest subnets the AWS Load Balancer Controller accepts for a load balancer of {@code type} in {@code
     * subnets}: 2 for an ALB in Availability Zones, 1 for an NLB and for an ALB in a Local or Wavelength Zone
     * (kubernetes-sigs/aws-load-balancer-controller
     * pkg/networking/subnet_resolver.go:computeSubnetsMinimalCount@5982613953df58f3227301b7121abde6abaa2c20).
     */
    public static int minimumCount(LoadBalancerType type, List<Subnet> subnets) {
        boolean inZones = subnets.stream().allMatch(subnet -> AVAILABILITY_ZONE.equals(locale(subnet)));
        return type == LoadBalancerType.ALB && inZones ? 2 : 1;
    }

    /**
     * The controller's subnets lie in one locale, Availability Zones, Local Zones or Wavelength Zones, or it refuses
     * them (kubernetes-sigs/aws-load-balancer-controller
     * pkg/networking/subnet_resolver.go:validateSubnetsLocaleUniformity@5982613953df58f3227301b7121abde6abaa2c20,
     * applied to discovered and explicit subnets alike).
     *
     * @throws Refused when they span more than one locale
     */
    private static List<Subnet> oneLocale(List<Subnet> subnets) {
        var locales = new TreeSet<String>();
        subnets.forEach(subnet -> locales.add(locale(subnet)));
        if (locales.size() > 1) {
            throw new Refused("subnets in multiple locales: [" + String.join(" ", locales) + "]");
        }
        return subnets;
    }

    /** The controller's locale of a subnet, by its zone's name; a subnet without a known zone counts as an AZ's. */
    private static String locale(Subnet subnet) {
        return ZoneName.parse(subnet.availabilityZone())
                .filter(ZoneName::isLocalOrWavelength)
                .map(zone -> zone.isWavelength() ? "wavelength-zone" : "local-zone")
                .orElse(AVAILABILITY_ZONE);
    }

    private List<Subnet> named(String explicit) {
        var wanted = new HashSet<String>();
        for (String item : explicit.split(",")) {
            if (!item.isBlank()) {
                wanted.add(item.trim());
            }
        }
        var subnets = topology.subnets().stream()
                .filter(subnet -> wanted.contains(subnet.name()) || wanted.contains(subnet.id()))
                .sorted(Comparator.comparing(SubnetDiscovery::subnetId))
                .toList();
        // Explicit subnets: at most one per AZ (subnet_resolver.go, validateSubnetsAZExclusivity).
        var byZone = new TreeMap<String, List<String>>();
        subnets.forEach(
                subnet -> byZone.computeIfAbsent(String.valueOf(subnet.availabilityZone()), zone -> new ArrayList<>())
                        .add(subnetId(subnet)));
        for (var zone : byZone.entrySet()) {
            if (zone.getValue().size() > 1) {
                throw new Refused("multiple subnets in same Availability Zone " + zone.getKey() + ": ["
                        + String.join(" ", zone.getValue()) + "]");
            }
        }
        return subnets;
    }

    /**
     * Subnets the controller refuses, with its message. Public because the service and alb packages turn it into a
     * failed build.
     */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * The legacy controller's subnets: per AZ one with a CIDR that no other cluster claims (a public one for an
     * internet-facing load balancer), preferring the scheme's role tag, then this cluster's own; never one in a Local
     * or Wavelength Zone, whose subnets it drops because only ALBs run there (kubernetes/cloud-provider-aws
     * pkg/providers/v1/aws.go:findELBSubnets@63ec440c3275321b55afa45480e2fdfd2b0e93c4: "take subnets only from zones
     * with `availability-zone` type").
     */
    public List<Subnet> legacySubnets(Scheme scheme) {
        var candidates = topology.subnets().stream()
                .filter(this::notOtherClusters)
                .filter(subnet -> subnet.cidr() != null)
                .filter(subnet -> !ZoneName.isLocalOrWavelength(subnet.availabilityZone()))
                .filter(subnet -> scheme != Scheme.INTERNET_FACING || subnet.type() == SubnetType.PUBLIC)
                .toList();
        var role = scheme.roleTag();
        return onePerZone(
                candidates,
                Comparator.comparing((Subnet subnet) -> !subnet.tags().containsKey(role))
                        .thenComparing(subnet -> !ownClusterTagged(subnet))
                        .thenComparing(SubnetDiscovery::subnetId));
    }

    private static List<Subnet> onePerZone(List<Subnet> candidates, Comparator<Subnet> preference) {
        var byZone = new TreeMap<String, Subnet>();
        for (Subnet subnet : candidates) {
            if (subnet.availabilityZone() == null) {
                continue;
            }
            byZone.merge(
                    subnet.availabilityZone(),
                    subnet,
                    (current, other) -> preference.compare(other, current) < 0 ? other : current);
        }
        return byZone.values().stream()
                .sorted(Comparator.comparing(SubnetDiscovery::subnetId))
                .toList();
    }

    private static String subnetId(Subnet subnet) {
        return subnet.id() != null ? subnet.id() : subnet.name();
    }

    private boolean ownClusterTagged(Subnet subnet) {
        return subnet.tags().containsKey(CLUSTER_TAG + topology.name());
    }

    /**
     * The AWS Load Balancer Controller's cluster-tag check: a subnet with a key starting "kubernetes.io/cluster" (no
     * slash) and without this cluster's own tag is another cluster's (kubernetes-sigs/aws-load-balancer-controller
     * pkg/networking/subnet_resolver.go:isSubnetContainsEligibleClusterTag@5982613953df58f3227301b7121abde6abaa2c20);
     * the legacy provider's prefix ends in a slash ({@link #notOtherClusters}).
     */
    private boolean eligibleForController(Subnet subnet) {
        boolean tagged = subnet.tags().keySet().stream().anyMatch(key -> key.startsWith(CONTROLLER_CLUSTER_PREFIX));
        return !tagged || ownClusterTagged(subnet);
    }

    private boolean notOtherClusters(Subnet subnet) {
        boolean tagged = subnet.tags().keySet().stream().anyMatch(key -> key.startsWith(CLUSTER_TAG));
        return !tagged || ownClusterTagged(subnet);
    }
}
