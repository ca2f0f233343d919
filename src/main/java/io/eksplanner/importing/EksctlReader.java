package io.eksplanner.importing;

import io.eksplanner.catalog.InstanceType;
import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.catalog.MaxPods;
import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.VpcSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an eksctl {@code ClusterConfig} ({@code eksctl.io/v1alpha5}) into a topology document, doing what eksctl does
 * where it fills in defaults (eks-vpc.md §8) and choosing, and logging, where eksctl would decide at random or ask AWS.
 * Never throws for a bad document: every unknown or wrongly typed field is a problem in the log, at its path. The
 * field-by-field mapping is in {@code src/docs/import-mapping-eksctl.md}.
 */
public final class EksctlReader {

    public static final String API_VERSION = "eksctl.io/v1alpha5";
    public static final String KIND = "ClusterConfig";

    /** eksctl's {@code DefaultCIDR}. */
    public static final String DEFAULT_VPC_CIDR = "192.168.0.0/16";

    /** eksctl's {@code DefaultNodeType}. */
    public static final String DEFAULT_INSTANCE_TYPE = "m5.large";

    /** eksctl's {@code DefaultNodeCount}. */
    public static final int DEFAULT_NODE_COUNT = 2;

    static final String VPC_CNI = "vpc-cni";
    static final String PUBLIC_ROLE_TAG = "kubernetes.io/role/elb";
    static final String PRIVATE_ROLE_TAG = "kubernetes.io/role/internal-elb";

    /** The endpoints eksctl creates for a fully-private cluster (eks-vpc.md §4.3). */
    static final List<String> PRIVATE_CLUSTER_ENDPOINTS = List.of("ec2", "ecr.api", "ecr.dkr", "s3", "sts");

    private static final Pattern AZ_NAME = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+[a-z]");

    private static final Set<String> CLUSTER_FIELDS = Set.of(
            "apiVersion",
            "kind",
            "metadata",
            "kubernetesNetworkConfig",
            "autoModeConfig",
            "remoteNetworkConfig",
            "upgradePolicy",
            "zonalShiftConfig",
            "iam",
            "iamIdentityMappings",
            "identityProviders",
            "accessConfig",
            "vpc",
            "addons",
            "addonsConfig",
            "privateCluster",
            "nodeGroups",
            "managedNodeGroups",
            "fargateProfiles",
            "availabilityZones",
            "localZones",
            "cloudWatch",
            "secretsEncryption",
            "status",
            "gitops",
            "karpenter",
            "outpost");
    private static final Set<String> METADATA_FIELDS =
            Set.of("name", "region", "version", "tags", "annotations", "accountID", "forceUpdateVersion");
    private static final Set<String> NETWORK_CONFIG_FIELDS = Set.of("ipFamily", "serviceIPv4CIDR", "serviceIPv6CIDR");
    private static final Set<String> VPC_FIELDS = Set.of(
            "id",
            "cidr",
            "ipv6Cidr",
            "ipv6Pool",
            "securityGroup",
            "subnets",
            "extraCIDRs",
            "extraIPv6CIDRs",
            "sharedNodeSecurityGroup",
            "manageSharedNodeSecurityGroupRules",
            "autoAllocateIPv6",
            "nat",
            "clusterEndpoints",
            "publicAccessCIDRs",
            "controlPlaneSubnetIDs",
            "controlPlaneSecurityGroupIDs",
            "controlPlaneOnPrivateSubnets",
            "hostnameType",
            "controlPlaneEgressMode");
    private static final Set<String> SUBNET_FIELDS = Set.of("id", "az", "cidr");
    private static final Set<String> PRIVATE_CLUSTER_FIELDS =
            Set.of("enabled", "skipEndpointCreation", "additionalEndpointServices");
    private static final Set<String> NODE_GROUP_BASE_FIELDS = Set.of(
            "name",
            "amiFamily",
            "instanceType",
            "availabilityZones",
            "subnets",
            "instancePrefix",
            "instanceName",
            "desiredCapacity",
            "minSize",
            "maxSize",
            "volumeSize",
            "ssh",
            "labels",
            "privateNetworking",
            "tags",
            "iam",
            "ami",
            "securityGroups",
            "maxPodsPerNode",
            "asgSuspendProcesses",
            "ebsOptimized",
            "volumeType",
            "volumeName",
            "volumeEncrypted",
            "volumeKmsKeyID",
            "volumeIOPS",
            "volumeThroughput",
            "additionalVolumes",
            "preBootstrapCommands",
            "overrideBootstrapCommand",
            "propagateASGTags",
            "disableIMDSv1",
            "disablePodIMDS",
            "placement",
            "efaEnabled",
            "instanceSelector",
            "bottlerocket",
            "enableDetailedMonitoring",
            "capacityReservation",
            "outpostARN",
            "nodeRepairConfig",
            "instanceMarketOptions");
    private static final Set<String> UNMANAGED_ONLY_FIELDS = Set.of(
            "instancesDistribution",
            "asgMetricsCollection",
            "cpuCredits",
            "classicLoadBalancerNames",
            "targetGroupARNs",
            "taints",
            "updateConfig",
            "clusterDNS",
            "kubeletExtraConfig",
            "containerRuntime",
            "maxInstanceLifetime",
            "localZones",
            "warmPool",
            "enableWarmPool");
    private static final Set<String> MANAGED_ONLY_FIELDS =
            Set.of("instanceTypes", "spot", "taints", "updateConfig", "launchTemplate", "releaseVersion");
    private static final Set<String> ADDON_FIELDS = Set.of(
            "name",
            "version",
            "configurationValues",
            "serviceAccountRoleARN",
            "attachPolicyARNs",
            "attachPolicy",
            "wellKnownPolicies",
            "permissionsBoundary",
            "tags",
            "resolveConflicts",
            "force",
            "podIdentityAssociations",
            "useDefaultPodIdentityAssociations",
            "namespaceConfig");

