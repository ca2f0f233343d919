package io.eksplanner.importing.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportReport;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.ContainerPortSpec;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressClassParametersRefSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.json.JsonMapper;

class ManifestRoundTripTests {

    private static final Path EXAMPLES = Path.of("examples");

    private final ImportLog log = new ImportLog();

    private static TopologyDocument canonical() throws IOException {
        return JsonMapper.builder()
                .build()
                .readValue(Files.readString(EXAMPLES.resolve("canonical-cluster.json")), TopologyDocument.class);
    }

    private ManifestObjects read(String yaml) {
        ManifestReader reader = new ManifestReader();
        ManifestObjects objects = new ManifestObjects();
        int index = 0;
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            reader.read(document, index++, log, objects);
        }
        reader.finish(log, objects);
        return objects;
    }

    private static TopologyDocument withKubernetesObjects(
            TopologyDocument topology,
            List<WorkloadSpec> workloads,
            List<IngressSpec> ingresses,
            List<IngressClassSpec> ingressClasses) {
        return TopologyDocument.withoutGatewayApi(
                topology.name(),
                topology.region(),
                topology.kubernetesVersion(),
                topology.vpc(),
                topology.serviceIpv4Cidr(),
                topology.endpointAccess(),
                topology.controlPlaneSubnets(),
                topology.cni(),
                topology.loadBalancing(),
                topology.subnets(),
                topology.nodeGroups(),
                workloads,
                topology.services(),
                ingresses,
                ingressClasses,
                null,
                null);
    }

    @Test
    void readsTheCanonicalManifestsAsTheCanonicalWorkloadsAndServices() throws IOException {
        TopologyDocument canonical = canonical();

        ManifestObjects objects = read(Files.readString(EXAMPLES.resolve("canonical-cluster.manifests.yaml")));

        assertThat(log.problems()).isEmpty();
        assertThat(objects.workloads()).isEqualTo(canonical.workloads());
        assertThat(objects.services()).isEqualTo(canonical.services());
        assertThat(objects.ingresses()).isEqualTo(canonical.ingresses());
        assertThat(objects.ingressClasses()).isEqualTo(canonical.ingressClasses());
    }

    @Test
    void writesTheCanonicalClusterWithAnIngressAndClassAsManifestsThatReadBackTheSame() throws IOException {
        TopologyDocument canonical = canonical();
        List<WorkloadSpec> workloads = new ArrayList<>(canonical.workloads());
        workloads.add(new WorkloadSpec(
                "agent",
                "kube-system",
                WorkloadKind.DaemonSet,
                null,
                Map.of("app", "agent", "tier", "node"),
                List.of(new ContainerPortSpec("stats", 8125, Protocol.UDP)),
                Placement.PACK,
                List.of("ng-1", "ng-2"),
                true,
                true));
        workloads.add(new WorkloadSpec(
                "db",
                "data",
                WorkloadKind.StatefulSet,
                3,
                Map.of("app", "db"),
                List.of(),
                Placement.SPREAD,
                List.of(),
                false,
                false));
        List<IngressSpec> ingresses = List.of(new IngressSpec(
                "my-nginx",
                "default",
                "alb",
                Map.of("alb.ingress.kubernetes.io/target-type", "ip", "alb.ingress.kubernetes.io/group.order", "10"),
                List.of(
                        new IngressRuleSpec(
                                "nginx.example.com",
                                List.of(
                                        new IngressPathSpec("/", PathType.Prefix, "my-nginx", PortReference.of(80)),
                                        new IngressPathSpec(
                                                "/status", PathType.Exact, "my-nginx", PortReference.of("http")))),
                        new IngressRuleSpec(null, List.of())),
                new IngressBackendSpec("my-nginx", PortReference.of(80))));
        List<IngressClassSpec> ingressClasses = List.of(
                new IngressClassSpec(
                        "alb",
                        "ingress.k8s.aws/alb",
                        true,
                        new IngressClassParametersSpec("internet-facing", "shared", "dualstack"),
                        new IngressClassParametersRefSpec("elbv2.k8s.aws", "IngressClassParams", "shared-params")),
                new IngressClassSpec(
                        "internal-alb",
                        "ingress.k8s.aws/alb",
                        false,
                        null,
                        new IngressClassParametersRefSpec("elbv2.k8s.aws", "IngressClassParams", "missing")),
                new IngressClassSpec("nginx", "k8s.io/ingress-nginx", false, null));
        TopologyDocument topology = withKubernetesObjects(canonical, workloads, ingresses, ingressClasses);

        String manifests = new ManifestWriter().write(topology);
        ManifestObjects objects = read(manifests);

        assertThat(log.problems()).isEmpty();
        assertThat(objects.workloads()).isEqualTo(topology.workloads());
        assertThat(objects.services()).isEqualTo(topology.services());
        assertThat(objects.ingresses()).isEqualTo(topology.ingresses());
        assertThat(objects.ingressClasses()).isEqualTo(topology.ingressClasses());
        assertThat(log.report().read())
                .extracting(ImportReport.ReadObject::kind)
                .containsExactly(
                        "Deployment",
                        "DaemonSet",
                        "StatefulSet",
                        "Service",
                        "IngressClass",
                        "IngressClassParams",
                        "IngressClass",
                        "IngressClass",
                        "Ingress");
    }

    @Test
    void writesOneDocumentPerObjectWithPlannerDefaultsLeftOut() throws IOException {
        String manifests = new ManifestWriter().write(canonical());

        assertThat(manifests.split("(?m)^---$", -1)).hasSize(3);
        assertThat(manifests)
                .contains("kind: \"Deployment\"", "kind: \"Service\"", "nodePort: 30686", "name: \"http\"")
                .doesNotContain("eksplanner.io/");
    }
}
