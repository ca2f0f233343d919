package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A subnet's bitmap (src/docs/reference/vpc-cni.md §3.5, §5). That {@link SubnetSpace#take} fails exactly when {@link
 * SubnetSpace#free} is 0, whatever addresses and prefixes were taken before, is what lets other tenants be added to a
 * finished plan by their count alone ({@link SubnetTally#withOtherTenants}).
 */
class SubnetSpaceTests {

    private static SubnetSpace space(int prefixLength) {
        var subnet = new Subnet(
                "s",
                null,
                Ipv4Cidr.parse("10.0.0.0/" + prefixLength),
                "us-west-2a",
                SubnetType.PRIVATE,
                Egress.NAT_GATEWAY,
                false,
                Map.of(),
                false);
        return new SubnetSpace(0, subnet);
    }

    @Property(tries = 300)
    void takesAnAddressExactlyWhileOneIsFree(
            @ForAll @IntRange(min = 22, max = 32) int prefixLength, @ForAll("operations") List<Boolean> prefixes) {
        var space = space(prefixLength);
        for (boolean prefix : prefixes) {
            long free = space.free();
            long taken = prefix ? space.takePrefix() : space.take();
            if (prefix) {
                assertThat(space.free()).isEqualTo(taken < 0 ? free : free - 16);
            } else {
                assertThat(taken >= 0).as("take() with %d free", free).isEqualTo(free > 0);
                assertThat(space.free()).isEqualTo(taken < 0 ? 0 : free - 1);
                assertThat(space.exhausted || taken >= 0).isTrue();
            }
        }
        var tally = SubnetTally.of(space, List.of());
        long free = space.free();
        var after = tally.withOtherTenants(3);
        for (int eni = 0; eni < 3; eni++) {
            space.take();
        }
        assertThat(after.freeIps()).isEqualTo(space.free());
        assertThat(after.otherIps()).isEqualTo(Math.min(3, free));
        assertThat(after.exhausted()).isEqualTo(space.exhausted);
    }

    /**
     * EC2 creates an ENI with all the secondary IPs or prefixes asked for, or none: {@link SubnetSpace#fitsNewEni}
     * says yes exactly when taking the ENI's address and then its slots, the way the plan takes them, would succeed.
     */
    @Property(tries = 300)
    void fitsANewEniExactlyWhenItsAddressAndEverySlotCanBeTaken(
            @ForAll @IntRange(min = 22, max = 28) int prefixLength,
            @ForAll("operations") List<Boolean> history,
            @ForAll @IntRange(min = 1, max = 6) int slots,
            @ForAll boolean prefixes) {
        var checked = space(prefixLength);
        var taken = space(prefixLength);
        for (boolean prefix : history) {
            for (var space : List.of(checked, taken)) {
                long ignored = prefix ? space.takePrefix() : space.take();
            }
        }
        boolean fits = checked.fitsNewEni(slots, prefixes);

        boolean all = taken.take() >= 0;
        for (int slot = 0; slot < slots && all; slot++) {
            all = (prefixes ? taken.takePrefix() : taken.take()) >= 0;
        }
        assertThat(fits).isEqualTo(all);
        assertThat(checked.free())
                .as("nothing taken")
                .isEqualTo(space(prefixLength).free() - usedBy(history, prefixLength));
        assertThat(checked.exhausted || checked.fragmented || fits).isTrue();
    }

    /** The addresses {@code history} takes in a fresh subnet. */
    private static long usedBy(List<Boolean> history, int prefixLength) {
        var space = space(prefixLength);
        for (boolean prefix : history) {
            long ignored = prefix ? space.takePrefix() : space.take();
        }
        return space(prefixLength).free() - space.free();
    }

    @Example
    void refusesAPrefixEniWhoseOnlyFreeBlockWouldHoldItsOwnAddress() {
        // A /27 has no aligned /28 without a reserved address; a /26 has two (.16 and .32).
        assertThat(space(27).fitsNewEni(1, true)).isFalse();
        var slash26 = space(26);
        assertThat(slash26.fitsNewEni(1, true)).isTrue();
        for (int address = 4; address < 16; address++) {
            slash26.take();
        }
        // The lowest free address is now .16: the ENI's own address would split the first free block.
        assertThat(slash26.fitsNewEni(1, true)).isTrue();
        assertThat(slash26.fitsNewEni(2, true)).isFalse();
        assertThat(slash26.fragmented).isTrue();
        assertThat(slash26.fitsNewEni(40, false)).isTrue();
        assertThat(slash26.fitsNewEni(47, false)).isFalse();
        assertThat(slash26.exhausted).isTrue();
    }

    @Provide
    Arbitrary<List<Boolean>> operations() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true))
                .list()
                .ofMaxSize(120);
    }

    /** Four 0.0.0.0/0 subnets once cost 256 MB each; the bitmap now grows with what is taken, not with the prefix. */
    @Example
    void allocatesInProportionToWhatIsTakenNotToThePrefix() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        var spaces = List.of(space(0), space(0), space(8), space(8));
        for (var space : spaces) {
            for (int i = 0; i < 1000; i++) {
                space.take();
            }
            space.takePrefix();
        }

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated").isLessThan(1_000_000);
        // 0.0.0.0/0: 4 reserved, 1,000 taken (4 to 1003), the prefix at 1008 to 1023; the lowest free is next.
        assertThat(spaces.get(0).take()).isEqualTo(1004L);
    }

    @Example
    void neverHandsOutTheBroadcastAddressNorAPrefixHoldingIt() {
        var space = space(28);

        var prefix = space.takePrefix();
        var addresses = new java.util.ArrayList<Long>();
        for (long address = space.take(); address >= 0; address = space.take()) {
            addresses.add(address);
        }

        assertThat(prefix).isEqualTo(-1);
        assertThat(addresses).hasSize(11).doesNotContain(0x0a00000fL).contains(0x0a00000eL);
    }
}
