package io.eksplanner.importing;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.common.IfMatch;
import io.eksplanner.importing.eksctl.EksctlReader;
import io.eksplanner.importing.manifests.ManifestObjects;
import io.eksplanner.importing.manifests.ManifestReader;
import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.report.ImportReport;
import io.eksplanner.importing.report.ImportTooLarge;
import io.eksplanner.importing.yaml.ExpansionBudget;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.ChildCollection;
import io.eksplanner.topology.ChildKey;
import io.eksplanner.topology.TopologyService;
import io.eksplanner.topology.Versioned;
import io.eksplanner.topology.WriteOperation;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.TopologyDocument;
import io.eksplanner.topology.spec.WorkloadSpec;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports YAML streams — an eksctl ClusterConfig and any number of Kubernetes manifests — into a topology: a new
 * cluster, or applied to a stored one the way {@code kubectl apply} does. All or nothing: any problem refuses the
 * whole import and nothing is stored. The Spring edge of importing: the readers and writers it drives are plain Java.
 * Public because the import endpoint in {@code io.eksplanner.importing.web} calls it.
 */
@Service
public class ImportService {

    /** The most documents one import may hold. */
    static final int MAX_DOCUMENTS = 1000;

    private final TopologyService topology;
    private final Validator validator;
    private final int codePointLimit;
    private final long expandedSizeLimit;
    // Both readers keep no state between imports: made once, with the shared catalogue, not once per request.
    private final EksctlReader eksctl;
    private final ManifestReader manifests = new ManifestReader();

    // A test seam (see afterStoredRead); a no-op in production.
    private volatile Runnable afterStoredRead = () -> {};

    ImportService(
            TopologyService topology,
            Validator validator,
            InstanceTypeCatalog instanceTypes,
            @Value("${planner.max-request-size:4MB}") DataSize limit,
            @Value("${" + ImportTooLarge.LIMIT + ":8MB}") DataSize expandedSizeLimit) {
        this.topology = topology;
        this.validator = validator;
        this.eksctl = new EksctlReader(instanceTypes);
        this.codePointLimit = (int) Math.min(Integer.MAX_VALUE, limit.toBytes());
        this.expandedSizeLimit = expandedSizeLimit.toBytes();
    }

    /**
     * Test seam: {@code hook} runs when an apply has read the stored cluster and not yet written the merged one, so a
     * test can land a concurrent write in between. Nothing in production sets it.
     */
    void afterStoredRead(Runnable hook) {
        this.afterStoredRead = hook;
    }

    /** What an import produced: the topology, what was stored (null on a dry run) and the report. */
    public record Imported(TopologyDocument topology, Versioned<TopologyDocument> stored, ImportReport report) {}

    /**
     * Reads {@code streams} (one per file) and creates a cluster from them, or, with {@code cluster}, applies them
     * to that stored cluster; with {@code dryRun} stores nothing. An apply reads, merges into and writes the stored
     * cluster in one transaction, so a write landing meanwhile waits for it rather than being overwritten.
     */
    public Imported importStreams(List<String> streams, String cluster, boolean dryRun, IfMatch ifMatch) {
        var log = new ImportLog();
        var contents = read(parse(streams), log);
        log.rejectIfProblems();
        if (dryRun) {
            var result = cluster == null
                    ? checked(create(contents))
                    : appliedTo(topology.get(cluster).value(), cluster, contents);
            return new Imported(result, null, log.report());
        }
        var stored = cluster == null
                ? topology.create(checked(create(contents)), WriteOperation.IMPORT)
                : topology.apply(cluster, current -> appliedTo(current, cluster, contents), ifMatch);
        return new Imported(stored.value(), stored, log.report());
    }

    /**
     * Every document of every stream, in order; refused past {@link #MAX_DOCUMENTS} in all, or once the streams
     * together expand past {@code planner.import.max-expanded-size} (which so bounds the stored document and the
     * dry run's answer alike).
     */
    private List<Object> parse(List<String> streams) {
        var parser = new YamlDocuments(codePointLimit, MAX_DOCUMENTS);
        var budget = new ExpansionBudget(expandedSizeLimit);
        var documents = new ArrayList<Object>();
        for (String stream : streams) {
            documents.addAll(parser.parse(stream, budget));
            if (documents.size() > MAX_DOCUMENTS) {
                throw new ImportRejected(
                        "an import holds at most " + MAX_DOCUMENTS + " documents",
                        List.of(new ImportProblem(null, null, null, "more than " + MAX_DOCUMENTS + " documents")));
            }
        }
        return documents;
    }

    /** What the documents of an import hold: at most one ClusterConfig's topology, and the manifests' objects. */
    private record Contents(TopologyDocument clusterConfig, ManifestObjects objects) {}

