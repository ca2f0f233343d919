package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CNI's steady state as a pure function of the settings, the node's ENI capacity, its max pods and its pods
 * (src/docs/reference/vpc-cni.md §4.3, §6 rule 7), on the rows of the CNI's {@code docs/eni-and-ip-target.md} and
 * {@code docs/prefix-and-ip-target.md} and on the limits that cut the warm pool short.
 */
class WarmTargetsTests {

    /** The manifest's defaults with the given targets (0 = unset). */
    private static EffectiveCni cni(boolean prefixes, int warmEni, int warmIp, int minimumIp, int warmPrefix) {
        return new EffectiveCni(prefixes, warmEni, warmIp, minimumIp, warmPrefix, false, false, true);
    }

    private static EniCapacity capacity(String type, EffectiveCni cni) {
        return EniCapacity.of(Topologies.CATALOG.find(type).orElseThrow(), cni);
    }

    @ParameterizedTest(name = "{0} WARM_ENI={1} WARM_IP={2} MIN_IP={3}, {4} pods: {5} ENIs, {6} secondary IPs")
    @CsvSource(delimiter = '|', textBlock = """
            t3.small      | 1 | 0 |  0 |  0 | 1 |   3
            t3.small      | 1 | 0 |  0 |  5 | 3 |   9
            t3.small      | 1 | 0 |  0 |  9 | 3 |   9
            t3.small      | 0 | 1 |  1 |  0 | 1 |   1
            t3.small      | 0 | 1 |  1 |  5 | 2 |   6
            t3.small      | 0 | 1 |  1 |  9 | 3 |   9
            t3.small      | 0 | 2 |  5 |  0 | 2 |   5
            t3.small      | 0 | 2 |  5 |  5 | 3 |   7
            t3.small      | 0 | 2 |  5 |  9 | 3 |   9
            p3dn.24xlarge | 1 | 0 |  0 |  0 | 1 |  49
            p3dn.24xlarge | 1 | 0 |  0 |  3 | 2 |  98
            p3dn.24xlarge | 1 | 0 |  0 | 95 | 3 | 147
            p3dn.24xlarge | 0 | 5 | 10 |  0 | 1 |  10
            p3dn.24xlarge | 0 | 5 | 10 |  7 | 1 |  12
            p3dn.24xlarge | 0 | 5 | 10 | 15 | 1 |  20
            p3dn.24xlarge | 0 | 5 | 10 | 45 | 2 |  50
            """)
    void holdsTheSecondaryIpsOfTheEniAndIpTargetTable(
            String type, int warmEni, int warmIp, int minimumIp, int pods, int enis, int secondaryIps) {
        var cni = cni(false, warmEni, warmIp, minimumIp, 1);
        var capacity = capacity(type, cni);
        int maxPods = capacity.podEnis() * capacity.slotsPerEni() + 2;

        assertThat(WarmTargets.of(cni, capacity, maxPods, pods)).isEqualTo(new WarmTargets(secondaryIps, enis));
    }

    @ParameterizedTest(name = "{0} WARM_PREFIX={1} WARM_IP={2} MIN_IP={3}, {4} pods: {5} ENIs, {6} prefixes")
    @CsvSource(delimiter = '|', textBlock = """
            t3.small      | 1 | 0 |  0 |  0 | 1 | 1
            t3.small      | 1 | 0 |  0 |  5 | 1 | 2
            t3.small      | 1 | 0 |  0 | 16 | 1 | 2
            t3.small      | 1 | 0 |  0 | 17 | 1 | 3
            t3.small      | 1 | 0 |  0 | 58 | 2 | 5
            t3.small      | 1 | 1 |  1 |  5 | 1 | 1
            t3.small      | 1 | 1 |  1 | 58 | 2 | 4
            t3.small      | 1 | 7 | 20 |  0 | 1 | 2
            t3.small      | 1 | 7 | 20 | 58 | 2 | 5
            p3dn.24xlarge | 1 | 0 |  0 | 95 | 1 | 7
            p3dn.24xlarge | 1 | 5 | 10 | 15 | 1 | 2
            p3dn.24xlarge | 1 | 5 | 10 | 45 | 1 | 4
            """)
    void holdsThePrefixesOfThePrefixAndIpTargetTable(
            String type, int warmPrefix, int warmIp, int minimumIp, int pods, int enis, int prefixes) {
        var cni = cni(true, 1, warmIp, minimumIp, warmPrefix);
        var capacity = capacity(type, cni);
        int maxPods = capacity.podEnis() * capacity.slotsPerEni() * 16 + 2;

        assertThat(capacity.prefixes()).isTrue();
        assertThat(WarmTargets.of(cni, capacity, maxPods, pods)).isEqualTo(new WarmTargets(prefixes, enis));
    }

