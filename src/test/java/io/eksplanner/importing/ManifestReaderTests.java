package io.eksplanner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.ImportReport.ReadObject;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.web.TopologyDocument.ContainerPortSpec;
import io.eksplanner.topology.web.TopologyDocument.WorkloadSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ManifestReaderTests {

    private final ImportLog log = new ImportLog();
    private final ManifestObjects objects = new ManifestObjects();

    private ManifestObjects read(String yaml) {
        ManifestReader reader = new ManifestReader();
        int index = 0;
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            reader.read(document, index++, log, objects);
        }
        reader.finish(log, objects);
        return objects;
    }

    private List<ImportProblem> problemsOf(String yaml) {
        read(yaml);
        return log.problems();
    }

    @Test
    void readsDeploymentFromItsPodTemplate() {
        read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: my-nginx
                  labels: {team: web}
                spec:
                  replicas: 4
                  selector:
                    matchLabels: {app: my-nginx}
                  template:
                    metadata:
                      labels: {app: my-nginx}
                    spec:
                      containers:
                        - name: nginx
                          image: nginx:1.27
                          ports:
                            - {name: http, containerPort: 80}
                        - name: metrics
                          image: exporter
                          ports:
                            - {name: metrics, containerPort: 9113, protocol: TCP}
                """);

        assertThat(objects.workloads())
                .containsExactly(new WorkloadSpec(
                        "my-nginx",
                        "default",
                        WorkloadKind.Deployment,
                        4,
                        Map.of("app", "my-nginx"),
                        List.of(
                                new ContainerPortSpec("http", 80, Protocol.TCP),
                                new ContainerPortSpec("metrics", 9113, Protocol.TCP)),
                        Placement.SPREAD,
                        List.of(),
                        false,
                        false));
        assertThat(log.report().read())
                .containsExactly(new ReadObject(0, "apps/v1", "Deployment", "default", "my-nginx"));
        assertThat(log.problems()).isEmpty();
    }
}
