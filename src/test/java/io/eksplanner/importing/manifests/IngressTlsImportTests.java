package io.eksplanner.importing.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.topology.spec.IngressTlsSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** An Ingress's {@code spec.tls} read from a manifest (src/docs/domain-rules.md §4); AlbScenarioTests exports it back. */
class IngressTlsImportTests {

    static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: shop, namespace: default}
            spec:
              ingressClassName: alb
              tls:
                - hosts: [shop.example.com, "*.shop.example.com"]
                  secretName: shop-tls
                - hosts: [%s]
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: shop, port: {number: 80}}}
            """;

    private final ImportLog log = new ImportLog();
    private final ManifestObjects objects = new ManifestObjects();

    private ManifestObjects read(String yaml) {
        var reader = new ManifestReader();
        int index = 0;
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            reader.read(document, index++, log, objects);
        }
        reader.finish(log, objects);
        return objects;
    }

    @Test
    void readsEachTlsEntrysHostsAndSecretName() {
        var ingress = read(INGRESS.formatted("api.example.com")).ingresses().get(0);

        assertThat(ingress.tls())
                .containsExactly(
                        new IngressTlsSpec(List.of("shop.example.com", "*.shop.example.com"), "shop-tls"),
                        new IngressTlsSpec(List.of("api.example.com"), null));
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void refusesAHostThatIsNoDnsName() {
        read(INGRESS.formatted("Shop_Example"));

        assertThat(log.problems())
                .extracting(ImportProblem::object, ImportProblem::field)
                .containsExactly(tuple("Ingress/default/shop", "spec.tls[1].hosts[0]"));
    }
}