    private Contents read(List<Object> documents, ImportLog log) {
        TopologyDocument clusterConfig = null;
        var objects = new ManifestObjects();
        for (int index = 0; index < documents.size(); index++) {
            var document = documents.get(index);
            if (document == null) {
                continue;
            }
            if (document instanceof Map<?, ?> map && EksctlReader.isClusterConfig(map)) {
                if (clusterConfig != null) {
                    log.problem(index, "ClusterConfig", null, "only one eksctl ClusterConfig may be imported at once");
                    continue;
                }
                @SuppressWarnings("unchecked")
                var typed = (Map<String, Object>) map;
                clusterConfig = eksctl.read(typed, index, log);
            } else {
                manifests.read(document, index, log, objects);
            }
        }
        manifests.finish(log, objects);
        return new Contents(clusterConfig, objects);
    }

    private static TopologyDocument create(Contents contents) {
        if (contents.clusterConfig() == null) {
            throw new ImportRejected(
                    "a new cluster needs an eksctl ClusterConfig",
                    List.of(new ImportProblem(
                            null,
                            null,
                            null,
                            "a new cluster needs an eksctl ClusterConfig (its metadata.name names the cluster); to"
                                    + " apply manifests to a stored cluster, add ?cluster=NAME")));
        }
        return withObjects(contents.clusterConfig(), contents.objects(), List.of(), List.of(), List.of(), List.of());
    }

    /** The stored topology with the import applied, checked as the topology API checks a document. */
    private TopologyDocument appliedTo(TopologyDocument stored, String name, Contents contents) {
        afterStoredRead.run();
        return checked(merged(stored, name, contents));
    }

    /** kubectl apply: objects created or replaced by kind, namespace and name; everything else unchanged. */
    private static TopologyDocument merged(TopologyDocument stored, String name, Contents contents) {
        var base = stored;
        var clusterConfig = contents.clusterConfig();
        if (clusterConfig != null) {
            if (!name.equals(clusterConfig.name())) {
                throw new ImportRejected(
                        "the ClusterConfig names another cluster",
                        List.of(new ImportProblem(
                                null,
                                "ClusterConfig/" + clusterConfig.name(),
                                "metadata.name",
                                "metadata.name \"" + clusterConfig.name() + "\" is not the cluster \"" + name
                                        + "\" the import applies to")));
            }
            base = clusterConfig.withGatewayResourcesOf(stored);
        }
        return withObjects(
                base,
                contents.objects(),
                stored.workloads(),
                stored.services(),
                stored.ingresses(),
                stored.ingressClasses());
    }

    /**
     * {@code network} with the manifests' objects applied over the given ones by kind, namespace and name, as
     * {@code kubectl apply} does. Public: the command line in {@code io.eksplanner.cli} composes its clusters so.
     */
    public static TopologyDocument withObjects(
            TopologyDocument network,
            ManifestObjects objects,
            List<WorkloadSpec> workloads,
            List<ServiceSpec> services,
            List<IngressSpec> ingresses,
            List<IngressClassSpec> ingressClasses) {
        var applied = TopologyDocument.withoutGatewayApi(
                network.name(),
                network.region(),
                network.kubernetesVersion(),
                network.vpc(),
                network.serviceIpv4Cidr(),
                network.endpointAccess(),
                network.controlPlaneSubnets(),
                network.cni(),
                network.loadBalancing(),
                network.subnets(),
                network.nodeGroups(),
                merge(workloads, objects.workloads(), ChildCollection.WORKLOADS::keyOf),
                merge(services, objects.services(), ChildCollection.SERVICES::keyOf),
                merge(ingresses, objects.ingresses(), ChildCollection.INGRESSES::keyOf),
                merge(ingressClasses, objects.ingressClasses(), ChildCollection.INGRESS_CLASSES::keyOf),
                network.ipFamily(),
                network.outpost());
        return objects.withGatewayObjects(applied.withGatewayResourcesOf(network));
    }

    /** The stored objects with the imported ones applied: replaced in place by key, new ones appended. */
    private static <S> List<S> merge(List<S> stored, List<S> imported, Function<S, ChildKey> key) {
        var merged = new LinkedHashMap<ChildKey, S>();
        (stored == null ? List.<S>of() : stored).forEach(item -> merged.put(key.apply(item), item));
        imported.forEach(item -> merged.put(key.apply(item), item));
        return new ArrayList<>(merged.values());
    }

    /** The composed topology, which must be well-formed as the topology API requires; refused otherwise. */
    private TopologyDocument checked(TopologyDocument document) {
        var violations = validator.validate(document);
        if (violations.isEmpty()) {
            return document;
        }
        var problems = violations.stream()
                .map(ImportService::problemOf)
                .sorted(Comparator.comparing(ImportProblem::field))
                .toList();
        throw new ImportRejected(problems.size() + " imported fields are ill-formed; see errors", problems);
    }

    private static ImportProblem problemOf(ConstraintViolation<TopologyDocument> violation) {
        return new ImportProblem(null, null, violation.getPropertyPath().toString(), violation.getMessage());
    }
}
