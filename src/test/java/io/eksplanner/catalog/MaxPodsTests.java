package io.eksplanner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CNI's and EKS's max-pods arithmetic, checked against the data file and AWS's documented figures. */
class MaxPodsTests {

    static final InstanceTypeCatalog CATALOG = InstanceTypeCatalog.load();

    static final Path DATA = Path.of("src/main/resources/catalog/eni-limits.tsv");

    static InstanceType type(String name) {
        return CATALOG.find(name).orElseThrow(() -> new AssertionError(name + " is not in the catalogue"));
    }

    /** N×(M−1)+2 per type, from the raw columns of the data file, read without the catalogue's loader. */
    static Map<String, Integer> publishedFromTheRawData() throws IOException {
        var lines = Files.readAllLines(DATA);
        var header = Arrays.asList(lines.get(0).split("\t"));
        int name = header.indexOf("instance_type");
        int enis = header.indexOf("max_enis");
        int ips = header.indexOf("ipv4_per_eni");
        assertThat(new int[] {name, enis, ips}).as("columns of %s", DATA).doesNotContain(-1);
        var published = new LinkedHashMap<String, Integer>();
        for (var line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            var cells = line.split("\t", -1);
            int n = Integer.parseInt(cells[enis]);
            int m = Integer.parseInt(cells[ips]);
            published.put(cells[name], n * (m - 1) + 2);
        }
        return published;
    }

    @Test
    void publishesNTimesMMinusOnePlusTwoForEveryTypeOfTheData() throws IOException {
        var expected = publishedFromTheRawData();
        var actual = new LinkedHashMap<String, Integer>();
        CATALOG.all().forEach(type -> actual.put(type.name(), MaxPods.published(type)));

        assertThat(expected).hasSize(1391);
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void matchesAwsPublishedFigures() {
        assertThat(MaxPods.published(type("m5.large"))).isEqualTo(29);
        assertThat(MaxPods.published(type("c5.4xlarge"))).isEqualTo(234);
        assertThat(MaxPods.published(type("t3.medium"))).isEqualTo(17);
    }

    @Test
    void multipliesBySixteenWithPrefixDelegationAndCapsAt110ForASmallManagedNode() {
        var m5Large = type("m5.large");

        Integer delegated = MaxPods.withPrefixDelegation(m5Large);

        assertThat(delegated).isEqualTo(434);
        assertThat(MaxPods.capForManaged(m5Large, delegated)).isEqualTo(110);
    }

    @Test
    void leavesThePrimaryEniOutWithCustomNetworking() {
        assertThat(MaxPods.withCustomNetworking(type("m5.large"))).isEqualTo(20);
    }

    @Test
    void capsAManagedNodeWithMoreThan30VcpusAt250() {
        var c5 = type("c5.18xlarge");
        assertThat(c5.vcpus()).isEqualTo(72);
        assertThat(MaxPods.published(c5)).isEqualTo(737);

        assertThat(MaxPods.managedCap(c5)).isEqualTo(250);
        assertThat(MaxPods.capForManaged(c5, MaxPods.published(c5))).isEqualTo(250);
    }

    @Test
    void capsAManagedNodeWithExactly30VcpusAt110() {
        var thirty = new InstanceType("x9.test", 15, 50, "nitro", false, 1, 107, 15, 30);
        var thirtyOne = new InstanceType("x9.test", 15, 50, "nitro", false, 1, 107, 15, 31);

        assertThat(MaxPods.managedCap(thirty)).isEqualTo(110);
        assertThat(MaxPods.managedCap(thirtyOne)).isEqualTo(250);
    }

    @Test
    void offersNoPrefixDelegationOnXenTypesThatAreNotBareMetal() {
        var m4Large = type("m4.large");
        assertThat(m4Large.hypervisor()).isEqualTo("xen");
        assertThat(m4Large.bareMetal()).isFalse();

        assertThat(MaxPods.prefixDelegationSupported(m4Large)).isFalse();
        assertThat(MaxPods.withPrefixDelegation(m4Large)).isNull();
    }

    @Test
    void offersPrefixDelegationOnBareMetalWhoseHypervisorIsUnknown() {
        var m5Metal = type("m5.metal");
        assertThat(m5Metal.hypervisor()).isEqualTo("unknown");
        assertThat(m5Metal.bareMetal()).isTrue();

        assertThat(MaxPods.withPrefixDelegation(m5Metal)).isEqualTo(15 * 49 * 16 + 2);
    }

    /**
     * EKS's calculator multiplies by 16 only when EC2's Hypervisor is "nitro" ({@code IS_NITRO} in amazon-eks-ami
     * {@code templates/al2/runtime/max-pods-calculator.sh} at 0a6d499e), although the CNI delegates prefixes on bare
     * metal too: a managed u-6tb1.metal (hypervisor unknown, 448 vCPUs) with prefix delegation gets 5 × 29 + 2, not
     * the 250 cap.
     */
    @Test
    void givesTheCalculatorsSecondaryIpFormulaForTheModeOnBareMetalThatIsNotNitro() {
        var u6 = type("u-6tb1.metal");
        assertThat(u6.hypervisor()).isEqualTo("unknown");
        assertThat(MaxPods.prefixDelegationSupported(u6)).isTrue();

        assertThat(MaxPods.forMode(u6, true, false)).isEqualTo(147);
        assertThat(MaxPods.capForManaged(u6, MaxPods.forMode(u6, true, false))).isEqualTo(147);
        assertThat(MaxPods.forMode(u6, true, true)).isEqualTo(4 * 29 + 2);
        assertThat(MaxPods.forMode(type("m5.large"), true, false)).isEqualTo(434);
        assertThat(MaxPods.forMode(type("m5.large"), true, true)).isEqualTo(290);
    }

    @Test
    void leavesOnlyTheHostNetworkPodsWithCustomNetworkingOnASingleEniType() {
        var hpc = type("hpc6id.32xlarge");
        assertThat(hpc.maxEnis()).isEqualTo(1);

        assertThat(MaxPods.withCustomNetworking(hpc)).isEqualTo(2);
    }

    @Test
    void knowsNoManagedCapWhereTheVcpusAreUnknown() {
        var c7i = type("c7i.32xlarge");
        assertThat(c7i.vcpus()).isNull();

        assertThat(MaxPods.managedCap(c7i)).isNull();
        assertThat(MaxPods.capForManaged(c7i, MaxPods.published(c7i))).isEqualTo(MaxPods.published(c7i));
    }
}
