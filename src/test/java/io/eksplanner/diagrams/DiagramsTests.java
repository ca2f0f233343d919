package io.eksplanner.diagrams;

import static io.eksplanner.diagrams.SvgDocument.hasClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.ipam.Scenario;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.support.LargeClusters;
import io.eksplanner.validation.Topologies;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** What each diagram must show, read from the SVG parsed as XML. */
class DiagramsTests {

    static ClusterPlan canonical() {
        return Topologies.PLANNER.plan(Topologies.canonical().topology());
    }

    @Test
    void drawsTheCanonicalVpcAsSixSubnetsInThreeAzColumns() {
        var svg = SvgDocument.parse(Diagrams.networkSvg(canonical(), Scenario.DESIRED));

        assertThat(svg.rootName()).isEqualTo("svg");
        assertThat(svg.count("/*[local-name()='svg']/*[local-name()='title']")).isEqualTo(1);
        assertThat(svg.count("/*[local-name()='svg']/*[local-name()='desc']")).isEqualTo(1);
        assertThat(svg.count("//*[" + hasClass("az-column") + "]")).isEqualTo(3);
        assertThat(svg.count("//*[" + hasClass("subnet") + "]")).isEqualTo(6);
        for (var zone : new String[] {"ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"}) {
            assertThat(svg.count("//*[@data-az='" + zone + "']//*[" + hasClass("subnet") + "]"))
                    .as(zone)
                    .isEqualTo(2);
        }
        assertThat(svg.texts("//*[" + hasClass("vpc-cidrs") + "]")).containsExactly("VPC 192.168.0.0/16");
        assertThat(svg.count("//*[" + hasClass("legend") + "]")).isEqualTo(1);
        assertThat(svg.count("//*[" + hasClass("exhausted") + "]")).isZero();
    }

    @Test
    void marksFourNodesWhereTheyLandInTwoAzs() {
        var svg = SvgDocument.parse(Diagrams.networkSvg(canonical(), Scenario.DESIRED));

        var markers = "//*[" + hasClass("node-marker") + "]";
        assertThat(svg.count(markers)).isEqualTo(4);
        var zones = new HashSet<>(svg.texts(markers + "/ancestor::*[@data-az]/@data-az"));
        assertThat(zones).containsExactlyInAnyOrder("ap-northeast-2b", "ap-northeast-2c");
        assertThat(svg.count("//*[@data-subnet='public-b']//*[" + hasClass("node-marker") + "]"))
                .isEqualTo(2);
        assertThat(svg.count("//*[@data-subnet='public-b']//*[" + hasClass("scenario-marker") + "]"))
                .isEqualTo(1);
    }

    @Test
    void drawsTheAddressBarWithTheNodesAndPodsOfTheSubnet() {
        var plan = canonical();
        var usage = plan.desired().subnets().stream()
                .filter(subnet -> subnet.name().equals("public-b"))
                .findFirst()
                .orElseThrow();
        var svg = SvgDocument.parse(Diagrams.networkSvg(plan, Scenario.DESIRED));

        var bar = "//*[@data-subnet='public-b']//*[";
        assertThat(svg.texts(bar + hasClass("segment-node") + "]/@data-count"))
                .containsExactly(Long.toString(usage.nodeIps()));
        assertThat(svg.texts(bar + hasClass("segment-pod") + "]/@data-count"))
                .containsExactly(Long.toString(usage.podIps()));
        assertThat(svg.texts(bar + hasClass("segment-free") + "]/@data-count"))
                .containsExactly(Long.toString(usage.freeIps()));
    }

