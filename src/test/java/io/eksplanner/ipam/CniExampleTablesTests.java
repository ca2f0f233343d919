package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.catalog.MaxPods;
import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.NodePlan;
import io.eksplanner.validation.Topologies;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example tables of the CNI's {@code docs/eni-and-ip-target.md} and {@code docs/prefix-and-ip-target.md}
 * (aws/amazon-vpc-cni-k8s), row by row: one node of the type running a Deployment of that many replicas under the
 * row's warm settings. Each row runs on an unmanaged node group (max pods uncapped: t3.small 11, p3dn.24xlarge 737)
 * and on a managed one (EKS's cap: 110 and 250), to show that the cap does not change the row. A "-" in the table
 * is an unset variable, written here as an empty column.
 */
class CniExampleTablesTests {

    @ParameterizedTest(name = "{0} WARM_ENI={1} WARM_IP={2} MIN_IP={3}, {4} pods: {5} ENIs, {6} secondary IPs ({7})")
    @CsvSource(delimiter = '|', textBlock = """
            t3.small      | 1 |   |    |  0 | 1 |   3 | 3
            t3.small      | 1 |   |    |  5 | 3 |   9 | 3,3,3
            t3.small      | 1 |   |    |  9 | 3 |   9 | 3,3,3
            t3.small      |   | 1 |  1 |  0 | 1 |   1 | 1
            t3.small      |   | 1 |  1 |  5 | 2 |   6 | 3,3
            t3.small      |   | 1 |  1 |  9 | 3 |   9 | 3,3,3
            t3.small      |   | 2 |  5 |  0 | 2 |   5 | 2,3
            t3.small      |   | 2 |  5 |  5 | 3 |   7 | 3,3,1
            t3.small      |   | 2 |  5 |  9 | 3 |   9 | 3,3,3
            p3dn.24xlarge | 1 |   |    |  0 | 1 |  49 | 49
            p3dn.24xlarge | 1 |   |    |  3 | 2 |  98 | 49,49
            p3dn.24xlarge | 1 |   |    | 95 | 3 | 147 | 49,49,49
            p3dn.24xlarge |   | 5 | 10 |  0 | 1 |  10 | 10
            p3dn.24xlarge |   | 5 | 10 |  7 | 1 |  12 | 12
            p3dn.24xlarge |   | 5 | 10 | 15 | 1 |  20 | 20
            p3dn.24xlarge |   | 5 | 10 | 45 | 2 |  50 | 49,1
            """)
    void attachesTheEnisAndSecondaryIpsOfTheEniAndIpTargetTable(
            String instanceType,
            Integer warmEniTarget,
            Integer warmIpTarget,
            Integer minimumIpTarget,
            int pods,
            int attachedEnis,
            int attachedSecondaryIps,
            String ipsPerEni) {
        for (boolean managed : new boolean[] {false, true}) {
            var plan = plan(
                    Topologies.canonical()
                            .set("cni.warmEniTarget", warmEniTarget)
                            .set("cni.warmIpTarget", warmIpTarget)
                            .set("cni.minimumIpTarget", minimumIpTarget),
                    instanceType,
                    managed,
                    pods);
            var node = onlyNode(plan);

            assertThat(node.enis()).as("attached ENIs (managed %s)", managed).hasSize(attachedEnis);
            assertThat(node.enis().stream()
                            .mapToInt(eni -> eni.secondaryIps().length)
                            .toArray())
                    .as("IPs per ENI (managed %s)", managed)
                    .containsExactlyInAnyOrder(counts(ipsPerEni));
            assertThat(plan.totals().podIps() + plan.totals().warmIps())
                    .as("attached secondary IPs")
                    .isEqualTo(attachedSecondaryIps);
            assertThat(plan.totals().warmIps()).as("unused IPs").isEqualTo(attachedSecondaryIps - pods);
            assertThat(plan.totals().running()).isEqualTo(pods);
        }
    }

    @ParameterizedTest(
            name = "{0} WARM_PREFIX={1} WARM_IP={2} MIN_IP={3}, {4} pods: {5} ENIs, {6} prefixes ({7}), {8} unused IPs")
    @CsvSource(delimiter = '|', textBlock = """
            t3.small      | 1 |   |    |  0 | 1 | 1 | 1   | 16
            t3.small      | 1 |   |    |  5 | 1 | 2 | 2   | 27
            t3.small      | 1 |   |    | 16 | 1 | 2 | 2   | 16
            t3.small      | 1 |   |    | 17 | 1 | 3 | 3   | 31
            t3.small      | 1 |   |    | 58 | 2 | 5 | 3,2 | 22
            t3.small      |   | 1 |  1 |  0 | 1 | 1 | 1   | 16
            t3.small      |   | 1 |  1 |  5 | 1 | 1 | 1   | 11
            t3.small      |   | 1 |  1 | 17 | 1 | 2 | 2   | 15
            t3.small      |   | 1 |  1 | 58 | 2 | 4 | 3,1 |  6
            t3.small      |   | 7 | 20 |  5 | 1 | 2 | 2   | 27
            t3.small      |   | 7 | 20 | 17 | 1 | 2 | 2   | 15
            t3.small      |   | 7 | 20 | 58 | 2 | 5 | 3,2 | 22
            p3dn.24xlarge | 1 |   |    |  0 | 1 | 1 | 1   | 16
            p3dn.24xlarge |   | 5 | 10 |  0 | 1 | 1 | 1   | 16
            p3dn.24xlarge |   | 5 | 10 |  7 | 1 | 1 | 1   |  9
            p3dn.24xlarge |   | 5 | 10 | 15 | 1 | 2 | 2   | 17
            """)
    void attachesThePrefixesOfThePrefixAndIpTargetTable(
            String instanceType,
            Integer warmPrefixTarget,
            Integer warmIpTarget,
            Integer minimumIpTarget,
            int pods,
            int enis,
            int attachedPrefixes,
            String prefixesPerEni,
            int unusedIps) {
        assertPrefixRow(
                instanceType,
                warmPrefixTarget,
                warmIpTarget,
                minimumIpTarget,
                pods,
                enis,
                attachedPrefixes,
                prefixesPerEni,
                unusedIps);
    }

    /**
     * Rows of {@code prefix-and-ip-target.md} that contradict the current ipamd code (src/docs/reference/vpc-cni.md
     * §4.3), asserted with the steady-state formula's values instead of the table's:
     *
     * <ul>
     *   <li>t3.small, WARM_IP=7, MIN=20, 0 pods: the table says "Attached Prefixes 1" but "Prefixes per ENI 2"; the
     *       minimum of 20 IPs needs ⌈20/16⌉ = 2 prefixes, so 32 unused IPs, not the table's 16.
     *   <li>p3dn.24xlarge at 3 and 95 pods (WARM_PREFIX=1) and at 45 pods (WARM_IP=5, MIN=10): the table shows 2, 3
     *       and 2 ENIs with the extra ones holding no prefix ("2,0", "7,0,0", "4,0"). ipamd's
     *       {@code increaseDatastorePool} adds prefixes to the attached ENIs first and attaches a new ENI only when
     *       none could be added, and one ENI holds 49 prefixes, so the node keeps 1 ENI.
     * </ul>
     */
    @ParameterizedTest(
            name = "formula, not the table: {0} WARM_PREFIX={1} WARM_IP={2} MIN_IP={3}, {4} pods: {5} ENIs, {6}"
                    + " prefixes ({7}), {8} unused IPs")
    @CsvSource(delimiter = '|', textBlock = """
            t3.small      |   | 7 | 20 |  0 | 1 | 2 | 2 | 32
            p3dn.24xlarge | 1 |   |    |  3 | 1 | 2 | 2 | 29
            p3dn.24xlarge | 1 |   |    | 95 | 1 | 7 | 7 | 17
            p3dn.24xlarge |   | 5 | 10 | 45 | 1 | 4 | 4 | 19
            """)
    void followsTheSteadyStateFormulaWhereThePrefixTableContradictsIpamd(
            String instanceType,
            Integer warmPrefixTarget,
            Integer warmIpTarget,
            Integer minimumIpTarget,
            int pods,
            int enis,
            int attachedPrefixes,
            String prefixesPerEni,
            int unusedIps) {
        assertPrefixRow(
                instanceType,
                warmPrefixTarget,
                warmIpTarget,
                minimumIpTarget,
                pods,
                enis,
                attachedPrefixes,
                prefixesPerEni,
                unusedIps);
    }

    private static void assertPrefixRow(
            String instanceType,
            Integer warmPrefixTarget,
            Integer warmIpTarget,
            Integer minimumIpTarget,
            int pods,
            int enis,
            int attachedPrefixes,
            String prefixesPerEni,
            int unusedIps) {
        for (boolean managed : new boolean[] {false, true}) {
            var plan = plan(
                    Topologies.canonical()
                            .set("cni.prefixDelegation", true)
                            .set("cni.warmPrefixTarget", warmPrefixTarget)
                            .set("cni.warmEniTarget", null)
                            .set("cni.warmIpTarget", warmIpTarget)
                            .set("cni.minimumIpTarget", minimumIpTarget),
                    instanceType,
                    managed,
                    pods);
            var node = onlyNode(plan);

            assertThat(node.enis()).as("ENIs (managed %s)", managed).hasSize(enis);
            assertThat(node.enis().stream()
                            .mapToInt(eni -> eni.prefixes().length)
                            .toArray())
                    .as("prefixes per ENI (managed %s)", managed)
                    .containsExactlyInAnyOrder(counts(prefixesPerEni));
            assertThat(node.enis().stream()
                            .mapToInt(eni -> eni.prefixes().length)
                            .sum())
                    .as("attached prefixes")
                    .isEqualTo(attachedPrefixes);
            assertThat(node.enis())
                    .allSatisfy(eni -> assertThat(eni.secondaryIps()).isEmpty());
            assertThat(plan.totals().warmIps()).as("unused IPs").isEqualTo(unusedIps);
            assertThat(plan.totals().running()).isEqualTo(pods);
        }
    }

    private static IpPlan plan(Topologies topology, String instanceType, boolean managed, int pods) {
        if (!managed && Boolean.TRUE.equals(topology.topology().cni().prefixDelegation())) {
            // A self-managed AL2023 node registers nodeadm's N×(M−1)+2 whatever the CNI mode (CalcMaxPods,
            // src/docs/domain-rules.md §3); the tables assume the prefix-delegation max pods, which users set.
            var type = Topologies.CATALOG.find(instanceType).orElseThrow();
            topology = topology.set("nodeGroups[0].maxPods", MaxPods.forMode(type, true, false));
        }
        return Plans.desired(topology.set("nodeGroups[0].instanceType", instanceType)
                .set("nodeGroups[0].desiredSize", 1)
                .set("nodeGroups[0].minSize", 1)
                .set("nodeGroups[0].managed", managed)
                .set("workloads[0].replicas", pods));
    }

    private static NodePlan onlyNode(IpPlan plan) {
        assertThat(plan.nodes()).hasSize(1);
        var node = plan.nodes().get(0);
        assertThat(node.enis()).extracting(EniPlan::kind).doesNotContain(EniKind.TRUNK, EniKind.BRANCH);
        return node;
    }

    private static int[] counts(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
    }
}
