package io.eksplanner.importing.eksctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.importing.report.ImportReport;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EksctlReaderTests {

    private static final String HEADER = "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n";

    private final EksctlReader reader = new EksctlReader();
    private ImportLog log = new ImportLog();

    @SuppressWarnings("unchecked")
    private TopologyDocument read(String yaml) {
        log = new ImportLog();
        var document = (Map<String, Object>) new YamlDocuments().parse(yaml).get(0);
        return reader.read(document, 0, log);
    }

    private TopologyDocument readCluster(String body) {
        return read(HEADER + "metadata: {name: demo, region: ap-northeast-2}\n" + body);
    }

    private SubnetSpec subnet(TopologyDocument topology, String name) {
        return topology.subnets().stream()
                .filter(subnet -> subnet.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subnet " + name + " in " + topology.subnets()));
    }

    private List<String> defaults() {
        return log.report().defaults();
    }

    @Test
    void appliesEksctlsDefaultVpcSplitAndDefaultsToAMinimalConfig() {
        var topology = read("""
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: {name: demo, region: ap-northeast-2}
                managedNodeGroups:
                  - name: ng-1
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.name()).isEqualTo("demo");
        assertThat(topology.region()).isEqualTo("ap-northeast-2");
        assertThat(topology.vpc().cidrBlocks()).containsExactly("192.168.0.0/16");
        assertThat(topology.vpc().enableDnsHostnames()).isTrue();
        assertThat(topology.vpc().enableDnsSupport()).isTrue();
        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::cidr, SubnetSpec::availabilityZone)
                .containsExactly(
                        tuple("public-a", "192.168.0.0/19", "ap-northeast-2a"),
                        tuple("public-b", "192.168.32.0/19", "ap-northeast-2b"),
                        tuple("public-c", "192.168.64.0/19", "ap-northeast-2c"),
                        tuple("private-a", "192.168.96.0/19", "ap-northeast-2a"),
                        tuple("private-b", "192.168.128.0/19", "ap-northeast-2b"),
                        tuple("private-c", "192.168.160.0/19", "ap-northeast-2c"));
        assertThat(subnet(topology, "public-a"))
                .isEqualTo(new SubnetSpec(
                        "public-a",
                        null,
                        "192.168.0.0/19",
                        "ap-northeast-2a",
                        SubnetType.PUBLIC,
                        Egress.INTERNET_GATEWAY,
                        true,
                        Map.of("kubernetes.io/role/elb", "1"),
                        null));
        assertThat(subnet(topology, "private-c"))
                .isEqualTo(new SubnetSpec(
                        "private-c",
                        null,
                        "192.168.160.0/19",
                        "ap-northeast-2c",
                        SubnetType.PRIVATE,
                        Egress.NAT_GATEWAY,
                        false,
                        Map.of("kubernetes.io/role/internal-elb", "1"),
                        null));
        assertThat(topology.endpointAccess().publicAccess()).isTrue();
        assertThat(topology.endpointAccess().privateAccess()).isFalse();
        assertThat(topology.endpointAccess().publicAccessCidrs()).containsExactly("0.0.0.0/0");
        assertThat(topology.nodeGroups())
                .containsExactly(new NodeGroupSpec(
                        "ng-1", "m5.large", 2, 2, 2, List.of("public-a", "public-b", "public-c"), true, null));
        assertThat(defaults())
                .anySatisfy(line -> assertThat(line).startsWith("vpc.cidr: eksctl's default 192.168.0.0/16"))
                .anySatisfy(
                        line -> assertThat(line).contains("availabilityZones").contains("at random"))
                .anySatisfy(line -> assertThat(line).contains("vpc.nat.gateway").contains("Single"))
                .anySatisfy(line -> assertThat(line).contains("enableDnsHostnames"))
                .anySatisfy(line -> assertThat(line).contains("instanceType: eksctl's default m5.large"))
                .anySatisfy(line -> assertThat(line).contains(".minSize: 2"))
                .anySatisfy(line -> assertThat(line).contains(".maxSize: 2"))
                .anySatisfy(line -> assertThat(line).contains(".desiredCapacity: 2"))
                .anySatisfy(line -> assertThat(line).contains("vpc.subnets: eksctl splits"));
        assertThat(log.report().read())
                .containsExactly(new ImportReport.ReadObject(0, "eksctl.io/v1alpha5", "ClusterConfig", null, "demo"));
    }

    @Test
    void picksTwoDefaultZonesInUsEast1() {
        var topology = read(HEADER + "metadata: {name: demo, region: us-east-1}\n");

        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::cidr)
                .containsExactly(
                        tuple("public-a", "192.168.0.0/19"),
                        tuple("public-b", "192.168.32.0/19"),
                        tuple("private-a", "192.168.64.0/19"),
                        tuple("private-b", "192.168.96.0/19"));
    }

    @Test
    void readsMetadata() {
        var topology = readCluster("");
        assertThat(defaults()).anySatisfy(line -> assertThat(line).startsWith("metadata.version: not given"));
        var versioned = read(HEADER + "metadata: {name: prod, region: eu-west-1, version: \"1.30\"}\n");

        assertThat(topology.kubernetesVersion()).isNull();
        assertThat(versioned.name()).isEqualTo("prod");
        assertThat(versioned.region()).isEqualTo("eu-west-1");
        assertThat(versioned.kubernetesVersion()).isEqualTo("1.30");
    }

    @Test
    void refusesAnUnquotedVersionThatYamlReadsAsANumber() {
        read(HEADER + "metadata: {name: demo, region: eu-west-1, version: 1.30}\n");

        assertThat(log.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("metadata.version");
            assertThat(problem.message()).contains("\"1.30\"");
        });
    }

    @Test
    void splitsAGivenCidrOverGivenZones() {
        var topology =
                readCluster("vpc: {cidr: 10.10.0.0/20}\navailabilityZones: [ap-northeast-2a, ap-northeast-2c]\n");

        assertThat(topology.vpc().cidrBlocks()).containsExactly("10.10.0.0/20");
        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::cidr)
                .containsExactly(
                        tuple("public-a", "10.10.0.0/23"),
                        tuple("public-c", "10.10.2.0/23"),
                        tuple("private-a", "10.10.4.0/23"),
                        tuple("private-c", "10.10.6.0/23"));
    }

    @Test
    void refusesToSplitAVpcOutsideSlash16ToSlash24() {
        readCluster("vpc: {cidr: 10.0.0.0/12}\n");

        assertThat(log.problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.message()).isEqualTo("VPC CIDR prefix must be between /16 and /24"));
    }

    @Test
    void readsSubnetsKeyedByZoneOrAlias() {
        var topology = readCluster("""
                vpc:
                  cidr: 10.0.0.0/16
                  subnets:
                    public:
                      ap-northeast-2a: {cidr: 10.0.0.0/24}
                      edge-b: {az: ap-northeast-2b, cidr: 10.0.1.0/24}
                    private:
                      ap-northeast-2a: {id: subnet-0123456789abcdef0, cidr: 10.0.10.0/24}
                      existing: {id: subnet-0abcdef0123456789}
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::id, SubnetSpec::cidr, SubnetSpec::availabilityZone)
                .containsExactly(
                        tuple("public-a", null, "10.0.0.0/24", "ap-northeast-2a"),
                        tuple("edge-b", null, "10.0.1.0/24", "ap-northeast-2b"),
                        tuple("private-a", "subnet-0123456789abcdef0", "10.0.10.0/24", "ap-northeast-2a"),
                        tuple("existing", "subnet-0abcdef0123456789", null, null));
        assertThat(subnet(topology, "edge-b").type()).isEqualTo(SubnetType.PUBLIC);
        assertThat(subnet(topology, "existing").type()).isEqualTo(SubnetType.PRIVATE);
        assertThat(defaults())
                .anySatisfy(line -> assertThat(line).contains("existing").contains("CIDR is not known"));
    }

    @Test
    void givesPrivateSubnetsNoEgressWhenNatIsDisabled() {
        var topology = readCluster("vpc: {nat: {gateway: Disable}}\n");

        assertThat(subnet(topology, "private-a").egress()).isEqualTo(Egress.NONE);
        assertThat(subnet(topology, "public-a").egress()).isEqualTo(Egress.INTERNET_GATEWAY);
    }

    @Test
    void keepsNatGatewaysWhenHighlyAvailable() {
        var topology = readCluster("vpc: {nat: {gateway: HighlyAvailable}}\n");

        assertThat(log.problems()).isEmpty();
        assertThat(subnet(topology, "private-b").egress()).isEqualTo(Egress.NAT_GATEWAY);
    }

    @Test
    void reportsAnInvalidNatMode() {
        readCluster("vpc: {nat: {gateway: Double}}\n");

        assertThat(log.problems())
                .singleElement()
                .satisfies(
                        problem -> assertThat(problem.message()).isEqualTo("Double is not a valid NAT gateway mode"));
    }

    @Test
    void readsEndpointAccessAndPublicAccessCidrs() {
        var topology = readCluster("""
                vpc:
                  clusterEndpoints: {publicAccess: true, privateAccess: true}
                  publicAccessCIDRs: [203.0.113.0/24, 198.51.100.7/32]
                """);

        assertThat(topology.endpointAccess())
                .isEqualTo(new EndpointAccessSpec(true, true, List.of("203.0.113.0/24", "198.51.100.7/32")));
    }

    @Test
    void readsAPrivateOnlyEndpointWithoutPublicCidrs() {
        var topology = readCluster("vpc: {clusterEndpoints: {publicAccess: false, privateAccess: true}}\n");

        assertThat(topology.endpointAccess()).isEqualTo(new EndpointAccessSpec(false, true, List.of()));
    }

    @Test
    void readsAFullyPrivateCluster() {
        var topology = readCluster("privateCluster: {enabled: true, additionalEndpointServices: [autoscaling]}\n");

        assertThat(topology.endpointAccess().publicAccess()).isFalse();
        assertThat(topology.endpointAccess().privateAccess()).isTrue();
        assertThat(topology.vpc().endpoints()).containsExactly("ec2", "ecr.api", "ecr.dkr", "s3", "sts", "autoscaling");
    }

    @Test
    void readsTheServiceCidr() {
        var topology = readCluster("kubernetesNetworkConfig: {serviceIPv4CIDR: 10.100.0.0/16}\n");

        assertThat(topology.serviceIpv4Cidr()).isEqualTo("10.100.0.0/16");
    }

    @Test
    void importsAnIpv6ClusterAsIpv6InsteadOfRefusingIt() {
        var topology = readCluster("kubernetesNetworkConfig: {ipFamily: ipv6}\n");

        assertThat(log.problems()).isEmpty();
        assertThat(topology.ipFamily()).isEqualTo("IPv6");
        assertThat(defaults())
                .anySatisfy(line -> assertThat(line).contains("IPv6").contains("does not model"));
    }

    @Test
    void refusesAnIpFamilyEksctlDoesNotKnow() {
        readCluster("kubernetesNetworkConfig: {ipFamily: dual}\n");

        assertThat(log.problems())
                .containsExactly(new ImportProblem(
                        0,
                        "ClusterConfig/demo",
                        "kubernetesNetworkConfig.ipFamily",
                        "invalid value \"dual\" for ipFamily; allowed are IPv4 and IPv6"));
    }

    @Test
    void readsManagedAndUnmanagedNodeGroups() {
        var topology = readCluster("""
                nodeGroups:
                  - name: workers
                    instanceType: c5.xlarge
                    desiredCapacity: 3
                    minSize: 1
                    maxSize: 6
                    privateNetworking: true
                    maxPodsPerNode: 40
                managedNodeGroups:
                  - name: system
                    instanceType: t3.large
                    desiredCapacity: 4
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups())
                .containsExactly(
                        new NodeGroupSpec(
                                "workers",
                                "c5.xlarge",
                                3,
                                1,
                                6,
                                List.of("private-a", "private-b", "private-c"),
                                false,
                                40),
                        new NodeGroupSpec(
                                "system",
                                "t3.large",
                                4,
                                4,
                                4,
                                List.of("public-a", "public-b", "public-c"),
                                true,
                                null));
        assertThat(defaults())
                .anySatisfy(line -> assertThat(line).contains("managedNodeGroups[0] (system).minSize: 4"))
                .anySatisfy(line -> assertThat(line).contains("managedNodeGroups[0] (system).maxSize: 4"))
                .anySatisfy(line -> assertThat(line).contains("nodeGroups[0] (workers).subnets: every private"));
    }

    @Test
    void defaultsAnUnmanagedGroupToTwoNodes() {
        var topology = readCluster("nodeGroups: [{name: ng}]\n");

        assertThat(topology.nodeGroups().get(0))
                .extracting(NodeGroupSpec::desiredSize, NodeGroupSpec::minSize, NodeGroupSpec::maxSize)
                .containsExactly(2, 2, 2);
    }

    @Test
    void turnsADefaultedMaximumOfZeroIntoOne() {
        var topology = readCluster("managedNodeGroups: [{name: ng, desiredCapacity: 0}]\n");

        assertThat(topology.nodeGroups().get(0))
                .extracting(NodeGroupSpec::desiredSize, NodeGroupSpec::minSize, NodeGroupSpec::maxSize)
                .containsExactly(0, 0, 1);
    }

    @Test
    void placesANodeGroupBySubnetKeysIdsAndZones() {
        var topology = readCluster("""
                vpc:
                  subnets:
                    public:
                      ap-northeast-2a: {cidr: 192.168.0.0/19}
                      ap-northeast-2b: {cidr: 192.168.32.0/19}
                    private:
                      ap-northeast-2a: {cidr: 192.168.96.0/19}
                      mine: {id: subnet-0123456789abcdef0, az: ap-northeast-2b, cidr: 192.168.128.0/19}
                managedNodeGroups:
                  - name: by-key
                    subnets: [ap-northeast-2b]
                  - name: by-private-key
                    privateNetworking: true
                    subnets: [ap-northeast-2a, subnet-0123456789abcdef0]
                  - name: by-zone
                    availabilityZones: [ap-northeast-2a]
                  - name: unknown-id
                    subnets: [subnet-0fedcba9876543210]
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups())
                .extracting(NodeGroupSpec::name, NodeGroupSpec::subnets)
                .containsExactly(
                        tuple("by-key", List.of("public-b")),
                        tuple("by-private-key", List.of("private-a", "mine")),
                        tuple("by-zone", List.of("public-a")),
                        tuple("unknown-id", List.of("subnet-0fedcba9876543210")));
        assertThat(subnet(topology, "subnet-0fedcba9876543210"))
                .extracting(SubnetSpec::id, SubnetSpec::cidr, SubnetSpec::type)
                .containsExactly("subnet-0fedcba9876543210", null, SubnetType.PUBLIC);
        assertThat(defaults()).anySatisfy(line -> assertThat(line).contains("would ask AWS"));
    }

    @Test
    void reportsASubnetKeyThatIsNotThere() {
        readCluster("managedNodeGroups: [{name: ng, subnets: [nowhere]}]\n");

        assertThat(log.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("managedNodeGroups[0].subnets[0]"));
    }

    @Test
    void plansAMixedGroupWithTheTypeOfTheFewestPods() {
        var topology =
                readCluster("managedNodeGroups: [{name: mixed, instanceTypes: [m5.xlarge, t3.medium, c5.large]}]\n");

        assertThat(topology.nodeGroups().get(0).instanceType()).isEqualTo("t3.medium");
        assertThat(defaults())
                .anySatisfy(line ->
                        assertThat(line).contains("instanceType: t3.medium").contains("fewest pods"));
    }

    @Test
    void plansAnUnmanagedMixedGroupFromItsInstancesDistribution() {
        var topology = readCluster(
                "nodeGroups: [{name: mixed, instancesDistribution: {instanceTypes: [c5.xlarge, m5.large]}}]\n");

        assertThat(topology.nodeGroups().get(0).instanceType()).isEqualTo("m5.large");
    }

    @Test
    void readsTheVpcCniSettingsFromJsonConfigurationValues() {
        var topology = readCluster("""
                addons:
                  - name: vpc-cni
                    version: latest
                    configurationValues: |-
                      {"env": {"ENABLE_PREFIX_DELEGATION": "true", "WARM_ENI_TARGET": "2", "WARM_IP_TARGET": "5",
                       "MINIMUM_IP_TARGET": "10", "WARM_PREFIX_TARGET": "1", "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG": "false",
                       "ENABLE_POD_ENI": "true", "ENABLE_SUBNET_DISCOVERY": "false", "AWS_VPC_K8S_CNI_LOGLEVEL": "DEBUG"}}
                  - name: coredns
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.cni()).isEqualTo(new CniSpec(true, 2, 5, 10, 1, false, true, false));
    }

    @Test
    void readsTheVpcCniSettingsFromYamlConfigurationValues() {
        var topology = readCluster("""
                addons:
                  - name: vpc-cni
                    configurationValues: |
                      env:
                        ENABLE_PREFIX_DELEGATION: "true"
                        WARM_PREFIX_TARGET: "2"
                """);

        assertThat(topology.cni()).isEqualTo(new CniSpec(true, null, null, null, 2, null, null, null));
    }

    @Test
    void reportsABadCniSetting() {
        readCluster("""
                addons:
                  - name: vpc-cni
                    configurationValues: '{"env": {"WARM_IP_TARGET": "lots"}}'
                """);

        assertThat(log.problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.field()).isEqualTo("addons[0].configurationValues.env.WARM_IP_TARGET"));
    }

    @Test
    void readsARealisticFileWithAnchorsAndAliases() {
        var topology = read("""
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata:
                  name: shop
                  region: eu-central-1
                  version: "1.31"
                  tags: {team: payments}
                iam:
                  withOIDC: true
                vpc:
                  cidr: 10.20.0.0/16
                  clusterEndpoints: {publicAccess: true, privateAccess: true}
                  subnets:
                    private:
                      eu-central-1a: {cidr: 10.20.0.0/19}
                      eu-central-1b: {cidr: 10.20.32.0/19}
                    public:
                      eu-central-1a: {cidr: 10.20.128.0/22}
                      eu-central-1b: {cidr: 10.20.132.0/22}
                managedNodeGroups:
                  - &defaults
                    name: app-a
                    instanceType: m6i.large
                    privateNetworking: true
                    minSize: 2
                    maxSize: 10
                    labels: {tier: app}
                    iam:
                      withAddonPolicies: {autoScaler: true}
                    subnets: [eu-central-1a]
                  - <<: *defaults
                    name: app-b
                    desiredCapacity: 3
                    subnets: [eu-central-1b]
                cloudWatch:
                  clusterLogging: {enableTypes: ["api"]}
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups())
                .containsExactly(
                        new NodeGroupSpec("app-a", "m6i.large", 2, 2, 10, List.of("private-a"), true, null),
                        new NodeGroupSpec("app-b", "m6i.large", 3, 2, 10, List.of("private-b"), true, null));
    }

    @Test
    void reportsUnknownAndWronglyTypedFieldsWithTheirPaths() {
        readCluster("""
                vpc: {cidr: 10.0.0.0/16, natGateway: Single}
                managedNodeGroups:
                  - name: ng-1
                    desiredCapacity: four
                    privateNetworking: "yes"
                    instanceTypes: m5.large
                """);

        assertThat(log.problems())
                .extracting(ImportProblem::document, ImportProblem::object, ImportProblem::field)
                .containsExactlyInAnyOrder(
                        tuple(0, "ClusterConfig/demo", "vpc.natGateway"),
                        tuple(0, "ClusterConfig/demo", "managedNodeGroups[0].desiredCapacity"),
                        tuple(0, "ClusterConfig/demo", "managedNodeGroups[0].privateNetworking"),
                        tuple(0, "ClusterConfig/demo", "managedNodeGroups[0].instanceTypes"));
        assertThat(log.problems())
                .filteredOn(problem -> problem.field().endsWith("desiredCapacity"))
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.message()).isEqualTo("must be a whole number, was the string \"four\""));
    }

    @Test
    void reportsAnUnknownTopLevelFieldAsEksctlsStrictSchemaDoes() {
        readCluster("x-shared: &shared {minSize: 1}\n");

        assertThat(log.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("x-shared"));
    }

    @Test
    void reportsAWrongKindOrApiVersion() {
        read("apiVersion: eksctl.io/v1alpha4\nkind: ClusterConfig\nmetadata: {name: demo, region: eu-west-1}\n");

        assertThat(log.problems()).extracting(ImportProblem::field).containsExactly("apiVersion");
    }

    @Test
    void readsControlPlaneSubnetsByIdOrAsThePrivateOnes() {
        var byId = readCluster("""
                vpc:
                  subnets:
                    private:
                      ap-northeast-2a: {id: subnet-0123456789abcdef0, cidr: 192.168.0.0/19}
                      ap-northeast-2b: {id: subnet-0abcdef0123456789, cidr: 192.168.32.0/19}
                  controlPlaneSubnetIDs: [subnet-0abcdef0123456789]
                """);
        var onPrivate = readCluster("vpc: {controlPlaneOnPrivateSubnets: true}\n");

        assertThat(byId.controlPlaneSubnets()).containsExactly("private-b");
        assertThat(onPrivate.controlPlaneSubnets()).containsExactly("private-a", "private-b", "private-c");
    }
}