    @Test
    void marksAnExhaustedSubnetAndItsFinding() {
        var plan = Topologies.PLANNER.plan(
                Topologies.canonical().set("subnets[1].cidr", "192.168.32.0/28").topology());
        assertThat(plan.desired().totals().exhaustedSubnets()).containsExactly("public-b");

        var svg = SvgDocument.parse(Diagrams.networkSvg(plan, Scenario.DESIRED));

        var exhausted = "//*[" + hasClass("exhausted") + "]";
        assertThat(svg.texts(exhausted + "/@data-subnet")).containsExactly("public-b");
        assertThat(svg.texts(exhausted + "//*[" + hasClass("exhausted-label") + "]"))
                .containsExactly("EXHAUSTED");
        assertThat(svg.count("//*[@data-subnet='public-b']//*[" + hasClass("finding") + "]"))
                .isEqualTo(1);
    }

    @Test
    void drawsTheCanonicalClbWithFourTargetsAndAQuarterOfTheRequestsForEachPod() {
        var svg = SvgDocument.parse(Diagrams.loadBalancersSvg(canonical(), Scenario.DESIRED));

        var clb = "//*[@data-load-balancer='service.default.my-nginx']";
        assertThat(svg.count(clb)).isEqualTo(1);
        assertThat(svg.count(clb + "//*[" + hasClass("target") + "]")).isEqualTo(4);
        assertThat(svg.texts(clb + "//*[" + hasClass("pod-share") + "]/@data-share"))
                .containsExactly("25 %", "25 %", "25 %", "25 %");
        assertThat(svg.texts(clb + "//*[" + hasClass("lb-facts") + "]").get(0))
                .contains("CLB", "target type instance", "externalTrafficPolicy Cluster");
        assertThat(svg.texts(clb + "//*[" + hasClass("listener") + "]")).containsExactly("listener TCP:80");
        assertThat(svg.count(clb + "//*[" + hasClass("packet-path") + "]")).isPositive();
        assertThat(svg.count(clb + "//*[" + hasClass("cross-az") + "]")).isPositive();
    }

    @Test
    void drawsOneNodesEnisAddressesAndPods() {
        var plan = canonical();
        var node = plan.desired().nodes().get(0);
        var svg = SvgDocument.parse(Diagrams.nodeSvg(plan, Scenario.DESIRED, node.name()));

        assertThat(svg.count("//*[" + hasClass("eni") + "]"))
                .isEqualTo(node.enis().size());
        int secondaries =
                node.enis().stream().mapToInt(eni -> eni.secondaryIps().length).sum();
        assertThat(svg.count("//*[" + hasClass("secondary-ip") + "]")).isEqualTo(secondaries);
        assertThat(svg.count("//*[" + hasClass("pod") + "]")).isEqualTo(node.podIndices().length);
    }

    @Test
    void drawsANodesPrefixesUnderPrefixDelegation() {
        var plan = Topologies.PLANNER.plan(
                Topologies.canonical().set("cni.prefixDelegation", true).topology());
        var node = plan.desired().nodes().get(0);
        var svg = SvgDocument.parse(Diagrams.nodeSvg(plan, Scenario.DESIRED, node.name()));

        int prefixes =
                node.enis().stream().mapToInt(eni -> eni.prefixes().length).sum();
        assertThat(prefixes).isPositive();
        assertThat(svg.count("//*[" + hasClass("prefix") + "]")).isEqualTo(prefixes);
        assertThat(svg.texts("//*[" + hasClass("prefix") + "]/*[local-name()='text']"))
                .allMatch(text -> text.endsWith("/28"));
        assertThat(svg.count("//*[" + hasClass("secondary-ip") + "]")).isZero();
    }

