package io.eksplanner.importing.eksctl;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.List;
import java.util.Map;

/**
 * Reads an eksctl {@code ClusterConfig} ({@code eksctl.io/v1alpha5}) into a topology document, doing what eksctl does
 * where it fills in defaults (src/docs/reference/eks-vpc.md §8) and choosing, and logging, where eksctl would decide at
 * random or ask AWS. Never throws for a bad document: every unknown or wrongly typed field is a problem in the log, at
 * its path. The field-by-field mapping is in {@code src/docs/import-mapping-eksctl.md}. This class reads the document's
 * header, {@code metadata} and {@code kubernetesNetworkConfig}, and leaves the VPC, subnets, node groups and addons to
 * {@link EksctlVpc}, {@link EksctlSubnets}, {@link EksctlNodeGroups} and {@link EksctlAddons}. Public because the
 * import use case in {@code io.eksplanner.importing} drives it.
 */
public final class EksctlReader {

    static final String API_VERSION = "eksctl.io/v1alpha5";
    static final String KIND = "ClusterConfig";

    private final InstanceTypeCatalog catalog;

    public EksctlReader() {
        this(InstanceTypeCatalog.load());
    }

    public EksctlReader(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether {@code document} is an eksctl ClusterConfig (of any eksctl API version), for this reader to read. */
    public static boolean isClusterConfig(Map<?, ?> document) {
        return KIND.equals(document.get("kind"))
                && String.valueOf(document.get("apiVersion")).startsWith("eksctl.io/");
    }

    /**
     * The topology {@code document} (the {@code index}th of its stream) describes; problems and defaults go to
     * {@code importLog}, and the result is partial when there were problems.
     */
    public TopologyDocument read(Map<String, Object> document, int index, ImportLog importLog) {
        var log = new EksctlLog(importLog, index);
        var root = new EksctlFields(document, "", log::problem);
        var metadata = metadata(root, log);
        var network = network(root, log);
        var outpost = EksctlOutpost.read(root, log);
        var vpc = EksctlVpc.read(root, outpost != null, log);
        var vpcSpec = vpc.spec();
        var endpointAccess = vpc.endpointAccess();
        var subnets = new EksctlSubnets(metadata.region(), vpc.natGateways(), log);
        subnets.read(root, vpc, outpost != null);
        var nodeGroups = new EksctlNodeGroups(catalog, subnets, log).read(root);
        var controlPlaneSubnets = vpc.controlPlaneSubnets(subnets);
        var cni = EksctlAddons.cni(root, log);
        return TopologyDocument.withoutGatewayApi(
                metadata.name(),
                metadata.region(),
                metadata.version(),
                vpcSpec,
                network.serviceCidr(),
                endpointAccess,
                controlPlaneSubnets,
                cni,
                null,
                subnets.all(),
                nodeGroups,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                network.ipFamily(),
                outpost);
    }

    /** What {@code metadata} says of the cluster: its name, region and Kubernetes version. */
    private record Metadata(String name, String region, String version) {}

    private static Metadata metadata(EksctlFields root, EksctlLog log) {
        var metadata = root.object("metadata");
        String name = metadata == null ? null : metadata.string("name");
        log.named(name);
        header(root, name, log);
        if (metadata == null) {
            log.problem("metadata", "is required: it names the cluster and its region");
            return new Metadata(name, null, null);
        }
        metadata.allowOnly(ClusterConfigSchema.METADATA);
        if (name == null) {
            log.problem("metadata.name", "is required");
        }
        var region = metadata.string("region");
        if (region == null) {
            log.problem(
                    "metadata.region",
                    "is required: eksctl would take it from the AWS profile, which the planner cannot see");
        }
        return new Metadata(name, region, version(metadata, log));
    }

    /** Checks {@code apiVersion}, {@code kind} and the top-level fields, and records the document as read. */
    private static void header(EksctlFields root, String name, EksctlLog log) {
        var apiVersion = root.string("apiVersion");
        if (!API_VERSION.equals(apiVersion)) {
            log.problem("apiVersion", "must be " + API_VERSION + ", was " + apiVersion);
        }
        var kind = root.string("kind");
        if (!KIND.equals(kind)) {
            log.problem("kind", "must be " + KIND + ", was " + kind);
        }
        root.allowOnly(ClusterConfigSchema.CLUSTER);
        log.read(apiVersion, kind, name);
    }

    private static String version(EksctlFields metadata, EksctlLog log) {
        var raw = metadata.raw("version");
        if (raw instanceof Number number) {
            log.problem(
                    "metadata.version",
                    "must be a string such as \"1.30\": unquoted, YAML reads " + number
                            + " as a number and loses trailing zeros");
            return null;
        }
        var version = metadata.string("version");
        if (version == null && raw == null) {
            log.defaulted("metadata.version: not given, so eksctl uses EKS's default version when it creates"
                    + " the cluster; the topology leaves kubernetesVersion unset");
        }
        return version;
    }

    /** What {@code kubernetesNetworkConfig} says: the service CIDR and the IP family. */
    private record Network(String serviceCidr, String ipFamily) {}

    /**
     * The service CIDR and IP family of {@code kubernetesNetworkConfig}. eksctl compares ipFamily case-insensitively
     * (pkg/apis/eksctl.io/v1alpha5/validation.go {@code validateKubernetesNetworkConfig}, commit 99984adb) and refuses
     * any other value; an IPv6 cluster is a real cluster, imported as {@code IPv6} and reported by validation as
     * IPV6_NOT_MODELLED (src/docs/domain-rules.md §2).
     */
    private static Network network(EksctlFields root, EksctlLog log) {
        var config = root.object("kubernetesNetworkConfig");
        if (config == null) {
            return new Network(null, null);
        }
        config.allowOnly(ClusterConfigSchema.NETWORK_CONFIG);
        var family = config.string("ipFamily");
        String ipFamily = null;
        if (family != null && family.equalsIgnoreCase("IPv6")) {
            ipFamily = "IPv6";
            log.defaulted("kubernetesNetworkConfig.ipFamily: IPv6; pods and Services get IPv6 addresses, which the"
                    + " planner does not model: its plans count the subnets' IPv4 addresses only");
        } else if (family != null && family.equalsIgnoreCase("IPv4")) {
            ipFamily = "IPv4";
        } else if (family != null) {
            log.problem(
                    "kubernetesNetworkConfig.ipFamily",
                    "invalid value \"" + family + "\" for ipFamily; allowed are IPv4 and IPv6");
        }
        return new Network(config.cidr("serviceIPv4CIDR"), ipFamily);
    }
}
