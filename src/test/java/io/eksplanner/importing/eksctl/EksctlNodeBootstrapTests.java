package io.eksplanner.importing.eksctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.spec.NodeGroupSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What eksctl's node-group fields say about the node's bootstrap and size (src/docs/import-mapping-eksctl.md). */
class EksctlNodeBootstrapTests {

    private static final String HEADER =
            "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: demo, region: ap-northeast-2}\n";

    private final EksctlReader reader = new EksctlReader();
    private ImportLog log = new ImportLog();

    @SuppressWarnings("unchecked")
    private TopologyDocument read(String body) {
        log = new ImportLog();
        var document =
                (Map<String, Object>) new YamlDocuments().parse(HEADER + body).get(0);
        return reader.read(document, 0, log);
    }

    @Test
    void readsAmiFamilyAsWritten() {
        var topology = read("""
                nodeGroups:
                  - {name: al2, amiFamily: AmazonLinux2}
                  - {name: default}
                managedNodeGroups:
                  - {name: managed, amiFamily: AmazonLinux2023}
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups())
                .extracting(NodeGroupSpec::amiFamily)
                .containsExactly("AmazonLinux2", null, "AmazonLinux2023");
        assertThat(log.report().defaults())
                .anySatisfy(line -> assertThat(line).contains("nodeGroups[1] (default).amiFamily: eksctl's default"));
    }

    @Test
    void saysPlainlyThatAnUnmodelledAmiFamilysMaxPodsIsNotModelled() {
        var topology = read("nodeGroups: [{name: br, amiFamily: Bottlerocket}]\n");

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups().get(0).amiFamily()).isEqualTo("Bottlerocket");
        assertThat(log.report().defaults())
                .anySatisfy(line -> assertThat(line).contains("Bottlerocket's max pods is not modelled"));
    }

    @Test
    void writesAmiFamilyBack() {
        var topology = read("nodeGroups: [{name: al2, amiFamily: AmazonLinux2}]\n");

        assertThat(new EksctlWriter().write(topology)).contains("amiFamily: AmazonLinux2");
    }

    @Test
    void keepsASelfManagedGroupOfDesiredCapacityZeroAtMaximumZero() {
        var topology = read("""
                nodeGroups: [{name: scale-from-zero, desiredCapacity: 0}]
                managedNodeGroups: [{name: managed, desiredCapacity: 0}]
                """);

        assertThat(topology.nodeGroups())
                .extracting(NodeGroupSpec::desiredSize, NodeGroupSpec::minSize, NodeGroupSpec::maxSize)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 0, 0), org.assertj.core.groups.Tuple.tuple(0, 0, 1));
    }

    @Test
    void readsMaxPodsFromKubeletExtraConfig() {
        var topology = read("""
                nodeGroups:
                  - {name: extra, kubeletExtraConfig: {maxPods: 110, kubeReserved: {cpu: 300m}}}
                  - {name: both, maxPodsPerNode: 50, kubeletExtraConfig: {maxPods: 110}}
                """);

        assertThat(log.problems()).isEmpty();
        assertThat(topology.nodeGroups()).extracting(NodeGroupSpec::maxPods).containsExactly(110, 50);
        assertThat(log.report().defaults())
                .anySatisfy(line -> assertThat(line).contains("(extra).maxPods: 110, from kubeletExtraConfig.maxPods"));
    }
}
