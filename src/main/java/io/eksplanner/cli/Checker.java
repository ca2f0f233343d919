package io.eksplanner.cli;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.importing.manifests.ManifestObjects;
import io.eksplanner.importing.manifests.ManifestReader;
import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.planning.ClusterPlan;
import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.planning.PlanDiff;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.validation.Finding;
import io.eksplanner.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code check}: reads the paths, plans and validates each cluster, and turns every finding into a {@link
 * ReportedFinding} with its place in the files, its fingerprint and its suppression.
 */
final class Checker {

    private final ProjectConfig config;
    private final Set<String> baseline;
    private final InstanceTypeCatalog instanceTypes = InstanceTypeCatalog.load();
    private final WellFormedness wellFormedness = new WellFormedness();
    // fabric8's model and Jackson load some 1,600 classes on the first conversion: warm up on another thread while
    // the files are read and parsed.
    private final CompletableFuture<ManifestReader> manifestReader = CompletableFuture.supplyAsync(Checker::warmed);

    /** One cluster checked: its name, plan and findings (suppressed ones included). */
    record CheckedCluster(String name, ClusterPlan plan, List<ReportedFinding> findings, List<String> defaults) {}

    /** Everything a check found: the clusters, the notes (skipped files), and how many findings were turned off. */
    record CheckResult(List<CheckedCluster> clusters, List<String> notes, int turnedOff) {

        List<ReportedFinding> findings() {
            return clusters.stream()
                    .flatMap(cluster -> cluster.findings().stream())
                    .toList();
        }
    }

    Checker(ProjectConfig config, Set<String> baseline) {
        this.config = config;
        this.baseline = baseline;
    }

    CheckResult check(Inputs inputs) {
        var clusterSources = ClusterSources.group(inputs);
        if (clusterSources.isEmpty()) {
            throw new InputRejected("no eksctl ClusterConfig or topology document among the paths");
        }
        var reader = new ClusterReader(instanceTypes, config, manifestReader.join());
        var planner = ClusterPlanner.standard(instanceTypes);
        var clusters = new ArrayList<CheckedCluster>();
        int turnedOff = 0;
        for (ClusterSources sources : clusterSources) {
            var read = reader.read(sources);
            wellFormedness.check(read.document(), read.sources());
            var plan = planner.plan(read.document().toTopology());
            var suppressions = new Suppressions(read.sources(), read.sources().objects());
            var findings = new ArrayList<ReportedFinding>();
            for (Finding finding : plan.validation().findings()) {
                if (config.disabled().contains(finding.code())) {
                    turnedOff++;
                    continue;
                }
                findings.add(reported(read, plan.topology(), suppressions, finding));
            }
            clusters.add(new CheckedCluster(read.document().name(), plan, List.copyOf(findings), read.defaults()));
        }
        return new CheckResult(List.copyOf(clusters), inputs.notes(), turnedOff);
    }

    private ReportedFinding reported(
            ClusterReader.ReadCluster read, ClusterTopology topology, Suppressions suppressions, Finding finding) {
        String cluster = read.document().name();
        var sources = read.sources();
        Severity severity = config.severities().getOrDefault(finding.code(), finding.severity());
        String fingerprint = fingerprint(finding.code(), cluster, PlanDiff.stablePath(finding.path(), topology));
        String suppressed = suppressions.reason(finding.code(), sources.siteOf(finding.path()));
        if (suppressed == null && baseline.contains(fingerprint)) {
            suppressed = "in the baseline";
        }
        return new ReportedFinding(cluster, finding, severity, sources.locate(finding.path()), fingerprint, suppressed);
    }

    /** A manifest reader that has read one Service, so fabric8's first conversion is behind it. */
    private static ManifestReader warmed() {
        var reader = new ManifestReader();
        Map<String, Object> service =
                Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "warm-up"), "spec", Map.of());
        reader.read(service, 0, new ImportLog(), new ManifestObjects());
        return reader;
    }

    /** The finding's identity: its code, its cluster and its path with list items named, hashed. */
    static String fingerprint(String code, String cluster, String stablePath) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((code + "\n" + cluster + "\n" + stablePath).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
