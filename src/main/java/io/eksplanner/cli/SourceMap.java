package io.eksplanner.cli;

import io.eksplanner.topology.spec.GatewayClassSpec;
import io.eksplanner.topology.spec.GatewaySpec;
import io.eksplanner.topology.spec.GrpcRouteSpec;
import io.eksplanner.topology.spec.HttpRouteSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.L4RouteSpec;
import io.eksplanner.topology.spec.ListenerRuleConfigurationSpec;
import io.eksplanner.topology.spec.ListenerSetSpec;
import io.eksplanner.topology.spec.LoadBalancerConfigurationSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.ReferenceGrantSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TargetGroupConfigurationSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns a finding's JSON path in the topology document ({@code subnets[2].cidr}) into the place in the files it came
 * from: the manifest object by kind, namespace and name; the ClusterConfig's part by its eksctl path; the topology JSON
 * by the same path. What eksctl defaulted, and anything no file names, points at the ClusterConfig's object.
 */
final class SourceMap {

    private static final Pattern HEAD = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?\\.?(.*)$");

    /** Renamed fields: the topology's name on the left, the eksctl or manifest field on the right. */
    private static final Map<String, String> EKSCTL_FIELDS = Map.of(
            "availabilityZone", "az",
            "desiredSize", "desiredCapacity",
            "maxPods", "maxPodsPerNode");

    private final TopologyDocument document;
    private final Site base;
    private final boolean eksctl;
    private final Map<String, Site> manifests;

    /** One object in the files: its document, its node, and its name as {@code Kind/namespace/name}. */
    record Site(SourceDocument source, Node node, String label) {}

    SourceMap(TopologyDocument document, Site base, boolean eksctl, Map<String, Site> manifests) {
        this.document = document;
        this.base = base;
        this.eksctl = eksctl;
        this.manifests = manifests;
    }

    /** The site of the cluster's base: the ClusterConfig or the topology JSON document. */
    Site base() {
        return base;
    }

    /** The manifest objects of the cluster. */
    List<Site> objects() {
        return List.copyOf(manifests.values());
    }

    /** The object a finding at {@code path} belongs to. */
    Site siteOf(String path) {
        var manifest = manifestSite(path);
        return manifest != null ? manifest : base;
    }

