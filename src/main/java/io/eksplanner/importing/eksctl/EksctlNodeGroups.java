package io.eksplanner.importing.eksctl;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.catalog.MaxPods;
import io.eksplanner.topology.model.AmiFamily;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ClusterConfig's self-managed ({@code nodeGroups}) and managed ({@code managedNodeGroups}) node groups: their
 * instance type, sizes and subnets, with eksctl's defaults, and a choice the planner makes and logs where eksctl
 * leaves it to AWS (which of several instance types launches).
 */
final class EksctlNodeGroups {

    /** eksctl's {@code DefaultNodeType}. */
    static final String DEFAULT_INSTANCE_TYPE = "m5.large";

    /** eksctl's {@code DefaultNodeCount}. */
    static final int DEFAULT_NODE_COUNT = 2;

    private final InstanceTypeCatalog catalog;
    private final EksctlSubnets subnets;
    private final EksctlLog log;

    EksctlNodeGroups(InstanceTypeCatalog catalog, EksctlSubnets subnets, EksctlLog log) {
        this.catalog = catalog;
        this.subnets = subnets;
        this.log = log;
    }

    /** The self-managed groups, then the managed ones, each in document order. */
    List<NodeGroupSpec> read(EksctlFields root) {
        var nodeGroups = new ArrayList<NodeGroupSpec>();
        for (var group : root.list("nodeGroups")) {
            nodeGroups.add(nodeGroup(group, false));
        }
        for (var group : root.list("managedNodeGroups")) {
            nodeGroups.add(nodeGroup(group, true));
        }
        return nodeGroups;
    }

    private NodeGroupSpec nodeGroup(EksctlFields group, boolean managed) {
        group.allowOnly(managed ? ClusterConfigSchema.MANAGED_NODE_GROUP : ClusterConfigSchema.NODE_GROUP);
        var name = group.string("name");
        if (name == null) {
            group.problem("name", "is required");
        }
        var label = group.path() + " (" + name + ")";
        var instanceType = instanceType(group, managed, label);
        var privateNetworking = Boolean.TRUE.equals(group.bool("privateNetworking"));
        var groupSubnets = subnets(group, privateNetworking, label);
        var sizes = sizes(group, managed, label);
        return new NodeGroupSpec(
                name,
                instanceType,
                sizes.desired(),
                sizes.min(),
                sizes.max(),
                groupSubnets,
                managed,
                maxPods(group, managed, label),
                amiFamily(group, managed, label));
    }

    /**
     * {@code maxPodsPerNode}, else a self-managed group's {@code kubeletExtraConfig.maxPods}: eksctl's AL2023 user data
     * (pkg/nodebootstrap/al2023.go, commit 99984adb) starts the kubelet config from kubeletExtraConfig and adds a
     * NodeConfig with maxPodsPerNode after it, so maxPodsPerNode wins when both are set.
     */
    private Integer maxPods(EksctlFields group, boolean managed, String label) {
        var perNode = group.count("maxPodsPerNode");
        var extra = managed ? null : group.object("kubeletExtraConfig");
        var kubelet = extra == null ? null : extra.count("maxPods");
        if (perNode == null && kubelet != null) {
            log.defaulted(label + ".maxPods: " + kubelet + ", from kubeletExtraConfig.maxPods");
            return kubelet;
        }
        if (perNode != null && kubelet != null && !perNode.equals(kubelet)) {
            log.defaulted(label + ".maxPods: " + perNode + " (maxPodsPerNode), which eksctl's user data applies after"
                    + " kubeletExtraConfig.maxPods " + kubelet);
        }
        return perNode;
    }

    /**
     * eksctl's {@code amiFamily}, kept as written; a self-managed group of a family whose bootstrap the planner does
     * not model is logged, since its max pods is then planned as nodeadm's default (src/docs/domain-rules.md §3).
     */
    private String amiFamily(EksctlFields group, boolean managed, String label) {
        var family = group.string("amiFamily");
        if (family == null && !managed) {
            log.defaulted(label + ".amiFamily: eksctl's default " + AmiFamily.DEFAULT_NAME
                    + ", whose nodeadm registers max pods N×(M−1)+2 whatever the CNI mode");
        } else if (family != null && !managed && AmiFamily.of(family) == AmiFamily.NOT_MODELLED) {
            log.defaulted(label + ".amiFamily: " + family + "'s max pods is not modelled (only AmazonLinux2023 and"
                    + " AmazonLinux2 are): the plan assumes nodeadm's N×(M−1)+2; set maxPodsPerNode to what its"
                    + " nodes register");
        }
        return family;
    }

