package io.eksplanner.importing.eksctl;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.yaml.YamlDocuments;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Top-level ClusterConfig fields of eksctl at 99984adb that the planner accepts without modelling. */
class EksctlSchemaTests {

    @Test
    @SuppressWarnings("unchecked")
    void acceptsControlPlaneScalingConfigAndCapabilities() {
        var yaml = """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: {name: demo, region: us-west-2}
                controlPlaneScalingConfig: {tier: tier-xl}
                capabilities:
                  - {name: argocd, type: ARGOCD}
                """;
        var log = new ImportLog();
        var document = (Map<String, Object>) new YamlDocuments().parse(yaml).get(0);

        new EksctlReader().read(document, 0, log);

        assertThat(log.problems()).isEmpty();
    }
}
