package io.eksplanner.importing.eksctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.SubnetSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.VpcSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EksctlRoundTripTests {

    private final EksctlWriter writer = new EksctlWriter();
    private final EksctlReader reader = new EksctlReader();

    /** The canonical example's network sections: what the eksctl format carries (src/docs/import-mapping-eksctl.md). */
    private static TopologyDocument canonicalNetwork() throws IOException {
        var tree = (ObjectNode)
                JsonMapper.builder().build().readTree(Files.readString(Path.of("examples/canonical-cluster.json")));
        for (var field : List.of("loadBalancing", "workloads", "services", "ingresses", "ingressClasses")) {
            tree.remove(field);
        }
        return network(JsonMapper.builder().build().treeToValue(tree, TopologyDocument.class));
    }

    private static TopologyDocument network(TopologyDocument topology) {
        return TopologyDocument.withoutGatewayApi(
                topology.name(),
                topology.region(),
                topology.kubernetesVersion(),
                topology.vpc(),
                topology.serviceIpv4Cidr(),
                topology.endpointAccess(),
                topology.controlPlaneSubnets(),
                topology.cni(),
                null,
                topology.subnets(),
                topology.nodeGroups(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    @SuppressWarnings("unchecked")
    private TopologyDocument readBack(String yaml, ImportLog log) {
        var documents = new YamlDocuments().parse(yaml);
        assertThat(documents).hasSize(1);
        return reader.read((Map<String, Object>) documents.get(0), 0, log);
    }

    @Test
    void keepsTheCanonicalNetworkSections() throws IOException {
        var canonical = canonicalNetwork();
        var log = new ImportLog();

        var yaml = writer.write(canonical);
        var back = readBack(yaml, log);

        assertThat(log.problems()).isEmpty();
        assertThat(network(back)).isEqualTo(canonical);
        assertThat(yaml)
                .contains("ap-northeast-2b:")
                .contains("managedNodeGroups:")
                .contains("vpc-cni");
    }

    @Test
    void importsTheCanonicalEksctlExample() throws IOException {
        var log = new ImportLog();

        var imported = readBack(Files.readString(Path.of("examples/canonical-cluster.eksctl.yaml")), log);

        assertThat(log.problems()).isEmpty();
        assertThat(network(imported)).isEqualTo(canonicalNetwork());
    }

    @Test
    void keepsAliasedSubnetsIdsUnmanagedGroupsAndDisabledNat() {
        var topology = TopologyDocument.withoutGatewayApi(
                "edge",
                "eu-west-1",
                null,
                new VpcSpec(List.of("10.0.0.0/16"), true, true, List.of()),
                null,
                new EndpointAccessSpec(false, true, List.of()),
                List.of("app-1", "app-2"),
                new CniSpec(true, null, 3, 12, null, null, null, null),
                null,
                List.of(
                        new SubnetSpec(
                                "dmz",
                                null,
                                "10.0.0.0/24",
                                "eu-west-1a",
                                SubnetType.PUBLIC,
                                Egress.INTERNET_GATEWAY,
                                true,
                                Map.of(EksctlSubnets.PUBLIC_ROLE_TAG, "1"),
                                null),
                        new SubnetSpec(
                                "app-1",
                                "subnet-0123456789abcdef0",
                                "10.0.16.0/20",
                                "eu-west-1a",
                                SubnetType.PRIVATE,
                                Egress.NONE,
                                false,
                                Map.of(EksctlSubnets.PRIVATE_ROLE_TAG, "1"),
                                null),
                        new SubnetSpec(
                                "app-2",
                                "subnet-0abcdef0123456789",
                                "10.0.32.0/20",
                                "eu-west-1b",
                                SubnetType.PRIVATE,
                                Egress.NONE,
                                false,
                                Map.of(EksctlSubnets.PRIVATE_ROLE_TAG, "1"),
                                null)),
                List.of(
                        new NodeGroupSpec("batch", "c5.2xlarge", 3, 1, 5, List.of("app-1", "app-2"), false, 58),
                        new NodeGroupSpec("ingress", "m5.large", 2, 2, 4, List.of("dmz"), true, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        var log = new ImportLog();

        var back = readBack(writer.write(topology), log);

        assertThat(log.problems()).isEmpty();
        assertThat(network(back)).isEqualTo(topology);
    }
}