    private record Sizes(Integer desired, Integer min, Integer max) {}

    /** The desired, minimum and maximum sizes, each left out filled in from the others as eksctl does. */
    private Sizes sizes(EksctlFields group, boolean managed, String label) {
        Integer desired = group.count("desiredCapacity");
        Integer min = group.count("minSize");
        Integer max = group.count("maxSize");
        if (desired == null && min == null && max == null && !managed) {
            desired = DEFAULT_NODE_COUNT;
            log.defaulted(label + ".desiredCapacity: eksctl's default " + DEFAULT_NODE_COUNT);
        }
        if (min == null) {
            min = desired != null ? desired : DEFAULT_NODE_COUNT;
            log.defaulted(label + ".minSize: " + min
                    + (desired != null ? ", the desired capacity, as eksctl sets it" : ", eksctl's default"));
        }
        if (max == null) {
            max = desired != null ? desired : min;
            var why = desired != null ? "the desired capacity" : "the minimum size";
            if (max == 0 && managed) {
                // Only managed groups: eksctl's ValidateManagedNodeGroup raises a defaulted maximum of 0 to
                // DefaultMaxSize 1; a self-managed group's ASG (pkg/cfn/builder/nodegroup.go) keeps 0 (commit
                // 99984adb).
                max = 1;
                why = "1, since eksctl turns a maximum of 0 into 1";
            }
            log.defaulted(label + ".maxSize: " + max + ", " + why + ", as eksctl sets it");
        }
        if (desired == null) {
            desired = min;
            log.defaulted(label + ".desiredCapacity: " + desired + ", the minimum size, as eksctl sets it");
        }
        return new Sizes(desired, min, max);
    }

    private String instanceType(EksctlFields group, boolean managed, String label) {
        var single = group.string("instanceType");
        List<String> mixed = null;
        String mixedField = null;
        if (managed) {
            mixed = group.strings("instanceTypes");
            mixedField = "instanceTypes";
        } else {
            var distribution = group.object("instancesDistribution");
            if (distribution != null) {
                mixed = distribution.strings("instanceTypes");
                mixedField = "instancesDistribution.instanceTypes";
            }
        }
        if (single != null && mixed != null && !mixed.isEmpty()) {
            group.problem("instanceType", "cannot be set together with " + mixedField);
            return single;
        }
        if (single != null) {
            return single;
        }
        if (mixed == null || mixed.isEmpty()) {
            log.defaulted(label + ".instanceType: eksctl's default " + DEFAULT_INSTANCE_TYPE);
            return DEFAULT_INSTANCE_TYPE;
        }
        return oneOf(mixed, label);
    }

