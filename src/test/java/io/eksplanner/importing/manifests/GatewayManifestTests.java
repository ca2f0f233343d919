package io.eksplanner.importing.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.topology.spec.TopologyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class GatewayManifestTests {

    private final ImportLog log = new ImportLog();

    private ManifestObjects read(String yaml) {
        var reader = new ManifestReader();
        var objects = new ManifestObjects();
        int index = 0;
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            reader.read(document, index++, log, objects);
        }
        reader.finish(log, objects);
        return objects;
    }

    private static TopologyDocument empty() {
        return TopologyDocument.withoutGatewayApi(
                "gw", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void readsEveryGatewayKindOfTheExampleThroughFabric8sModel() throws IOException {
        var objects = read(Files.readString(Path.of("examples/gateway-api.manifests.yaml")));

        var document = objects.withGatewayObjects(empty());

        assertThat(log.problems()).isEmpty();
        assertThat(document.gatewayClasses())
                .extracting("controllerName")
                .containsExactly("gateway.k8s.aws/alb", "gateway.k8s.aws/nlb");
        var web = document.gateways().get(0);
        assertThat(web.parametersRef().name()).isEqualTo("internet-facing");
        assertThat(web.listeners()).extracting("protocol").containsExactly("HTTP", "HTTPS");
        assertThat(web.listeners().get(1).tls().mode()).isEqualTo("Terminate");
        assertThat(document.httpRoutes()).extracting("namespace").containsExactly("store", "blog");
        assertThat(document.httpRoutes().get(0).rules().get(0).backendRefs())
                .extracting("weight")
                .containsExactly(90, 10);
        assertThat(document.tcpRoutes().get(0).parentRefs().get(0).sectionName())
                .isEqualTo("postgres");
        assertThat(document.udpRoutes()
                        .get(0)
                        .rules()
                        .get(0)
                        .backendRefs()
                        .get(0)
                        .namespace())
                .isEqualTo("kube-dns");
        assertThat(document.referenceGrants().get(0).from().get(0).kind()).isEqualTo("UDPRoute");
        assertThat(document.loadBalancerConfigurations()
                        .get(0)
                        .listenerConfigurations()
                        .get(0)
                        .protocolPort())
                .isEqualTo("HTTPS:443");
        assertThat(document.targetGroupConfigurations()
                        .get(0)
                        .defaultConfiguration()
                        .targetType())
                .isEqualTo("ip");
    }

    @Test
    void writesTheGatewayObjectsBackAsTheSameSpecs() throws IOException {
        var original = read(Files.readString(Path.of("examples/gateway-api.manifests.yaml")))
                .withGatewayObjects(empty());

        var written = new ManifestWriter().write(original);
        var reread = read(written).withGatewayObjects(empty());

        assertThat(log.problems()).isEmpty();
        assertThat(written).contains("infrastructure:").contains("apiVersion: \"gateway.networking.k8s.io/v1alpha2\"");
        assertThat(reread.withGatewayResourcesOf(reread)).isEqualTo(original);
    }

    @Test
    void ignoresFieldsThePlannerDoesNotModelAndReportsUnreadableOnesAtTheirField() {
        var objects = read("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r, namespace: a}
                spec:
                  parentRefs: [{name: gw}]
                  rules:
                    - timeouts: {request: 10s}
                      backendRefs: [{name: s, port: 80}]
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: Gateway
                metadata: {name: gw, namespace: a}
                spec:
                  gatewayClassName: c
                  listeners: [{name: l, port: eighty, protocol: HTTP}]
                """);

        var document = objects.withGatewayObjects(empty());

        assertThat(document.httpRoutes()).hasSize(1);
        assertThat(document.gateways()).isNullOrEmpty();
        assertThat(log.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("spec.listeners[0].port"));
    }
}
