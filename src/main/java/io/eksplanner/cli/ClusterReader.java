package io.eksplanner.cli;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.importing.eksctl.EksctlReader;
import io.eksplanner.importing.manifests.ManifestObjects;
import io.eksplanner.importing.manifests.ManifestReader;
import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one cluster's files as the import endpoint does (the eksctl reader, the manifest reader, objects applied by
 * kind, namespace and name) and notes where each object lies; every problem is refused with its file and line.
 */
final class ClusterReader {

    private static final Set<String> CLUSTER_SCOPED =
            Set.of("IngressClass", "IngressClassParams", "Namespace", "GatewayClass");

    private final EksctlReader eksctl;
    private final TopologyJsonReader json = new TopologyJsonReader();
    private final ProjectConfig config;

    /** A cluster read: its document, where each part came from, and what the readers defaulted. */
    record ReadCluster(TopologyDocument document, SourceMap sources, List<String> defaults) {}

    private final ManifestReader manifestReader;

    ClusterReader(InstanceTypeCatalog instanceTypes, ProjectConfig config, ManifestReader manifestReader) {
        this.eksctl = new EksctlReader(instanceTypes);
        this.config = config;
        this.manifestReader = manifestReader;
    }

    ReadCluster read(ClusterSources sources) {
        var problems = new ArrayList<String>();
        var defaults = new ArrayList<String>();
        SourceMap.Site base;
        TopologyDocument network;
        if (sources.clusterConfig() != null) {
            var config = sources.clusterConfig();
            base = new SourceMap.Site(config, config.node(), "ClusterConfig/" + name(config.value()));
            var log = new ImportLog();
            @SuppressWarnings("unchecked")
            var map = (Map<String, Object>) config.value();
            network = eksctl.read(map, config.index(), log);
            collect(log, config, problems, defaults);
        } else {
            var topology = sources.topology();
            network = json.read(topology);
            base = new SourceMap.Site(
                    new SourceDocument(topology.file(), 0, false, null, topology.node()),
                    topology.node(),
                    "TopologyDocument/" + network.name());
        }
        var reader = manifestReader;
        var objects = new ManifestObjects();
        var sites = new LinkedHashMap<String, SourceMap.Site>();
        for (SourceDocument manifest : sources.manifests()) {
            var log = new ImportLog();
            reader.read(manifest.value(), manifest.index(), log, objects);
            collect(log, manifest, problems, defaults);
            addSites(manifest, sites);
        }
        var finishLog = new ImportLog();
        reader.finish(finishLog, objects);
        defaults.addAll(finishLog.report().defaults());
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        var document = configured(Merged.of(network, objects));
        return new ReadCluster(
                document, new SourceMap(document, base, sources.clusterConfig() != null, sites), defaults);
    }

    /** The document with the config file's load-balancing and CNI settings where the files carry none. */
    private TopologyDocument configured(TopologyDocument document) {
        if ((config.loadBalancing() == null || document.loadBalancing() != null)
                && (config.cni() == null || document.cni() != null)) {
            return document;
        }
        return Merged.withSettings(
                document,
                document.cni() != null ? document.cni() : config.cni(),
                document.loadBalancing() != null ? document.loadBalancing() : config.loadBalancing());
    }

    private static void collect(ImportLog log, SourceDocument source, List<String> problems, List<String> defaults) {
        defaults.addAll(log.report().defaults());
        for (ImportProblem problem : log.problems()) {
            var site = new SourceMap.Site(source, source.node(), problem.object());
            var location = SourceMap.at(site, problem.field() == null ? "" : problem.field());
            problems.add(location.display() + ": " + (problem.object() == null ? "" : problem.object() + " ")
                    + (problem.field() == null || problem.field().isEmpty() ? "" : problem.field() + ": ")
                    + problem.message());
        }
    }

    /** Notes where each Kubernetes object of a manifest document lies, items of a List included. */
    private static void addSites(SourceDocument manifest, Map<String, SourceMap.Site> sites) {
        if (!(manifest.value() instanceof Map<?, ?> map)) {
            return;
        }
        if (map.get("items") instanceof List<?> items
                && String.valueOf(map.get("kind")).endsWith("List")) {
            String itemKind = String.valueOf(map.get("kind")).replaceFirst("List$", "");
            var nodes = YamlTree.items(YamlTree.child(manifest.node(), "items"));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Map<?, ?> item) {
                    Object kind = item.get("kind") != null ? item.get("kind") : itemKind;
                    addSite(manifest, item, String.valueOf(kind), i < nodes.size() ? nodes.get(i) : null, sites);
                }
            }
            return;
        }
        addSite(manifest, map, String.valueOf(map.get("kind")), manifest.node(), sites);
    }

    private static void addSite(
            SourceDocument manifest, Map<?, ?> object, String kind, Node node, Map<String, SourceMap.Site> sites) {
        String name = name(object);
        String key = CLUSTER_SCOPED.contains(kind)
                ? kind + "/" + name
                : kind + "/" + SourceMap.namespace(namespace(object)) + "/" + name;
        sites.put(key, new SourceMap.Site(manifest, node, key));
    }

    static String name(Object object) {
        return object instanceof Map<?, ?> map && map.get("metadata") instanceof Map<?, ?> metadata
                ? String.valueOf(metadata.get("name"))
                : null;
    }

    private static String namespace(Map<?, ?> object) {
        return object.get("metadata") instanceof Map<?, ?> metadata && metadata.get("namespace") instanceof String text
                ? text
                : null;
    }
}
