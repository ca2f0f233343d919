package io.eksplanner.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import io.eksplanner.validation.Topologies;
import org.junit.jupiter.api.Test;

/** The findings that read the IP plan: pod slots, subnet addresses, vCPUs, custom networking. */
class IpPlanRulesTests {

    @Test
    void findsNothingOnTheCanonicalExample() {
        var canonical = Topologies.canonical();

        assertThat(canonical.findings(new PodCapacityRule())).isEmpty();
        assertThat(canonical.findings(new SubnetIpPlanRule())).isEmpty();
        assertThat(canonical.findings(new NodeGroupVcpuRule())).isEmpty();
        assertThat(canonical.findings(new PodSubnetRule())).isEmpty();
    }

    @Test
    void reportsReplicasBeyondThePodSlotsAsPending() {
        // 4 m5.large nodes × 27 workload slots = 108 slots.
        var findings = Topologies.canonical().set("workloads[0].replicas", 110).findings(new PodCapacityRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("POD_CAPACITY_EXCEEDED", Severity.ERROR, "workloads[0].replicas"));
        assertThat(findings.get(0).message()).contains("default/my-nginx", "2 of 110");
    }

    @Test
    void fitsExactlyAsManyReplicasAsThereAreSlots() {
        assertThat(Topologies.canonical().set("workloads[0].replicas", 108).findings(new PodCapacityRule()))
                .isEmpty();
    }

    @Test
    void reportsANodeSubnetTooSmallForItsPodsNamingThem() {
        // A /27 has 27 usable addresses: two m5.large nodes at 20 each do not fit.
        var findings = Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/27")
                .set("workloads[0].replicas", 8)
                .findings(new SubnetIpPlanRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::path)
                .contains(tuple("SUBNET_IP_EXHAUSTED", "subnets[1].cidr"));
        var exhausted = findings.stream()
                .filter(f -> f.code().equals("SUBNET_IP_EXHAUSTED"))
                .findFirst()
                .orElseThrow();
        assertThat(exhausted.message()).contains("public-b", "192.168.32.0/27", "27 usable");
    }

    @Test
    void warnsWhenASubnetFitsAtDesiredSizeButNotAtMax() {
        // /26: 59 usable. Desired: 2 nodes × 20 = 40 fit; max: 4 nodes × 10 or more do not with the control plane.
        var findings =
                Topologies.canonical().set("subnets[1].cidr", "192.168.32.0/26").findings(new SubnetIpPlanRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("SUBNET_IP_EXHAUSTED_AT_MAX", Severity.WARNING, "subnets[1].cidr"));
    }

    @Test
    void reportsAControlPlaneSubnetLeftWithFewerThanSixFreeAddresses() {
        // public-b as a /27: 27 usable. One m5.large node holds 20 and a control-plane ENI 1, leaving 6; the
        // Service's CLB then puts an ENI there too, leaving 5.
        var tight = Topologies.canonical()
                .set("subnets[1].cidr", "192.168.32.0/27")
                .set("nodeGroups[0].subnets", java.util.List.of("public-b"))
                .set("nodeGroups[0].desiredSize", 1)
                .set("nodeGroups[0].minSize", 1)
                .set("nodeGroups[0].maxSize", 1)
                .set("workloads[0].replicas", 1);

        assertThat(tight.set("services[0].type", "NodePort").findings(new SubnetIpPlanRule()))
                .as("6 free addresses are enough")
                .isEmpty();
        var findings = tight.set("services[0].type", "LoadBalancer").findings(new SubnetIpPlanRule());
        assertThat(findings)
                .extracting(Finding::code, Finding::severity)
                .contains(tuple("SUBNET_FREE_IPS", Severity.ERROR));
        assertThat(findings.get(0).message()).contains("5 free addresses");
    }

    @Test
    void notesAManagedGroupWhoseVcpusAreUnknown() {
        var findings = Topologies.canonical()
                .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                .findings(new NodeGroupVcpuRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("INSTANCE_VCPUS_UNKNOWN", Severity.INFO, "nodeGroups[0].instanceType"));
        assertThat(Topologies.canonical()
                        .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                        .set("nodeGroups[0].maxPods", 110)
                        .findings(new NodeGroupVcpuRule()))
                .as("an explicit maxPods needs no cap")
                .isEmpty();
        assertThat(Topologies.canonical()
                        .set("nodeGroups[0].instanceType", "c7i.32xlarge")
                        .set("nodeGroups[0].managed", false)
                        .findings(new NodeGroupVcpuRule()))
                .as("EKS caps managed node groups only")
                .isEmpty();
    }

    @Test
    void reportsAnAzWithNodesAndNoPodSubnetUnderCustomNetworking() {
        var custom = Topologies.canonical()
                .set("cni.customNetworking", true)
                .add(
                        "subnets",
                        "{\"name\": \"pods-b\", \"cidr\": \"192.168.192.0/19\", \"availabilityZone\": \"ap-northeast-2b\","
                                + " \"type\": \"PRIVATE\", \"egress\": \"NAT_GATEWAY\", \"podSubnet\": true}");

        var findings = custom.findings(new PodSubnetRule());

        assertThat(findings)
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple("POD_SUBNET_MISSING", Severity.ERROR, "nodeGroups[0].subnets[1]"));
        assertThat(findings.get(0).message()).contains("ap-northeast-2c");
    }

    @Test
    void warnsAboutSeveralPodSubnetsInOneAz() {
        var custom = Topologies.canonical()
                .set("cni.customNetworking", true)
                .add("subnets", podSubnet("pods-b", "192.168.192.0/20", "ap-northeast-2b"))
                .add("subnets", podSubnet("pods-b2", "192.168.208.0/20", "ap-northeast-2b"))
                .add("subnets", podSubnet("pods-c", "192.168.224.0/19", "ap-northeast-2c"));

        assertThat(custom.findings(new PodSubnetRule()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("POD_SUBNET_AMBIGUOUS", Severity.WARNING));
        assertThat(Topologies.canonical()
                        .add("subnets", podSubnet("pods-b", "192.168.192.0/20", "ap-northeast-2b"))
                        .findings(new PodSubnetRule()))
                .as("pod subnets matter only with custom networking")
                .isEmpty();
    }

    static String podSubnet(String name, String cidr, String zone) {
        return "{\"name\": \"" + name + "\", \"cidr\": \"" + cidr + "\", \"availabilityZone\": \"" + zone
                + "\", \"type\": \"PRIVATE\", \"egress\": \"NAT_GATEWAY\", \"podSubnet\": true}";
    }
}
