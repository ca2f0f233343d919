package io.eksplanner.ipam;

import static io.eksplanner.ipam.Plans.pods;
import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.ipam.IpPlan.EniPlan;
import io.eksplanner.ipam.IpPlan.PodStatus;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/**
 * Security groups for pods on a type the VPC resource controller's table does not list (src/docs/reference/vpc-cni.md
 * §3.7, Corrections 5): the CNI's {@code IsTrunkingCompatible} answers true, so the trunk keeps its ENI slot.
 */
class TrunkSlotTests {

    private static final EffectiveCni SECURITY_GROUPS = new EffectiveCni(false, 1, 0, 0, 1, false, true, true);

    @Test
    void keepsTheTrunkSlotOnATypeTheResourceControllerDoesNotList() {
        var unlisted = Topologies.CATALOG.find("c7i.32xlarge").orElseThrow();
        assertThat(unlisted.branchInterfaces())
                .as("no row in the resource controller's table")
                .isNull();

        var capacity = EniCapacity.of(unlisted, SECURITY_GROUPS);

        assertThat(capacity.trunk()).isTrue();
        assertThat(capacity.podEnis()).as("15 ENIs less the trunk's slot").isEqualTo(14);
    }

    @Test
    void attachesNoTrunkThereButLeavesItsSlotFree() {
        var plan = Plans.desired(Topologies.canonical()
                .set("cni.podSecurityGroups", true)
                .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                .set("nodeGroups[0].maxPods", 737)
                .set("nodeGroups[0].desiredSize", 1)
                .set("nodeGroups[0].minSize", 1)
                .set("workloads[0].replicas", 735));

        var node = plan.nodes().get(0);
        assertThat(node.enis()).extracting(EniPlan::kind).doesNotContain(EniKind.TRUNK, EniKind.BRANCH);
        assertThat(node.enis()).as("14 pod ENIs, the 15th kept for the trunk").hasSize(14);
        assertThat(pods(plan))
                .filteredOn(pod -> pod.status() == PodStatus.Running)
                .hasSize(14 * 49);
    }
}