    @Test
    void checksMaxPodsBeforeEachStepInsteadOfCappingThePool() {
        var small = new EniCapacity(3, 3, false, false);
        assertThat(WarmTargets.of(cni(false, 5, 0, 0, 1), small, 5, 1))
                .as("WARM_ENI_TARGET 5: the second ENI's step starts at 3 < 5 and ends at 6")
                .isEqualTo(new WarmTargets(6, 2));
        assertThat(WarmTargets.of(cni(false, 1, 20, 0, 1), small, 8, 3))
                .as("WARM_IP_TARGET 20: the third ENI's step starts at 6 < 8 and ends at 9, past max pods")
                .isEqualTo(new WarmTargets(9, 3));
        assertThat(WarmTargets.of(cni(true, 1, 0, 0, 5), new EniCapacity(3, 3, true, false), 20, 0))
                .as("WARM_PREFIX_TARGET 5: one call fills the primary ENI with 3 prefixes, 48 > 20 addresses")
                .isEqualTo(new WarmTargets(3, 1));
        assertThat(WarmTargets.of(cni(false, 1, 0, 30, 1), new EniCapacity(9, 3, false, false), 20, 0))
                .as("MINIMUM_IP_TARGET 30 above max pods 20: 9, 18, then 27 ≥ 20")
                .isEqualTo(new WarmTargets(27, 3));
    }

    @Test
    void keepsOneAddressFreeWithWarmEniTargetZero() {
        var m5large = new EniCapacity(9, 3, false, false);
        var zero = cni(false, 0, 0, 0, 1);
        assertThat(WarmTargets.of(zero, m5large, 29, 0)).as("⌊0/9⌋ + 1 ENIs").isEqualTo(new WarmTargets(9, 1));
        assertThat(WarmTargets.of(zero, m5large, 29, 8)).as("⌊8/9⌋ + 1").isEqualTo(new WarmTargets(9, 1));
        assertThat(WarmTargets.of(zero, m5large, 29, 9))
                .as("⌊9/9⌋ + 1: no address free is too low, not ⌈9/9⌉ + 0")
                .isEqualTo(new WarmTargets(18, 2));
    }

    @Test
    void keepsAPrefixWithWarmPrefixTargetZero() {
        var prefixes = new EniCapacity(9, 3, true, false);
        var zero = cni(true, 1, 0, 0, 0);
        assertThat(WarmTargets.of(zero, prefixes, 110, 0))
                .as("getPrefixesNeeded is at least 1")
                .isEqualTo(new WarmTargets(1, 1));
        assertThat(WarmTargets.of(zero, prefixes, 110, 16))
                .as("16 pods fill the prefix: no address free, one more")
                .isEqualTo(new WarmTargets(2, 1));
    }

    @Test
    void allocatesNothingBeyondMinimumIpTargetWithoutWarmIpTarget() {
        var m5large = new EniCapacity(9, 3, false, false);
        assertThat(WarmTargets.of(cni(false, 1, 0, 10, 1), m5large, 29, 20))
                .as("the target is MINIMUM_IP_TARGET itself: 10 addresses for 20 pods")
                .isEqualTo(new WarmTargets(10, 2));
        assertThat(WarmTargets.of(cni(true, 1, 0, 20, 1), new EniCapacity(9, 3, true, false), 110, 40))
                .as("with prefixes: ⌈20/16⌉ = 2 prefixes")
                .isEqualTo(new WarmTargets(2, 1));
    }

