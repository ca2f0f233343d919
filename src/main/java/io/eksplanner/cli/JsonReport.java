package io.eksplanner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as JSON: the verdict, then each cluster's findings with their place, fingerprint and suppression. */
final class JsonReport {

    private JsonReport() {}

    static String render(Checker.CheckResult result, FailOn failOn) {
        var verdict = Verdict.of(result.findings(), failOn);
        var root = new LinkedHashMap<String, Object>();
        root.put("passed", !verdict.failed());
        root.put("failOn", Verdict.name(failOn));
        root.put("summary", summary(verdict));
        var clusters = new ArrayList<Object>();
        for (Checker.CheckedCluster cluster : result.clusters()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", cluster.name());
            entry.put("findings", findings(cluster.findings()));
            clusters.add(entry);
        }
        root.put("clusters", clusters);
        root.put("notes", result.notes());
        return JsonText.of(root);
    }

    static Map<String, Object> summary(Verdict verdict) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("errors", verdict.errors());
        summary.put("warnings", verdict.warnings());
        summary.put("infos", verdict.infos());
        summary.put("suppressed", verdict.suppressed());
        return summary;
    }

    static List<Object> findings(List<ReportedFinding> findings) {
        var list = new ArrayList<Object>();
        for (ReportedFinding finding : findings) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("code", finding.code());
            entry.put("severity", Verdict.level(finding.severity()));
            entry.put("path", finding.finding().path());
            entry.put("message", finding.finding().message());
            entry.put("hint", finding.finding().hint());
            entry.put("source", finding.finding().source());
            entry.put("location", location(finding.location()));
            entry.put("fingerprint", finding.fingerprint());
            entry.put("suppressed", finding.suppressed());
            list.add(entry);
        }
        return list;
    }

    private static Map<String, Object> location(Location location) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("file", location.file());
        entry.put("document", location.document());
        entry.put("line", location.line());
        entry.put("column", location.column());
        entry.put("object", location.object());
        entry.put("objectLine", location.objectLine());
        entry.put("objectColumn", location.objectColumn());
        if (location.relatedLine() > 0) {
            entry.put("anchorLine", location.relatedLine());
            entry.put("anchorColumn", location.relatedColumn());
        }
        return entry;
    }
}