    /** Of several instance types, the one with the fewest pods per node, so the plan holds whichever launches. */
    private String oneOf(List<String> mixed, String label) {
        var known = mixed.stream()
                .map(catalog::find)
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(MaxPods::published));
        if (known.isEmpty()) {
            log.defaulted(label + ".instanceType: " + mixed.get(0) + ", the first of " + mixed
                    + ", since the catalogue knows none of them");
            return mixed.get(0);
        }
        InstanceType chosen = known.get();
        log.defaulted(label + ".instanceType: " + chosen.name() + " of " + mixed + ", the type with the fewest"
                + " pods per node (" + MaxPods.published(chosen) + "), so the plan holds whichever type AWS"
                + " launches");
        return chosen.name();
    }

    /**
     * The group's subnets by name, as eksctl's {@code AssignSubnets} (pkg/cfn/builder/nodegroup.go, commit 99984adb)
     * picks them: with {@code localZones} (self-managed groups only) the Local Zone subnets of those zones, then those
     * its {@code subnets} name ({@code SelectNodeGroupSubnets}, pkg/vpc/vpc.go); with {@code availabilityZones} the AZ
     * subnets there; with neither, every AZ subnet of the group's side, never a Local Zone's.
     */
    private List<String> subnets(EksctlFields group, boolean privateNetworking, String label) {
        var keys = group.strings("subnets");
        var zones = group.strings("availabilityZones");
        var localZones = group.has("localZones") ? group.strings("localZones") : null;
        if (keys != null && zones != null) {
            group.problem(
                    "subnets",
                    "only one of " + group.path() + ".subnets or " + group.path() + ".availabilityZones should be set");
        }
        if (localZones != null && zones != null) {
            group.problem("localZones", "cannot specify both localZones and availabilityZones");
        }
        if (localZones != null && !localZones.isEmpty()) {
            var names = new ArrayList<String>(byLocalZones(group, localZones, privateNetworking));
            if (keys != null) {
                names.addAll(byKeys(group, keys, privateNetworking, label));
            }
            return names;
        }
        if (keys != null) {
            return byKeys(group, keys, privateNetworking, label);
        }
        if (zones != null) {
            return byZones(group, zones, privateNetworking);
        }
        var type = privateNetworking ? SubnetType.PRIVATE : SubnetType.PUBLIC;
        var names = new ArrayList<String>(
                subnets.ofType(type).values().stream().map(SubnetSpec::name).toList());
        log.defaulted(label + ".subnets: every " + (privateNetworking ? "private" : "public")
                + " subnet of the cluster " + names + ", as eksctl assigns them"
                + (privateNetworking ? " with privateNetworking" : " without privateNetworking"));
        return names;
    }

    private List<String> byKeys(EksctlFields group, List<String> keys, boolean privateNetworking, String label) {
        var names = new ArrayList<String>();
        for (int i = 0; i < keys.size(); i++) {
            var name = subnetFor(keys.get(i), privateNetworking, label);
            if (name == null) {
                group.problem(
                        "subnets[" + i + "]",
                        "\"" + keys.get(i) + "\" is neither a key of vpc.subnets nor a subnet id");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The Local Zone subnets of the group's side in {@code zones}, as eksctl's {@code selectNodeGroupZoneSubnets}
     * (pkg/vpc/vpc.go, commit 99984adb) takes them from {@code LocalZoneSubnets}; a zone without one is an error there.
     */
    private List<String> byLocalZones(EksctlFields group, List<String> zones, boolean privateNetworking) {
        var side = privateNetworking ? SubnetType.PRIVATE : SubnetType.PUBLIC;
        var names = new ArrayList<String>();
        for (int i = 0; i < zones.size(); i++) {
            var subnet = subnets.localOfType(side).get(zones.get(i));
            if (subnet == null) {
                group.problem(
                        "localZones[" + i + "]",
                        "no " + (privateNetworking ? "private" : "public") + " subnet in the local zone " + zones.get(i)
                                + ": it must be one of the cluster's localZones");
            } else {
                names.add(subnet.name());
            }
        }
        return names;
    }

    private List<String> byZones(EksctlFields group, List<String> zones, boolean privateNetworking) {
        var preferred = subnets.ofType(privateNetworking ? SubnetType.PRIVATE : SubnetType.PUBLIC);
        var names = new ArrayList<String>();
        for (int i = 0; i < zones.size(); i++) {
            var zone = zones.get(i);
            var matches = preferred.values().stream()
                    .filter(subnet -> zone.equals(subnet.availabilityZone()))
                    .map(SubnetSpec::name)
                    .toList();
            if (matches.isEmpty()) {
                group.problem(
                        "availabilityZones[" + i + "]",
                        "no " + (privateNetworking ? "private" : "public") + " subnet in zone " + zone);
            }
            names.addAll(matches);
        }
        return names;
    }

    /**
     * The subnet {@code key} names: a key of the group's own type in {@code vpc.subnets}, then of the other type,
     * then a subnet's id; an unknown {@code subnet-} id is added as eksctl would look it up. Null when none fits.
     */
    private String subnetFor(String key, boolean privateNetworking, String label) {
        var type = privateNetworking ? SubnetType.PRIVATE : SubnetType.PUBLIC;
        var other = privateNetworking ? SubnetType.PUBLIC : SubnetType.PRIVATE;
        for (Map<String, SubnetSpec> byKey : List.of(subnets.ofType(type), subnets.ofType(other))) {
            if (byKey.containsKey(key)) {
                return byKey.get(key).name();
            }
        }
        var byId = subnets.withId(key);
        if (byId.isPresent()) {
            return byId.get().name();
        }
        if (!key.startsWith("subnet-")) {
            return null;
        }
        subnets.addById(key, type);
        log.defaulted(label + ".subnets: " + key + " is not in vpc.subnets; eksctl would ask AWS about it, so the"
                + " planner adds a " + type.name().toLowerCase(Locale.ROOT) + " subnet with that id and"
                + " no CIDR or AZ");
        return key;
    }
}