    @Test
    void neverHoldsMoreThanThePodEnisCan() {
        var twoEnis = new EniCapacity(3, 2, false, false);
        assertThat(WarmTargets.of(cni(false, 1, 30, 0, 1), twoEnis, 110, 20)).isEqualTo(new WarmTargets(6, 2));
        assertThat(WarmTargets.of(cni(false, 1, 0, 0, 1), twoEnis, 110, 20)).isEqualTo(new WarmTargets(6, 2));
        assertThat(WarmTargets.of(cni(true, 1, 0, 0, 1), new EniCapacity(3, 2, true, false), 110, 200))
                .isEqualTo(new WarmTargets(6, 2));
        var none = new EniCapacity(3, 0, false, false);
        assertThat(WarmTargets.of(cni(false, 1, 0, 0, 1), none, 110, 5)).isEqualTo(new WarmTargets(0, 0));
        assertThat(WarmTargets.of(cni(false, 1, 5, 0, 1), none, 110, 5)).isEqualTo(new WarmTargets(0, 0));
    }

    @Test
    void keepsPodEnisOffThePrimaryAndTheTrunk() {
        var type = Topologies.CATALOG.find("m5.large").orElseThrow();
        var plain = new EffectiveCni(false, 1, 0, 0, 1, false, false, true);
        var custom = new EffectiveCni(false, 1, 0, 0, 1, true, false, true);
        var both = new EffectiveCni(true, 1, 0, 0, 1, true, true, true);

        assertThat(EniCapacity.of(type, plain)).isEqualTo(new EniCapacity(9, 3, false, false));
        assertThat(EniCapacity.of(type, custom)).isEqualTo(new EniCapacity(9, 2, false, false, false));
        assertThat(EniCapacity.of(type, both)).isEqualTo(new EniCapacity(9, 1, true, true, false));
        assertThat(EniCapacity.of(type, plain, true))
                .as("a cni=0 node subnet excludes the primary ENI")
                .isEqualTo(new EniCapacity(9, 2, false, false, false));
        assertThat(EniCapacity.of(type, both).addressesPerSlot()).isEqualTo(16);
        assertThat(EniCapacity.of(Topologies.CATALOG.find("m4.large").orElseThrow(), both)
                        .prefixes())
                .as("no prefix delegation on Xen")
                .isFalse();
    }

    @Test
    void isAPureFunction() {
        var cni = cni(false, 1, 2, 5, 1);
        var capacity = new EniCapacity(3, 3, false, false);
        assertThat(WarmTargets.of(cni, capacity, 11, 5)).isEqualTo(WarmTargets.of(cni, capacity, 11, 5));
        assertThat(WarmTargets.ceil(17, 16)).isEqualTo(2);
        assertThat(WarmTargets.ceil(5, 0))
                .as("an ENI without slots holds nothing")
                .isZero();
    }

    /**
     * With subnet discovery, an attached ENI whose subnet runs out is passed over and a new ENI attached, asked for
     * with all M − 1 secondary IPs in default mode however few the pool is short; without discovery the pool stops
     * there (amazon-vpc-cni-k8s v1.23.1 {@code tryAssignIPs}, {@code increaseDatastorePool}, {@code
     * GetENIResourcesToAllocate}).
     */
    @Test
    void passesOverAnEniWhoseSubnetRanOutOnlyWithSubnetDiscovery() {
        for (boolean discovery : new boolean[] {true, false}) {
            var cni = new EffectiveCni(false, 1, 0, 0, 1, false, false, discovery);
            var created = new java.util.ArrayList<Integer>();
            var cidrs = new WarmTargets.Cidrs() {
                private int primaryHeld;

                @Override
                public int assign(int eni, int count) {
                    // The primary ENI's subnet has 5 addresses left; every other subnet has room.
                    int got = eni == 0 ? Math.min(count, 5 - primaryHeld) : count;
                    primaryHeld += eni == 0 ? got : 0;
                    return got;
                }

                @Override
                public boolean allocateEni(int count) {
                    created.add(count);
                    return true;
                }
            };

            var targets = WarmTargets.replay(cni, capacity("m5.large", cni), 29, 3, cidrs);

            // 3 pods: the primary ENI's 5 leave 2 free, short of WARM_ENI_TARGET's 9, so a whole ENI of 9 follows.
            assertThat(targets.slots()).as("discovery %s", discovery).isEqualTo(discovery ? 14 : 5);
            assertThat(created).isEqualTo(discovery ? java.util.List.of(9) : java.util.List.of());
        }
    }
}
