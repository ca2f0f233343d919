package io.eksplanner.importing.eksctl;

import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.OutpostSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a topology's network sections as an eksctl {@code ClusterConfig} ({@code eksctl.io/v1alpha5}) that
 * {@link EksctlReader} reads back into the same sections.
 *
 * <p>Carried: {@code name}, {@code region}, {@code kubernetesVersion} ({@code metadata}); the primary VPC CIDR
 * ({@code vpc.cidr}); subnets ({@code vpc.subnets.public|private}, keyed by AZ when the name is eksctl-style
 * {@code public-<az letter>}, else by the name as an alias with {@code az}; {@code cidr} and {@code id}); private
 * subnets' egress as {@code vpc.nat.gateway} ({@code Single}, or {@code Disable} when none has a NAT gateway); endpoint
 * access ({@code vpc.clusterEndpoints}, {@code vpc.publicAccessCIDRs}); {@code serviceIpv4Cidr}
 * ({@code kubernetesNetworkConfig.serviceIPv4CIDR}) and {@code ipFamily}; the existing VPC's {@code vpc.id}; the
 * {@code outpost} block; control-plane subnets (as {@code vpc.controlPlaneSubnetIDs} when
 * they all have ids, or {@code controlPlaneOnPrivateSubnets} when they are exactly the private subnets); node groups
 * ({@code managedNodeGroups} or {@code nodeGroups} by {@code managed}, with type, sizes, subnet keys,
 * {@code privateNetworking} when every subnet is private, {@code maxPodsPerNode}); CNI settings (the {@code vpc-cni}
 * addon's {@code configurationValues.env}).
 *
 * <p>Lost: secondary VPC CIDR blocks, DNS attributes and VPC endpoints (eksctl decides them); subnet tags beyond the
 * role tags, {@code mapPublicIpOnLaunch}, per-subnet egress, {@code podSubnet}; a node group mixing public and private
 * subnets (written with {@code privateNetworking} false); the order of managed against unmanaged node groups; load
 * balancing, workloads, Services and Ingresses. See {@code src/docs/import-mapping-eksctl.md}.
 *
 * <p>Public because the export endpoint in {@code io.eksplanner.importing.web} writes with it.
 */
public final class EksctlWriter {

    /** The ClusterConfig for {@code topology} as YAML. */
    public String write(TopologyDocument topology) {
        var root = new LinkedHashMap<String, Object>();
        root.put("apiVersion", EksctlReader.API_VERSION);
        root.put("kind", EksctlReader.KIND);
        var metadata = new LinkedHashMap<String, Object>();
        putIfPresent(metadata, "name", topology.name());
        putIfPresent(metadata, "region", topology.region());
        putIfPresent(metadata, "version", topology.kubernetesVersion());
        root.put("metadata", metadata);
        var network = new LinkedHashMap<String, Object>();
        putIfPresent(network, "ipFamily", topology.ipFamily());
        putIfPresent(network, "serviceIPv4CIDR", topology.serviceIpv4Cidr());
        if (!network.isEmpty()) {
            root.put("kubernetesNetworkConfig", network);
        }
        var subnets = list(topology.subnets());
        var keys = subnetKeys(subnets, topology.region());
        root.put("vpc", vpc(topology, subnets, keys));
        putOutpost(root, topology.outpost());
        putNodeGroups(root, list(topology.nodeGroups()), subnets, keys);
        putCniAddon(root, cniEnv(topology.cni()));
        var settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .build();
        return new Dump(settings).dumpToString(root);
    }

    private static void putNodeGroups(
            Map<String, Object> root,
            List<NodeGroupSpec> groups,
            List<SubnetSpec> subnets,
            Map<SubnetSpec, String> keys) {
        var unmanaged = new ArrayList<Object>();
        var managed = new ArrayList<Object>();
        for (var group : groups) {
            (Boolean.TRUE.equals(group.managed()) ? managed : unmanaged).add(nodeGroup(group, subnets, keys));
        }
        if (!unmanaged.isEmpty()) {
            root.put("nodeGroups", unmanaged);
        }
        if (!managed.isEmpty()) {
            root.put("managedNodeGroups", managed);
        }
    }

    /** eksctl's {@code outpost} block (pkg/apis/eksctl.io/v1alpha5/types.go {@code Outpost}, commit 99984adb). */
    private static void putOutpost(Map<String, Object> root, OutpostSpec outpost) {
        if (outpost == null) {
            return;
        }
        var block = new LinkedHashMap<String, Object>();
        block.put("controlPlaneOutpostARN", outpost.controlPlaneOutpostArn());
        putIfPresent(block, "controlPlaneInstanceType", outpost.controlPlaneInstanceType());
        if (outpost.controlPlanePlacementGroup() != null) {
            block.put("controlPlanePlacement", Map.of("groupName", outpost.controlPlanePlacementGroup()));
        }
        root.put("outpost", block);
    }

    private static void putCniAddon(Map<String, Object> root, Map<String, String> env) {
        if (env.isEmpty()) {
            return;
        }
        // The values are "true", "false" or digits, so they need no JSON escaping.
        var json = new StringJoiner(", ", "{\"env\": {", "}}");
        env.forEach((key, value) -> json.add("\"" + key + "\": \"" + value + "\""));
        var addon = new LinkedHashMap<String, Object>();
        addon.put("name", EksctlAddons.VPC_CNI);
        addon.put("configurationValues", json.toString());
        root.put("addons", List.of(addon));
    }

    private static Map<String, Object> vpc(
            TopologyDocument topology, List<SubnetSpec> subnets, Map<SubnetSpec, String> keys) {
        var vpc = new LinkedHashMap<String, Object>();
        if (topology.vpc() != null) {
            putIfPresent(vpc, "id", topology.vpc().id());
        }
        if (topology.vpc() != null
                && topology.vpc().cidrBlocks() != null
                && !topology.vpc().cidrBlocks().isEmpty()) {
            vpc.put("cidr", topology.vpc().cidrBlocks().get(0));
        }
        var privateSubnets = subnets.stream().filter(EksctlWriter::isPrivate).toList();
        if (!privateSubnets.isEmpty()) {
            boolean anyNat = privateSubnets.stream().anyMatch(subnet -> subnet.egress() == Egress.NAT_GATEWAY);
            vpc.put("nat", Map.of("gateway", anyNat ? "Single" : "Disable"));
        }
        putEndpointAccess(vpc, topology.endpointAccess());
        putControlPlane(vpc, list(topology.controlPlaneSubnets()), subnets, privateSubnets);
        var byType = new LinkedHashMap<String, Object>();
        for (var type : List.of("public", "private")) {
            var byKey = new LinkedHashMap<String, Object>();
            for (var subnet : subnets) {
                if (isPrivate(subnet) == type.equals("private")) {
                    byKey.put(keys.get(subnet), subnetSpec(subnet, keys.get(subnet)));
                }
            }
            if (!byKey.isEmpty()) {
                byType.put(type, byKey);
            }
        }
        if (!byType.isEmpty()) {
            vpc.put("subnets", byType);
        }
        return vpc;
    }

    private static void putEndpointAccess(Map<String, Object> vpc, EndpointAccessSpec access) {
        if (access == null) {
            return;
        }
        var endpoints = new LinkedHashMap<String, Object>();
        putIfPresent(endpoints, "publicAccess", access.publicAccess());
        putIfPresent(endpoints, "privateAccess", access.privateAccess());
        if (!endpoints.isEmpty()) {
            vpc.put("clusterEndpoints", endpoints);
        }
        if (access.publicAccessCidrs() != null && !access.publicAccessCidrs().isEmpty()) {
            vpc.put("publicAccessCIDRs", access.publicAccessCidrs());
        }
    }

    /** By id when every control-plane subnet has one, else as the private subnets when they are exactly those. */
    private static void putControlPlane(
            Map<String, Object> vpc, List<String> controlPlane, List<SubnetSpec> subnets, List<SubnetSpec> privates) {
        if (controlPlane.isEmpty()) {
            return;
        }
        var chosen = subnets.stream()
                .filter(subnet -> controlPlane.contains(subnet.name()))
                .toList();
        if (chosen.size() == controlPlane.size() && chosen.stream().allMatch(subnet -> subnet.id() != null)) {
            vpc.put(
                    "controlPlaneSubnetIDs",
                    controlPlane.stream()
                            .map(name -> named(chosen, name).orElseThrow().id())
                            .toList());
        } else if (chosen.equals(privates)) {
            vpc.put("controlPlaneOnPrivateSubnets", true);
        }
    }

    private static Map<String, Object> subnetSpec(SubnetSpec subnet, String key) {
        var spec = new LinkedHashMap<String, Object>();
        if (subnet.availabilityZone() != null && !subnet.availabilityZone().equals(key)) {
            spec.put("az", subnet.availabilityZone());
        }
        putIfPresent(spec, "cidr", subnet.cidr());
        putIfPresent(spec, "id", subnet.id());
        return spec;
    }

    /** Keys by AZ where the reader would name the subnet as it is named, else by the subnet's own name. */
    private static Map<SubnetSpec, String> subnetKeys(List<SubnetSpec> subnets, String region) {
        var keys = new LinkedHashMap<SubnetSpec, String>();
        for (var subnet : subnets) {
            var zone = subnet.availabilityZone();
            var type = isPrivate(subnet) ? SubnetType.PRIVATE : SubnetType.PUBLIC;
            boolean byZone = zone != null && subnet.name().equals(EksctlSubnets.defaultSubnetName(type, zone, region));
            keys.put(subnet, byZone ? zone : subnet.name());
        }
        return keys;
    }

    private static Map<String, Object> nodeGroup(
            NodeGroupSpec group, List<SubnetSpec> subnets, Map<SubnetSpec, String> keys) {
        var spec = new LinkedHashMap<String, Object>();
        spec.put("name", group.name());
        putIfPresent(spec, "amiFamily", group.amiFamily());
        putIfPresent(spec, "instanceType", group.instanceType());
        putIfPresent(spec, "desiredCapacity", group.desiredSize());
        putIfPresent(spec, "minSize", group.minSize());
        putIfPresent(spec, "maxSize", group.maxSize());
        var chosen = list(group.subnets()).stream()
                .map(name -> named(subnets, name).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        if (!chosen.isEmpty()) {
            spec.put("subnets", chosen.stream().map(keys::get).toList());
            if (chosen.stream().allMatch(EksctlWriter::isPrivate)) {
                spec.put("privateNetworking", true);
            }
        }
        putIfPresent(spec, "maxPodsPerNode", group.maxPods());
        return spec;
    }

    private static Map<String, String> cniEnv(CniSpec cni) {
        var env = new LinkedHashMap<String, String>();
        if (cni == null) {
            return env;
        }
        putText(env, "ENABLE_PREFIX_DELEGATION", cni.prefixDelegation());
        putText(env, "WARM_ENI_TARGET", cni.warmEniTarget());
        putText(env, "WARM_IP_TARGET", cni.warmIpTarget());
        putText(env, "MINIMUM_IP_TARGET", cni.minimumIpTarget());
        putText(env, "WARM_PREFIX_TARGET", cni.warmPrefixTarget());
        putText(env, "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG", cni.customNetworking());
        putText(env, "ENABLE_POD_ENI", cni.podSecurityGroups());
        putText(env, "ENABLE_SUBNET_DISCOVERY", cni.subnetDiscovery());
        return env;
    }

    private static Optional<SubnetSpec> named(List<SubnetSpec> subnets, String name) {
        return subnets.stream().filter(subnet -> subnet.name().equals(name)).findFirst();
    }

    private static boolean isPrivate(SubnetSpec subnet) {
        return subnet.type() == SubnetType.PRIVATE;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putText(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
