package io.eksplanner.cli;

import io.eksplanner.importing.eksctl.EksctlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one cluster: its base (an eksctl ClusterConfig or a topology JSON document) and the manifests attached
 * to it. A manifest attaches to the ClusterConfig in its own file (the nearest one before it); else to the only
 * cluster of the run; else to the one cluster whose files lie in the manifest's folder or the nearest folder above it
 * (a ClusterConfig before a topology JSON document in the same folder).
 * A manifest two clusters could claim, or one with no cluster at all, is refused: put each cluster's files in a folder
 * of its own.
 */
record ClusterSources(SourceDocument clusterConfig, Inputs.TopologyJson topology, List<SourceDocument> manifests) {

    String baseFile() {
        return clusterConfig != null ? clusterConfig.file() : topology.file();
    }

    String baseFolder() {
        String file = baseFile();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** The clusters of a run, in input order. */
    static List<ClusterSources> group(Inputs inputs) {
        Map<Object, List<SourceDocument>> attached = new LinkedHashMap<>();
        List<Object> bases = new ArrayList<>();
        for (SourceDocument document : inputs.documents()) {
            if (document.value() instanceof Map<?, ?> map && EksctlReader.isClusterConfig(map)) {
                bases.add(document);
                attached.put(document, new ArrayList<>());
            }
        }
        for (Inputs.TopologyJson topology : inputs.topologies()) {
            bases.add(topology);
            attached.put(topology, new ArrayList<>());
        }
        SourceDocument lastConfig = null;
        for (SourceDocument document : inputs.documents()) {
            if (attached.containsKey(document)) {
                lastConfig = document;
                continue;
            }
            if (document.value() == null) {
                continue;
            }
            Object owner = lastConfig != null && lastConfig.file().equals(document.file())
                    ? lastConfig
                    : owner(document, bases);
            attached.get(owner).add(document);
        }
        return bases.stream()
                .map(base -> base instanceof SourceDocument config
                        ? new ClusterSources(config, null, attached.get(base))
                        : new ClusterSources(null, (Inputs.TopologyJson) base, attached.get(base)))
                .toList();
    }

    private static Object owner(SourceDocument manifest, List<Object> bases) {
        String where = manifest.file() + (manifest.multiDocument() ? " document " + manifest.index() : "");
        if (bases.isEmpty()) {
            throw new InputRejected(where + ": a manifest needs a cluster: add its eksctl ClusterConfig or topology"
                    + " JSON document to the paths");
        }
        if (bases.size() == 1) {
            return bases.get(0);
        }
        for (String folder = manifest.folder(); ; folder = parent(folder)) {
            String here = folder;
            var inFolder =
                    bases.stream().filter(base -> folderOf(base).equals(here)).toList();
            var configs =
                    inFolder.stream().filter(SourceDocument.class::isInstance).toList();
            var candidates = configs.isEmpty() ? inFolder : configs;
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            if (candidates.size() > 1) {
                throw new InputRejected(where + ": " + candidates.size() + " clusters' files lie in "
                        + (here.isEmpty() ? "the working directory" : here) + "; put each cluster's files in a folder"
                        + " of its own, or its manifests in the ClusterConfig's file");
            }
            if (folder.isEmpty()) {
                throw new InputRejected(where + ": no cluster's files lie in its folder or above it, and the run has "
                        + bases.size() + " clusters");
            }
        }
    }

    private static String folderOf(Object base) {
        String file = base instanceof SourceDocument config ? config.file() : ((Inputs.TopologyJson) base).file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