    /** Where a finding at {@code path} points. */
    Location locate(String path) {
        var matcher = HEAD.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return at(base, "");
        }
        String head = matcher.group(1);
        int index = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        String rest = matcher.group(3);
        var manifest = manifestSite(path);
        if (manifest != null) {
            return manifestField(manifest, rest);
        }
        if (!eksctl) {
            return at(base, path);
        }
        return at(base, eksctlPath(head, index, rest));
    }

    /** A place inside {@code site} at the importer's field {@code path}. */
    static Location at(Site site, String path) {
        if (site == null) {
            return new Location("<none>", null, 1, 1, 1, 1, "", 0, 0);
        }
        var objectMark = YamlTree.mark(site.node());
        int objectLine = objectMark == null ? 1 : objectMark.getLine() + 1;
        int objectColumn = objectMark == null ? 1 : objectMark.getColumn() + 1;
        if (site.node() == null) {
            return new Location(site.source().file(), site.source().documentIndex(), 1, 1, 1, 1, site.label(), 0, 0);
        }
        var reached = YamlTree.walk(site.node(), path);
        var mark = reached.site() == null ? objectMark : reached.site();
        return new Location(
                site.source().file(),
                site.source().documentIndex(),
                mark == null ? objectLine : mark.getLine() + 1,
                mark == null ? objectColumn : mark.getColumn() + 1,
                objectLine,
                objectColumn,
                site.label(),
                reached.anchor() == null ? 0 : reached.anchor().getLine() + 1,
                reached.anchor() == null ? 0 : reached.anchor().getColumn() + 1);
    }

    private Site manifestSite(String path) {
        var matcher = HEAD.matcher(path == null ? "" : path);
        if (!matcher.matches() || matcher.group(2) == null) {
            return null;
        }
        String key = manifestKey(matcher.group(1), Integer.parseInt(matcher.group(2)));
        return key == null ? null : manifests.get(key);
    }

    private String manifestKey(String collection, int index) {
        return switch (collection) {
            case "workloads" ->
                item(document.workloads(), index, WorkloadSpec.class) instanceof WorkloadSpec w
                        ? w.kind() + "/" + namespace(w.namespace()) + "/" + w.name()
                        : null;
            case "services" ->
                item(document.services(), index, ServiceSpec.class) instanceof ServiceSpec s
                        ? "Service/" + namespace(s.namespace()) + "/" + s.name()
                        : null;
            case "ingresses" ->
                item(document.ingresses(), index, IngressSpec.class) instanceof IngressSpec i
                        ? "Ingress/" + namespace(i.namespace()) + "/" + i.name()
                        : null;
            case "ingressClasses" ->
                item(document.ingressClasses(), index, IngressClassSpec.class) instanceof IngressClassSpec c
                        ? "IngressClass/" + c.name()
                        : null;
            default -> gatewayKey(collection, index);
        };
    }

    /** The manifest key of a Gateway API object or controller configuration of the document. */
    private String gatewayKey(String collection, int index) {
        return switch (collection) {
            case "gatewayClasses" ->
                item(document.gatewayClasses(), index, GatewayClassSpec.class) instanceof GatewayClassSpec c
                        ? "GatewayClass/" + c.name()
                        : null;
            case "gateways" ->
                namespaced("Gateway", document.gateways(), index, GatewaySpec::namespace, GatewaySpec::name);
            case "httpRoutes" ->
                namespaced("HTTPRoute", document.httpRoutes(), index, HttpRouteSpec::namespace, HttpRouteSpec::name);
            case "grpcRoutes" ->
                namespaced("GRPCRoute", document.grpcRoutes(), index, GrpcRouteSpec::namespace, GrpcRouteSpec::name);
            case "tcpRoutes" ->
                namespaced("TCPRoute", document.tcpRoutes(), index, L4RouteSpec::namespace, L4RouteSpec::name);
            case "udpRoutes" ->
                namespaced("UDPRoute", document.udpRoutes(), index, L4RouteSpec::namespace, L4RouteSpec::name);
            case "tlsRoutes" ->
                namespaced("TLSRoute", document.tlsRoutes(), index, L4RouteSpec::namespace, L4RouteSpec::name);
            case "referenceGrants" ->
                namespaced(
                        "ReferenceGrant",
                        document.referenceGrants(),
                        index,
                        ReferenceGrantSpec::namespace,
                        ReferenceGrantSpec::name);
            case "listenerSets" ->
                namespaced(
                        "ListenerSet",
                        document.listenerSets(),
                        index,
                        ListenerSetSpec::namespace,
                        ListenerSetSpec::name);
            case "loadBalancerConfigurations" ->
                namespaced(
                        "LoadBalancerConfiguration",
                        document.loadBalancerConfigurations(),
                        index,
                        LoadBalancerConfigurationSpec::namespace,
                        LoadBalancerConfigurationSpec::name);
            case "targetGroupConfigurations" ->
                namespaced(
                        "TargetGroupConfiguration",
                        document.targetGroupConfigurations(),
                        index,
                        TargetGroupConfigurationSpec::namespace,
                        TargetGroupConfigurationSpec::name);
            case "listenerRuleConfigurations" ->
                namespaced(
                        "ListenerRuleConfiguration",
                        document.listenerRuleConfigurations(),
                        index,
                        ListenerRuleConfigurationSpec::namespace,
                        ListenerRuleConfigurationSpec::name);
            default -> null;
        };
    }

    private static <T> String namespaced(
            String kind, List<T> list, int index, Function<T, String> namespace, Function<T, String> name) {
        if (list == null || index < 0 || index >= list.size() || list.get(index) == null) {
            return null;
        }
        T item = list.get(index);
        return kind + "/" + namespace(namespace.apply(item)) + "/" + name.apply(item);
    }

    static String namespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }

    private static Object item(List<?> list, int index, Class<?> type) {
        return list != null && index >= 0 && index < list.size() && type.isInstance(list.get(index))
                ? list.get(index)
                : null;
    }

    /** A manifest object's field: under {@code spec}, else under {@code metadata}, else the object itself. */
    private static Location manifestField(Site site, String rest) {
        if (rest.isEmpty() || site.node() == null) {
            return at(site, "");
        }
        for (String prefix : List.of("spec.", "metadata.", "spec.template.spec.", "")) {
            var reached = YamlTree.walk(site.node(), prefix + rest);
            if (reached.node() != site.node()) {
                return at(site, prefix + rest);
            }
        }
        return at(site, "");
    }

    /** The eksctl path of a topology field: subnets by their key under vpc.subnets, node groups by name. */
    private String eksctlPath(String head, int index, String rest) {
        String field = EKSCTL_FIELDS.getOrDefault(rest, rest);
        return switch (head) {
            case "subnets" -> joined(subnetPath(index), field);
            case "nodeGroups" -> joined(nodeGroupPath(index), field);
            case "vpc" -> joined("vpc", rest);
            case "endpointAccess" -> "vpc.clusterEndpoints";
            case "serviceIpv4Cidr" -> "kubernetesNetworkConfig.serviceIPv4CIDR";
            case "cni" -> addonPath("vpc-cni");
            case "region" -> "metadata.region";
            case "kubernetesVersion" -> "metadata.version";
            case "name" -> "metadata.name";
            case "controlPlaneSubnets" -> "vpc.controlPlaneSubnetIDs";
            default -> "";
        };
    }

    private static String joined(String path, String field) {
        return path.isEmpty() || field.isEmpty() ? path : path + "." + field;
    }

    private String subnetPath(int index) {
        if (!(item(document.subnets(), index, SubnetSpec.class) instanceof SubnetSpec subnet)) {
            return "";
        }
        Node subnets = YamlTree.child(YamlTree.child(base.node(), "vpc"), "subnets");
        for (String kind : List.of("public", "private")) {
            for (var tuple : YamlTree.tuples(YamlTree.child(subnets, kind))) {
                String key = YamlTree.scalar(tuple.getKeyNode());
                String az = YamlTree.text(tuple.getValueNode(), "az");
                boolean sameType = subnet.type() != null && subnet.type().name().equalsIgnoreCase(kind);
                if (key.equals(subnet.name())
                        || (sameType
                                && (key.equals(subnet.availabilityZone())
                                        || subnet.availabilityZone() != null
                                                && subnet.availabilityZone().equals(az)))) {
                    return "vpc.subnets." + kind + "." + key;
                }
            }
        }
        return "";
    }

    private String nodeGroupPath(int index) {
        if (!(item(document.nodeGroups(), index, NodeGroupSpec.class) instanceof NodeGroupSpec group)) {
            return "";
        }
        for (String kind : List.of("managedNodeGroups", "nodeGroups")) {
            var items = YamlTree.items(YamlTree.child(base.node(), kind));
            for (int i = 0; i < items.size(); i++) {
                if (group.name().equals(YamlTree.text(items.get(i), "name"))) {
                    return kind + "[" + i + "]";
                }
            }
        }
        return "";
    }

    private String addonPath(String name) {
        var items = YamlTree.items(YamlTree.child(base.node(), "addons"));
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(YamlTree.text(items.get(i), "name"))) {
                return "addons[" + i + "]";
            }
        }
        return "";
    }
}
