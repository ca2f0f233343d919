package io.eksplanner.importing.eksctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.OutpostSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the reader takes Local Zones, subnets whose AZ only AWS knows, control-plane subnet ids outside
 * {@code vpc.subnets}, Outposts and IPv6 as eksctl reads them (github.com/eksctl-io/eksctl commit 99984adb), and how the
 * writer gives the new fields back.
 */
class EksctlZonesOutpostsAndIpv6Tests {

    private static final String HEADER = "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n";
    private static final String ARN = "arn:aws:outposts:us-west-2:123456789012:outpost/op-0123456789abcdef0";

    private final EksctlReader reader = new EksctlReader();
    private ImportLog log = new ImportLog();

    @SuppressWarnings("unchecked")
    private TopologyDocument read(String yaml) {
        log = new ImportLog();
        var document =
                (Map<String, Object>) new YamlDocuments().parse(HEADER + yaml).get(0);
        return reader.read(document, 0, log);
    }

    private static NodeGroupSpec group(TopologyDocument topology, String name) {
        return topology.nodeGroups().stream()
                .filter(group -> group.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static SubnetSpec subnet(TopologyDocument topology, String name) {
        return topology.subnets().stream()
                .filter(subnet -> subnet.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subnet " + name + " in " + topology.subnets()));
    }

    private static final String LOCAL_ZONES = """
            metadata: {name: lz, region: us-west-2}
            availabilityZones: [us-west-2a, us-west-2b]
            localZones: [us-west-2-lax-1a, us-west-2-lax-1b]
            nodeGroups:
              - name: local-ng
                localZones: [us-west-2-lax-1a]
              - name: regional-ng
              - name: private-local-ng
                privateNetworking: true
                localZones: [us-west-2-lax-1b]
            """;

    @Test
    void givesLocalZoneSubnetsOnlyToNodeGroupsThatListLocalZones() {
        var topology = read(LOCAL_ZONES);

        assertThat(log.problems()).isEmpty();
        assertThat(group(topology, "local-ng").subnets()).containsExactly("public-lax-1a");
        assertThat(group(topology, "private-local-ng").subnets()).containsExactly("private-lax-1b");
        assertThat(group(topology, "regional-ng").subnets()).containsExactly("public-a", "public-b");
    }

    @Test
    void splitsTheVpcOverAzsThenLocalZonesAsEksctlsSetSubnetsDoes() {
        var topology = read(LOCAL_ZONES);

        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::cidr, SubnetSpec::availabilityZone)
                .containsExactly(
                        tuple("public-a", "192.168.0.0/19", "us-west-2a"),
                        tuple("public-b", "192.168.32.0/19", "us-west-2b"),
                        tuple("private-a", "192.168.128.0/19", "us-west-2a"),
                        tuple("private-b", "192.168.160.0/19", "us-west-2b"),
                        tuple("public-lax-1a", "192.168.64.0/19", "us-west-2-lax-1a"),
                        tuple("public-lax-1b", "192.168.96.0/19", "us-west-2-lax-1b"),
                        tuple("private-lax-1a", "192.168.192.0/19", "us-west-2-lax-1a"),
                        tuple("private-lax-1b", "192.168.224.0/19", "us-west-2-lax-1b"));
    }

    @Test
    void keepsLocalZoneSubnetsOutOfTheControlPlane() {
        var topology = read(LOCAL_ZONES);

        assertThat(topology.controlPlaneSubnets()).containsExactly("public-a", "public-b", "private-a", "private-b");
    }

    @Test
    void refusesANodeGroupLocalZoneTheClusterDoesNotList() {
        read("""
                metadata: {name: lz, region: us-west-2}
                localZones: [us-west-2-lax-1a]
                nodeGroups:
                  - name: ng
                    localZones: [us-west-2-den-1a]
                """);

        assertThat(log.problems()).extracting(ImportProblem::field).containsExactly("nodeGroups[0].localZones[0]");
    }

    @Test
    void importsAliasSubnetsWithoutAnAzWithTheAzUnknown() {
        var topology = read("""
                metadata: {name: alias, region: us-west-2}
                vpc:
                  id: vpc-0c24b1cc77da8f463
                  cidr: 192.168.0.0/16
                  subnets:
                    public:
                      public-one: {id: subnet-0324095a4f2188967}
                    private:
                      private-one: {cidr: 192.168.160.0/19}
                      us-west-2b: {id: subnet-00110ffa3ef259d0c}
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.vpc().id()).isEqualTo("vpc-0c24b1cc77da8f463");
        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::availabilityZone)
                .containsExactly(
                        tuple("public-one", null), tuple("private-one", null), tuple("private-b", "us-west-2b"));
        assertThat(log.report().defaults())
                .anySatisfy(line -> assertThat(line).contains("private-one").contains("with CIDR 192.168.160.0/19"));
    }

    @Test
    void importsControlPlaneSubnetIdsOutsideVpcSubnetsAsSubnetsKnownOnlyById() {
        var topology = read("""
                metadata: {name: cp, region: us-west-2}
                vpc:
                  controlPlaneSubnetIDs: [subnet-1234, subnet-5678]
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.controlPlaneSubnets()).containsExactly("subnet-1234", "subnet-5678");
        assertThat(subnet(topology, "subnet-1234"))
                .extracting(SubnetSpec::id, SubnetSpec::type, SubnetSpec::cidr, SubnetSpec::availabilityZone)
                .containsExactly("subnet-1234", null, null, null);
    }

    private static final String OUTPOST = """
            metadata: {name: outpost, region: us-west-2}
            nodeGroups:
              - {name: ng, instanceType: m5d.large, privateNetworking: true}
            outpost:
              controlPlaneOutpostARN: %s
              controlPlaneInstanceType: m5d.large
              controlPlanePlacement: {groupName: placement-group-name}
            """.formatted(ARN);

    @Test
    void readsTheOutpostBlockAndMakesTheEndpointPrivateOnly() {
        var topology = read(OUTPOST);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.outpost()).isEqualTo(new OutpostSpec(ARN, "m5d.large", "placement-group-name"));
        assertThat(topology.endpointAccess().publicAccess()).isFalse();
        assertThat(topology.endpointAccess().privateAccess()).isTrue();
        assertThat(topology.endpointAccess().publicAccessCidrs()).isEmpty();
    }

    @Test
    void splitsTheVpcOverTheOutpostsOneAzWhichOnlyAwsKnows() {
        var topology = read(OUTPOST);

        assertThat(topology.subnets())
                .extracting(SubnetSpec::name, SubnetSpec::cidr, SubnetSpec::availabilityZone, SubnetSpec::type)
                .containsExactly(
                        tuple("public-outpost", "192.168.0.0/19", null, SubnetType.PUBLIC),
                        tuple("private-outpost", "192.168.32.0/19", null, SubnetType.PRIVATE));
        assertThat(topology.controlPlaneSubnets()).containsExactly("private-outpost");
        assertThat(group(topology, "ng").subnets()).containsExactly("private-outpost");
    }

    @Test
    void keepsAPublicEndpointOnOutpostsForValidationToReport() {
        var topology = read(OUTPOST + "vpc: {clusterEndpoints: {publicAccess: true}}\n");

        assertThat(log.problems()).isEmpty();
        assertThat(topology.endpointAccess().publicAccess()).isTrue();
        assertThat(topology.endpointAccess().privateAccess()).isTrue();
    }

    @Test
    void refusesAnOutpostBlockWithoutAnOutpostsArn() {
        read("metadata: {name: o, region: us-west-2}\noutpost: {controlPlaneInstanceType: m5d.large}\n");
        assertThat(log.problems())
                .extracting(ImportProblem::field, ImportProblem::message)
                .containsExactly(tuple(
                        "outpost.controlPlaneOutpostARN", "outpost.controlPlaneOutpostARN is required for Outposts"));

        read("metadata: {name: o, region: us-west-2}\noutpost: {controlPlaneOutpostARN: 'arn:aws:ec2:::vpc/v'}\n");
        assertThat(log.problems())
                .extracting(ImportProblem::message)
                .containsExactly("invalid Outpost ARN: \"arn:aws:ec2:::vpc/v\"");
    }

    @Test
    void writesIpFamilyOutpostAndVpcIdBack() {
        var imported =
                read(OUTPOST + "kubernetesNetworkConfig: {ipFamily: IPv6}\nvpc: {id: vpc-1234, cidr: 10.0.0.0/16}\n");

        var yaml = new EksctlWriter().write(imported);
        var again = read(yaml.substring(HEADER.length()));

        assertThat(yaml).contains("ipFamily: IPv6").contains("controlPlaneOutpostARN: " + ARN);
        assertThat(again.ipFamily()).isEqualTo("IPv6");
        assertThat(again.outpost()).isEqualTo(imported.outpost());
        assertThat(again.vpc().id()).isEqualTo("vpc-1234");
    }
}
