package io.eksplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.ipam.IpPlanner;
import io.eksplanner.ipam.Scenario;
import io.eksplanner.topology.model.ClusterTopology.Subnet;
import io.eksplanner.validation.Topologies;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each controller puts a load balancer: one subnet per AZ (src/docs/reference/aws-load-balancers.md §7). */
class SubnetDiscoveryTests {

    static SubnetDiscovery discovery(Topologies topology) {
        var snapshot = topology.topology();
        return RoutingContext.of(snapshot, new IpPlanner(Topologies.CATALOG).plan(snapshot, Scenario.DESIRED))
                .subnets();
    }

    @Test
    void takesTheNamedSubnetsWhenAnAnnotationNamesThem() {
        var subnets = discovery(Topologies.canonical()).controllerSubnets(Scheme.INTERNAL, "private-c, public-a,,nope");

        assertThat(subnets).extracting(Subnet::name).containsExactly("private-c", "public-a");
    }

    @Test
    void passesOverSubnetsOtherClustersClaim() {
        var topology = Topologies.canonical()
                .set("subnets[0].tags", Map.of("kubernetes.io/cluster/other", "owned", "kubernetes.io/role/elb", "1"));

        assertThat(discovery(topology).controllerSubnets(Scheme.INTERNET_FACING, null))
                .extracting(Subnet::name)
                .containsExactly("public-b", "public-c");
        assertThat(discovery(topology).legacySubnets(Scheme.INTERNET_FACING))
                .extracting(Subnet::name)
                .containsExactly("public-b", "public-c");
    }

    @Test
    void leavesOutWavelengthAndLocalZonesForTheLegacyController() {
        // cloud-provider-aws findELBSubnets at 63ec440c keeps only zones of type availability-zone.
        var topology = Topologies.canonical().set("subnets[2].availabilityZone", "ap-northeast-2-wl1-cjj-wlz-1");

        assertThat(discovery(topology).legacySubnets(Scheme.INTERNET_FACING))
                .extracting(Subnet::name)
                .containsExactly("public-a", "public-b");
        assertThat(discovery(topology.set("subnets[5].availabilityZone", "ap-northeast-2-sel-1a"))
                        .legacySubnets(Scheme.INTERNAL))
                .extracting(Subnet::name)
                .doesNotContain("public-c", "private-c");
    }

    @Test
    void refusesSubnetsOfAvailabilityZonesAndALocalZoneTogether() {
        // aws-load-balancer-controller validateSubnetsLocaleUniformity at 5982613: discovered and explicit alike.
        var topology = Topologies.canonical().set("subnets[2].availabilityZone", "ap-northeast-2-sel-1a");

        assertThatThrownBy(() -> discovery(topology).controllerSubnets(Scheme.INTERNET_FACING, null))
                .isInstanceOf(SubnetDiscovery.Refused.class)
                .hasMessage("subnets in multiple locales: [availability-zone local-zone]");
        assertThatThrownBy(() -> discovery(topology).controllerSubnets(Scheme.INTERNAL, "private-a,public-c"))
                .hasMessage("subnets in multiple locales: [availability-zone local-zone]");
        assertThat(discovery(topology).controllerSubnets(Scheme.INTERNAL, null))
                .extracting(Subnet::name)
                .containsExactly("private-a", "private-b", "private-c");
    }

    @Test
    void asksOneSubnetOnlyOfAnAlbInALocalZone() {
        // computeSubnetsMinimalCount at 5982613: 2 for an ALB in Availability Zones only.
        var topology = Topologies.canonical().set("subnets[2].availabilityZone", "ap-northeast-2-sel-1a");
        var local = discovery(topology).controllerSubnets(Scheme.INTERNAL, "public-c");
        var regional = discovery(topology).controllerSubnets(Scheme.INTERNAL, "public-a");

        assertThat(SubnetDiscovery.minimumCount(LoadBalancerType.ALB, local)).isEqualTo(1);
        assertThat(SubnetDiscovery.minimumCount(LoadBalancerType.ALB, regional)).isEqualTo(2);
        assertThat(SubnetDiscovery.minimumCount(LoadBalancerType.NLB, regional)).isEqualTo(1);
    }

    @Test
    void passesOverSubnetsTaggedWithTheControllersShorterClusterPrefix() {
        // isSubnetContainsEligibleClusterTag at 5982613 matches the prefix "kubernetes.io/cluster" without a slash;
        // the legacy provider's prefix (tags.go hasNoClusterPrefixTag at 63ec440c) has one.
        var topology = Topologies.canonical()
                .set("subnets[0].tags", Map.of("kubernetes.io/cluster-other", "shared", "kubernetes.io/role/elb", "1"));

        assertThat(discovery(topology).controllerSubnets(Scheme.INTERNET_FACING, null))
                .extracting(Subnet::name)
                .containsExactly("public-b", "public-c");
        assertThat(discovery(topology).legacySubnets(Scheme.INTERNET_FACING))
                .extracting(Subnet::name)
                .containsExactly("public-a", "public-b", "public-c");
    }

    @Test
    void fallsBackToTheSubnetKindWhenNoSubnetHasARoleTag() {
        var topology = Topologies.canonical();
        for (int i = 0; i < 6; i++) {
            topology.set("subnets[" + i + "].tags", Map.of());
        }

        assertThat(discovery(topology).controllerSubnets(Scheme.INTERNAL, null))
                .extracting(Subnet::name)
                .containsExactly("private-a", "private-b", "private-c");
        assertThat(SubnetDiscovery.noSubnetReason(Scheme.INTERNET_FACING))
                .isEqualTo("unable to resolve at least one subnet (no kubernetes.io/role/elb subnet with 8 free"
                        + " addresses)");
    }

    /** The reachability fallback is per scheme: another role's tags do not stop it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "only internal-elb tags, internet-facing|0,1,2|INTERNET_FACING|public-a,public-b,public-c",
                "only elb tags, internal|3,4,5|INTERNAL|private-a,private-b,private-c",
                "both tags, internet-facing|''|INTERNET_FACING|public-a,public-b,public-c",
                "both tags, internal|''|INTERNAL|private-a,private-b,private-c"
            })
    void fallsBackToReachabilityWhenNoSubnetCarriesTheSchemesRoleTag(
            String name, String untagged, Scheme scheme, String expected) {
        var topology = Topologies.canonical();
        for (String index : untagged.split(",")) {
            if (!index.isBlank()) {
                topology.set("subnets[" + index + "].tags", Map.of());
            }
        }

        assertThat(discovery(topology).controllerSubnets(scheme, null))
                .extracting(Subnet::name)
                .containsExactly(expected.split(","));
    }

    @Test
    void refusesTwoExplicitSubnetsInOneAvailabilityZone() {
        assertThatThrownBy(() ->
                        discovery(Topologies.canonical()).controllerSubnets(Scheme.INTERNAL, "public-a, private-a"))
                .isInstanceOf(SubnetDiscovery.Refused.class)
                .hasMessage("multiple subnets in same Availability Zone ap-northeast-2a: [private-a public-a]");
    }
}
