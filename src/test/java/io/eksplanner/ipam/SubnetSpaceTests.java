package io.eksplanner.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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

    @Provide
    Arbitrary<List<Boolean>> operations() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true))
                .list()
                .ofMaxSize(120);
    }
}