    @Test
    void showsIpTargetsAndLocalTrafficPolicyAtAGlance() {
        var ipTargets = Topologies.PLANNER.plan(Topologies.canonical()
                .set("loadBalancing.controller", "AWS_LOAD_BALANCER_CONTROLLER")
                .set("loadBalancing.serviceMutatorWebhook", true)
                .set(
                        "services[0].annotations",
                        java.util.Map.of("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip"))
                .topology());
        var local = Topologies.PLANNER.plan(Topologies.canonical()
                .set("services[0].externalTrafficPolicy", "Local")
                .topology());

        var nlb = SvgDocument.parse(Diagrams.loadBalancersSvg(ipTargets, Scenario.DESIRED));
        var clb = SvgDocument.parse(Diagrams.loadBalancersSvg(local, Scenario.DESIRED));

        assertThat(nlb.texts("//*[" + hasClass("lb-facts") + "]").get(0)).contains("NLB", "target type ip");
        assertThat(nlb.texts("//*[" + hasClass("packet-path") + "]/*[local-name()='title']"))
                .isNotEmpty()
                .noneMatch(title -> title.contains("kube-proxy"));
        assertThat(clb.texts("//*[" + hasClass("lb-facts") + "]").get(0)).contains("externalTrafficPolicy Local");
        assertThat(clb.texts("//*[" + hasClass("packet-path") + "]/*[local-name()='title']"))
                .allMatch(title -> title.contains("kube-proxy DNAT to a local pod"));
    }

    @Test
    void refusesAnUnknownNode() {
        assertThatThrownBy(() -> Diagrams.nodeSvg(canonical(), Scenario.DESIRED, "ip-1-2-3-4.nowhere"))
                .isInstanceOf(NodeNotFound.class)
                .hasMessageContaining("ip-1-2-3-4.nowhere");
    }

    @Test
    void keepsAFiveThousandNodeNetworkUnderOneMebibyteAndCountsEveryNode() {
        var plan = Topologies.PLANNER.plan(LargeClusters.of(5000, 30, false, 10));
        assertThat(plan.desired().nodes()).hasSize(4998);

        var text = Diagrams.networkSvg(plan, Scenario.DESIRED);

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
        var svg = SvgDocument.parse(text);
        assertThat(svg.count("//*[" + hasClass("node-marker") + "]")).isEqualTo(6 * SubnetPicture.NAMED_NODES);
        assertThat(svg.texts("//*[" + hasClass("more-nodes") + "]"))
                .containsOnly("+" + (4998 / 6 - SubnetPicture.NAMED_NODES) + " more");
    }

    @Test
    void drawsTheSameBytesForTheSamePlan() {
        assertThat(Diagrams.networkSvg(canonical(), Scenario.MAX))
                .isEqualTo(Diagrams.networkSvg(canonical(), Scenario.MAX));
        assertThat(Diagrams.loadBalancersSvg(canonical(), Scenario.DESIRED))
                .isEqualTo(Diagrams.loadBalancersSvg(canonical(), Scenario.DESIRED));
    }

    @Test
    void escapesTextSoThatNoNameBreaksTheXml() {
        var svg = new Svg("a <b> & \"c\"", "d 'e'\u0001");
        svg.text(0, 0, "</text><script>alert(1)</script>");

        var parsed = SvgDocument.parse(svg.finish(10, 10));

        assertThat(parsed.texts("//*[local-name()='text']")).containsExactly("</text><script>alert(1)</script>");
        assertThat(parsed.count("//*[local-name()='script']")).isZero();
        assertThat(parsed.texts("/*/*[local-name()='title']")).containsExactly("a <b> & \"c\"");
    }

    @Test
    void writesMermaidFlowchartsOfTheVpcAndThePackets() {
        var network = Diagrams.networkMermaid(canonical(), Scenario.DESIRED);
        var balancers = Diagrams.loadBalancersMermaid(canonical(), Scenario.DESIRED);

        assertThat(network).startsWith("flowchart TB\n");
        assertThat(network.lines().filter(line -> line.startsWith("  subgraph az")))
                .hasSize(3);
        assertThat(network.lines().filter(line -> line.matches("    s\\d\\[.*")))
                .hasSize(6);
        assertThat(network).contains("ng0 -->|2 nodes| s1", "ng0 -->|2 nodes| s2");
        assertThat(balancers).startsWith("flowchart LR\n").contains("subgraph lb0[\"service.default.my-nginx");
        assertThat(balancers).contains("-.->|").contains("-->|");
        assertThat(Mermaid.text("a \"b\" <c> | #")).isEqualTo("a #quot;b#quot; #lt;c#gt; #124; #35;");
    }
}