    private final InstanceTypeCatalog catalog;

    public EksctlReader() {
        this(InstanceTypeCatalog.load());
    }

    public EksctlReader(InstanceTypeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The topology {@code document} (the {@code index}th of its stream) describes; problems and defaults go to
     * {@code log}, and the result is partial when there were problems.
     */
    public TopologyDocument read(Map<String, Object> document, int index, ImportLog log) {
        return new Reading(document, index, log).read();
    }

    /** The AZ's letter part, as eksctl's default subnet names use it: {@code ap-northeast-2a} → {@code a}. */
    static String zoneSuffix(String zone, String region) {
        if (zone == null) {
            return null;
        }
        if (region != null && zone.startsWith(region) && zone.length() > region.length()) {
            var suffix = zone.substring(region.length());
            return suffix.startsWith("-") ? suffix.substring(1) : suffix;
        }
        return zone;
    }

    /** The name the planner gives a subnet eksctl keys by its AZ: {@code public-a}, {@code private-b}. */
    static String defaultSubnetName(SubnetType type, String zone, String region) {
        return type.name().toLowerCase(Locale.ROOT) + "-" + zoneSuffix(zone, region);
    }

    static SubnetSpec subnet(String name, String id, String cidr, String zone, SubnetType type, boolean natGateways) {
        boolean isPublic = type == SubnetType.PUBLIC;
        return new SubnetSpec(
                name,
                id,
                cidr,
                zone,
                type,
                isPublic ? Egress.INTERNET_GATEWAY : natGateways ? Egress.NAT_GATEWAY : Egress.NONE,
                isPublic,
                Map.of(isPublic ? PUBLIC_ROLE_TAG : PRIVATE_ROLE_TAG, "1"),
                null);
    }

    /** One document being read: the state shared by its sections. */
    private final class Reading {

        private final Map<String, Object> document;
        private final int index;
        private final ImportLog log;
        private String object = KIND;
        private String region;
        private boolean natGateways = true;
        private String existingVpc;
        private String vpcCidr;
        private final Map<String, SubnetSpec> publicSubnets = new LinkedHashMap<>();
        private final Map<String, SubnetSpec> privateSubnets = new LinkedHashMap<>();
        private final List<SubnetSpec> extraSubnets = new ArrayList<>();

        Reading(Map<String, Object> document, int index, ImportLog log) {
            this.document = document;
            this.index = index;
            this.log = log;
        }

        void problem(String field, String message) {
            log.problem(index, object, field, message);
        }

        TopologyDocument read() {
            var root = new EksctlFields(document, "", this::problem);
            var metadata = root.object("metadata");
            String name = metadata == null ? null : metadata.string("name");
            if (name != null) {
                object = KIND + "/" + name;
            }
            var apiVersion = root.string("apiVersion");
            if (!API_VERSION.equals(apiVersion)) {
                problem("apiVersion", "must be " + API_VERSION + ", was " + apiVersion);
            }
            var kind = root.string("kind");
            if (!KIND.equals(kind)) {
                problem("kind", "must be " + KIND + ", was " + kind);
            }
            root.allowOnly(CLUSTER_FIELDS);
            log.read(index, apiVersion, kind, null, name);

            String version = null;
            if (metadata == null) {
                problem("metadata", "is required: it names the cluster and its region");
            } else {
                metadata.allowOnly(METADATA_FIELDS);
                if (name == null) {
                    problem("metadata.name", "is required");
                }
                region = metadata.string("region");
                if (region == null) {
                    problem(
                            "metadata.region",
                            "is required: eksctl would take it from the AWS profile, which the planner cannot see");
                }
                version = version(metadata);
            }

            var serviceCidr = networkConfig(root);
            var privateCluster = privateCluster(root);
            var vpc = root.object("vpc");
            if (vpc != null) {
                vpc.allowOnly(VPC_FIELDS);
                existingVpc = vpc.string("id");
            }
            var vpcSpec = vpc(vpc, privateCluster);
            var endpointAccess = endpointAccess(vpc, privateCluster);
            subnets(root, vpc);
            var nodeGroups = new ArrayList<NodeGroupSpec>();
            for (var group : root.list("nodeGroups")) {
                nodeGroups.add(nodeGroup(group, false));
            }
            for (var group : root.list("managedNodeGroups")) {
                nodeGroups.add(nodeGroup(group, true));
            }
            var controlPlaneSubnets = controlPlaneSubnets(vpc);
            var cni = cni(root);

            var subnets = new ArrayList<SubnetSpec>(publicSubnets.values());
            subnets.addAll(privateSubnets.values());
            subnets.addAll(extraSubnets);
            return new TopologyDocument(
                    name,
                    region,
                    version,
                    vpcSpec,
                    serviceCidr,
                    endpointAccess,
                    controlPlaneSubnets,
                    cni,
                    null,
                    subnets,
                    nodeGroups,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }

        private String version(EksctlFields metadata) {
            var raw = metadata.raw("version");
            if (raw instanceof Number number) {
                problem(
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

        private String networkConfig(EksctlFields root) {
            var config = root.object("kubernetesNetworkConfig");
            if (config == null) {
                return null;
            }
            config.allowOnly(NETWORK_CONFIG_FIELDS);
            var family = config.string("ipFamily");
            if (family != null && family.equalsIgnoreCase("IPv6")) {
                problem("kubernetesNetworkConfig.ipFamily", "IPv6 clusters are not supported");
            } else if (family != null && !family.equalsIgnoreCase("IPv4")) {
                problem(
                        "kubernetesNetworkConfig.ipFamily",
                        "invalid value \"" + family + "\" for ipFamily; allowed are IPv4 and IPv6");
            }
            return cidr(config, "serviceIPv4CIDR");
        }

        private String cidr(EksctlFields fields, String key) {
            var text = fields.string(key);
            if (text != null && Ipv4Cidr.tryParse(text).isEmpty()) {
                problem(fields.path(key), "must be an IPv4 CIDR written a.b.c.d/n, was \"" + text + "\"");
                return null;
            }
            return text;
        }

        /** The fully-private settings, or null when the cluster is not fully private. */
        private EksctlFields privateCluster(EksctlFields root) {
            var settings = root.object("privateCluster");
            if (settings == null) {
                return null;
            }
            settings.allowOnly(PRIVATE_CLUSTER_FIELDS);
            return Boolean.TRUE.equals(settings.bool("enabled")) ? settings : null;
        }

        private VpcSpec vpc(EksctlFields vpc, EksctlFields privateCluster) {
            String existing = existingVpc;
            String cidr = vpc == null ? null : cidr(vpc, "cidr");
            if (cidr == null && existing == null && (vpc == null || !vpc.has("cidr"))) {
                cidr = DEFAULT_VPC_CIDR;
                log.defaulted("vpc.cidr: eksctl's default " + DEFAULT_VPC_CIDR);
            } else if (cidr == null && existing != null) {
                log.defaulted("vpc.cidr: the existing VPC " + existing
                        + "'s CIDR is not known without asking AWS, so the topology has none");
            }
            vpcCidr = cidr;
            Boolean dns = null;
            if (existing == null) {
                dns = true;
                log.defaulted("vpc.enableDnsHostnames, vpc.enableDnsSupport: true, as eksctl sets them on the VPC it"
                        + " creates");
            }
            var endpoints = new ArrayList<String>();
            if (privateCluster != null && !Boolean.TRUE.equals(privateCluster.bool("skipEndpointCreation"))) {
                endpoints.addAll(PRIVATE_CLUSTER_ENDPOINTS);
                var more = privateCluster.strings("additionalEndpointServices");
                if (more != null) {
                    endpoints.addAll(more);
                }
                log.defaulted("vpc.endpoints: " + endpoints + ", the VPC endpoints eksctl creates for a fully-private"
                        + " cluster");
            }
            return new VpcSpec(cidr == null ? List.of() : List.of(cidr), dns, dns, endpoints);
        }

        private EndpointAccessSpec endpointAccess(EksctlFields vpc, EksctlFields privateCluster) {
            var endpoints = vpc == null ? null : vpc.object("clusterEndpoints");
            Boolean publicAccess = null;
            Boolean privateAccess = null;
            if (endpoints != null) {
                endpoints.allowOnly(Set.of("publicAccess", "privateAccess"));
                publicAccess = endpoints.bool("publicAccess");
                privateAccess = endpoints.bool("privateAccess");
            }
            if (privateCluster != null) {
                if (endpoints != null) {
                    problem(
                            "vpc.clusterEndpoints",
                            "vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled)"
                                    + " as the endpoint access defaults to private-only");
                }
                publicAccess = false;
                privateAccess = true;
                log.defaulted("endpointAccess: private only, as eksctl sets it for a fully-private cluster");
            }
            if (publicAccess == null) {
                publicAccess = true;
                log.defaulted("vpc.clusterEndpoints.publicAccess: eksctl's default true");
            }
            if (privateAccess == null) {
                privateAccess = false;
                log.defaulted("vpc.clusterEndpoints.privateAccess: eksctl's default false");
            }
            List<String> cidrs = new ArrayList<>();
            var given = vpc == null ? null : vpc.strings("publicAccessCIDRs");
            if (given != null) {
                for (int i = 0; i < given.size(); i++) {
                    if (Ipv4Cidr.tryParse(given.get(i)).isEmpty()) {
                        problem(
                                "vpc.publicAccessCIDRs[" + i + "]",
                                "must be an IPv4 CIDR written a.b.c.d/n, was \"" + given.get(i) + "\"");
                    } else {
                        cidrs.add(given.get(i));
                    }
                }
            }
            if ((given == null || given.isEmpty()) && publicAccess) {
                cidrs = List.of("0.0.0.0/0");
                log.defaulted("vpc.publicAccessCIDRs: none given, so EKS opens the public endpoint to 0.0.0.0/0");
            }
            return new EndpointAccessSpec(publicAccess, privateAccess, cidrs);
        }

        private void subnets(EksctlFields root, EksctlFields vpc) {
            String existing = existingVpc;
            var nat = vpc == null ? null : vpc.object("nat");
            String gateway = null;
            if (nat != null) {
                nat.allowOnly(Set.of("gateway"));
                gateway = nat.string("gateway");
            }
            if (gateway == null) {
                log.defaulted("vpc.nat.gateway: eksctl's default Single (one NAT gateway, in the first AZ's public"
                        + " subnet)");
            } else if (gateway.equals("Disable")) {
                natGateways = false;
            } else if (!gateway.equals("Single") && !gateway.equals("HighlyAvailable")) {
                problem("vpc.nat.gateway", gateway + " is not a valid NAT gateway mode");
            }

            var zones = root.strings("availabilityZones");
            var localZones = root.strings("localZones");
            var subnets = vpc == null ? null : vpc.object("subnets");
            if (subnets != null) {
                subnets.allowOnly(Set.of("public", "private"));
                if (zones != null) {
                    problem("availabilityZones", "vpc.subnets and availabilityZones cannot be set at the same time");
                }
                given(subnets, SubnetType.PUBLIC, publicSubnets);
                given(subnets, SubnetType.PRIVATE, privateSubnets);
                return;
            }
            if (existing != null) {
                log.defaulted("vpc.subnets: none given for the existing VPC " + existing
                        + "; eksctl would look them up in AWS, so the topology has none");
                return;
            }
            if (zones == null) {
                if (region == null) {
                    return;
                }
                var letters = region.equals("us-east-1") ? List.of("a", "b") : List.of("a", "b", "c");
                zones = letters.stream().map(letter -> region + letter).toList();
                log.defaulted("availabilityZones: " + zones + "; eksctl picks " + letters.size()
                        + " of the region's AZs at random, and the planner takes the first ones");
            }
            var allZones = new ArrayList<String>(zones);
            if (localZones != null) {
                allZones.addAll(localZones);
            }
            split(allZones);
        }

        private void given(EksctlFields subnets, SubnetType type, Map<String, SubnetSpec> into) {
            var kind = type == SubnetType.PUBLIC ? "public" : "private";
            subnets.objects(kind).forEach((key, spec) -> {
                spec.allowOnly(SUBNET_FIELDS);
                var id = spec.string("id");
                var zone = spec.string("az");
                var cidr = cidr(spec, "cidr");
                String name;
                if (zone == null && (AZ_NAME.matcher(key).matches() || id == null)) {
                    zone = key;
                    name = defaultSubnetName(type, zone, region);
                } else if (zone != null && zone.equals(key)) {
                    name = defaultSubnetName(type, zone, region);
                } else {
                    name = key;
                }
                if (zone == null) {
                    log.defaulted("vpc.subnets." + kind + "." + key + ": its AZ is not known without asking AWS for"
                            + " subnet " + id);
                }
                if (cidr == null && id != null) {
                    log.defaulted("vpc.subnets." + kind + "." + key + ": given only by id " + id
                            + "; its CIDR is not known without asking AWS, so the subnet has none");
                }
                if (nameTaken(name)) {
                    problem(spec.path(), "two subnets would both be named " + name);
                }
                into.put(key, subnet(name, id, cidr, zone, type, natGateways));
            });
        }

        private boolean nameTaken(String name) {
            return allSubnets().stream().anyMatch(subnet -> subnet.name().equals(name));
        }

        private List<SubnetSpec> allSubnets() {
            var all = new ArrayList<SubnetSpec>(publicSubnets.values());
            all.addAll(privateSubnets.values());
            all.addAll(extraSubnets);
            return all;
        }

        /** eksctl's {@code SetSubnets}: public blocks first, then private, one of each per zone (eks-vpc.md §8.2). */
        private void split(List<String> zones) {
            var parsed = Ipv4Cidr.tryParse(vpcCidr);
            if (parsed.isEmpty() || zones.isEmpty()) {
                return;
            }
            var cidr = parsed.get();
            int total = 2 * zones.size();
            if (!cidr.hasPrefixBetween(16, 24)) {
                problem("vpc.cidr", "VPC CIDR prefix must be between /16 and /24");
                return;
            }
            if (total > 16) {
                problem("availabilityZones", "cannot create more than 16 subnets, " + total + " requested");
                return;
            }
            int prefix = cidr.prefixLength() + (total <= 8 ? 3 : 4);
            long step = 1L << (32 - prefix);
            var parts = new ArrayList<String>();
            for (int i = 0; i < total; i++) {
                var type = i < zones.size() ? SubnetType.PUBLIC : SubnetType.PRIVATE;
                var zone = zones.get(i % zones.size());
                var block = new Ipv4Cidr((int) (cidr.network() + i * step), prefix).toString();
                var name = defaultSubnetName(type, zone, region);
                (type == SubnetType.PUBLIC ? publicSubnets : privateSubnets)
                        .put(zone, subnet(name, null, block, zone, type, natGateways));
                parts.add(name + " " + block);
            }
            log.defaulted("vpc.subnets: eksctl splits " + cidr + " into /" + prefix + " blocks, a public and a"
                    + " private one per AZ: " + String.join(", ", parts));
        }

        private NodeGroupSpec nodeGroup(EksctlFields group, boolean managed) {
            var known = new HashSet<>(NODE_GROUP_BASE_FIELDS);
            known.addAll(managed ? MANAGED_ONLY_FIELDS : UNMANAGED_ONLY_FIELDS);
            group.allowOnly(known);
            var where = group.path();
            var name = group.string("name");
            if (name == null) {
                problem(group.path("name"), "is required");
            }
            var label = where + " (" + name + ")";
            var instanceType = instanceType(group, managed, label);
            var privateNetworking = Boolean.TRUE.equals(group.bool("privateNetworking"));
            var subnets = nodeGroupSubnets(group, privateNetworking, label);
            Integer desired = group.count("desiredCapacity");
            Integer min = group.count("minSize");
            Integer max = group.count("maxSize");
            Integer desiredOut = desired;
            Integer minOut = min;
            Integer maxOut = max;
            if (desired == null && min == null && max == null && !managed) {
                desiredOut = DEFAULT_NODE_COUNT;
                log.defaulted(label + ".desiredCapacity: eksctl's default " + DEFAULT_NODE_COUNT);
            }
            if (minOut == null) {
                minOut = desiredOut != null ? desiredOut : DEFAULT_NODE_COUNT;
                log.defaulted(label + ".minSize: " + minOut
                        + (desiredOut != null ? ", the desired capacity, as eksctl sets it" : ", eksctl's default"));
            }
            if (maxOut == null) {
                maxOut = desiredOut != null ? desiredOut : minOut;
                var why = desiredOut != null ? "the desired capacity" : "the minimum size";
                if (maxOut == 0) {
                    maxOut = 1;
                    why = "1, since eksctl turns a maximum of 0 into 1";
                }
                log.defaulted(label + ".maxSize: " + maxOut + ", " + why + ", as eksctl sets it");
            }
            if (desiredOut == null) {
                desiredOut = minOut;
                log.defaulted(label + ".desiredCapacity: " + desiredOut + ", the minimum size, as eksctl sets it");
            }
            return new NodeGroupSpec(
                    name, instanceType, desiredOut, minOut, maxOut, subnets, managed, group.count("maxPodsPerNode"));
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
                problem(group.path("instanceType"), "cannot be set together with " + mixedField);
                return single;
            }
            if (single != null) {
                return single;
            }
            if (mixed == null || mixed.isEmpty()) {
                log.defaulted(label + ".instanceType: eksctl's default " + DEFAULT_INSTANCE_TYPE);
                return DEFAULT_INSTANCE_TYPE;
            }
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

        private List<String> nodeGroupSubnets(EksctlFields group, boolean privateNetworking, String label) {
            var preferred = privateNetworking ? privateSubnets : publicSubnets;
            var other = privateNetworking ? publicSubnets : privateSubnets;
            var keys = group.strings("subnets");
            var zones = group.strings("availabilityZones");
            if (keys != null && zones != null) {
                problem(
                        group.path("subnets"),
                        "only one of " + group.path() + ".subnets or " + group.path()
                                + ".availabilityZones should be set");
            }
            var names = new ArrayList<String>();
            if (keys != null) {
                for (int i = 0; i < keys.size(); i++) {
                    var name = subnetFor(keys.get(i), preferred, other, privateNetworking, label);
                    if (name == null) {
                        problem(
                                group.path("subnets") + "[" + i + "]",
                                "\"" + keys.get(i) + "\" is neither a key of vpc.subnets nor a subnet id");
                    } else {
                        names.add(name);
                    }
                }
                return names;
            }
            if (zones != null) {
                for (int i = 0; i < zones.size(); i++) {
                    var zone = zones.get(i);
                    var matches = preferred.values().stream()
                            .filter(subnet -> zone.equals(subnet.availabilityZone()))
                            .map(SubnetSpec::name)
                            .toList();
                    if (matches.isEmpty()) {
                        problem(
                                group.path("availabilityZones") + "[" + i + "]",
                                "no " + (privateNetworking ? "private" : "public") + " subnet in zone " + zone);
                    }
                    names.addAll(matches);
                }
                return names;
            }
            names.addAll(preferred.values().stream().map(SubnetSpec::name).toList());
            log.defaulted(label + ".subnets: every " + (privateNetworking ? "private" : "public")
                    + " subnet of the cluster " + names + ", as eksctl assigns them"
                    + (privateNetworking ? " with privateNetworking" : " without privateNetworking"));
            return names;
        }

        private String subnetFor(
                String key,
                Map<String, SubnetSpec> preferred,
                Map<String, SubnetSpec> other,
                boolean privateNetworking,
                String label) {
            if (preferred.containsKey(key)) {
                return preferred.get(key).name();
            }
            if (other.containsKey(key)) {
                return other.get(key).name();
            }
            var byId = allSubnets().stream()
                    .filter(subnet -> key.equals(subnet.id()))
                    .findFirst();
            if (byId.isPresent()) {
                return byId.get().name();
            }
            if (!key.startsWith("subnet-")) {
                return null;
            }
            var type = privateNetworking ? SubnetType.PRIVATE : SubnetType.PUBLIC;
            extraSubnets.add(subnet(key, key, null, null, type, natGateways));
            log.defaulted(label + ".subnets: " + key + " is not in vpc.subnets; eksctl would ask AWS about it, so the"
                    + " planner adds a " + type.name().toLowerCase(Locale.ROOT) + " subnet with that id and"
                    + " no CIDR or AZ");
            return key;
        }

        private List<String> controlPlaneSubnets(EksctlFields vpc) {
            if (vpc == null) {
                return List.of();
            }
            var ids = vpc.strings("controlPlaneSubnetIDs");
            var names = new ArrayList<String>();
            if (ids != null) {
                for (int i = 0; i < ids.size(); i++) {
                    var id = ids.get(i);
                    var match = allSubnets().stream()
                            .filter(subnet -> id.equals(subnet.id()))
                            .findFirst();
                    if (match.isPresent()) {
                        names.add(match.get().name());
                    } else {
                        problem(
                                "vpc.controlPlaneSubnetIDs[" + i + "]",
                                id + " is not the id of a subnet in vpc.subnets");
                    }
                }
            } else if (Boolean.TRUE.equals(vpc.bool("controlPlaneOnPrivateSubnets"))) {
                privateSubnets.values().forEach(subnet -> names.add(subnet.name()));
            }
            return names;
        }

        private CniSpec cni(EksctlFields root) {
            CniSpec result = null;
            for (var addon : root.list("addons")) {
                addon.allowOnly(ADDON_FIELDS);
                if (!VPC_CNI.equals(addon.string("name"))) {
                    continue;
                }
                var raw = addon.raw("configurationValues");
                if (raw == null) {
                    continue;
                }
                var field = addon.path("configurationValues");
                if (!(raw instanceof String text)) {
                    problem(field, "must be a JSON or YAML string, was " + EksctlFields.describe(raw));
                    continue;
                }
                Object values;
                try {
                    var documents = new YamlDocuments(64 * 1024, 1).parse(text);
                    values = documents.isEmpty() ? null : documents.get(0);
                } catch (ImportRejected e) {
                    problem(field, "is not valid JSON or YAML: " + e.getMessage());
                    continue;
                }
                if (values == null) {
                    continue;
                }
                if (!(values instanceof Map<?, ?> map)) {
                    problem(field, "must hold a mapping, was " + EksctlFields.describe(values));
                    continue;
                }
                var env = new EksctlFields(map, field, this::problem).object("env");
                if (env != null) {
                    result = new CniEnv(env).read();
                }
            }
            return result;
        }

        /** The vpc-cni addon's {@code env} settings, written as strings (as Kubernetes wants) or plain values. */
        private final class CniEnv {
            private final EksctlFields env;

            CniEnv(EksctlFields env) {
                this.env = env;
            }

            CniSpec read() {
                return new CniSpec(
                        flag("ENABLE_PREFIX_DELEGATION"),
                        number("WARM_ENI_TARGET"),
                        number("WARM_IP_TARGET"),
                        number("MINIMUM_IP_TARGET"),
                        number("WARM_PREFIX_TARGET"),
                        flag("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"),
                        flag("ENABLE_POD_ENI"),
                        flag("ENABLE_SUBNET_DISCOVERY"));
            }

            private Boolean flag(String key) {
                var value = env.raw(key);
                if (value == null || value instanceof Boolean) {
                    return (Boolean) value;
                }
                if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
                    return Boolean.valueOf(text);
                }
                problem(env.path(key), "must be \"true\" or \"false\", was " + EksctlFields.describe(value));
                return null;
            }

            private Integer number(String key) {
                var value = env.raw(key);
                if (value == null) {
                    return null;
                }
                if (value instanceof Integer number && number >= 0) {
                    return number;
                }
                if (value instanceof String text && text.matches("\\d{1,9}")) {
                    return Integer.valueOf(text);
                }
                problem(env.path(key), "must be a whole number of at least 0, was " + EksctlFields.describe(value));
                return null;
            }
        }
    }
}
