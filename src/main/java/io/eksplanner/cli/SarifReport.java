package io.eksplanner.cli;

import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The report as SARIF 2.1.0, as GitHub code scanning reads it: one rule per finding code with its trigger and public
 * source (its URL as {@code helpUri}), one result per finding with its physical location (file relative to the
 * repository root, line and column), the JSON path as a logical location, an anchor as a related location, {@code
 * partialFingerprints}, and a suppression when one applies.
 */
final class SarifReport {

    static final String FINGERPRINT = "eksplanner/v1";

    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");

    private SarifReport() {}

    static String render(Checker.CheckResult result, String version) {
        var driver = new LinkedHashMap<String, Object>();
        driver.put("name", "eks-network-planner");
        driver.put("version", version);
        driver.put("informationUri", "https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html");
        driver.put("rules", rules());
        var run = new LinkedHashMap<String, Object>();
        run.put("tool", Map.of("driver", driver));
        var results = new ArrayList<Object>();
        result.findings().forEach(finding -> results.add(result(finding)));
        run.put("results", results);
        run.put("columnKind", "unicodeCodePoints");
        var root = new LinkedHashMap<String, Object>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonText.of(root);
    }

    private static List<Object> rules() {
        var rules = new ArrayList<Object>();
        for (FindingCode code : FindingCode.values()) {
            var rule = new LinkedHashMap<String, Object>();
            rule.put("id", code.name());
            rule.put("name", camelCase(code.name()));
            rule.put("shortDescription", Map.of("text", code.trigger()));
            rule.put("fullDescription", Map.of("text", code.trigger()));
            rule.put(
                    "help",
                    Map.of(
                            "text", code.trigger() + ". Source: " + code.source(),
                            "markdown", code.trigger() + ".\n\nSource: " + code.source()));
            var url = URL.matcher(code.source());
            if (url.find()) {
                rule.put("helpUri", url.group());
            }
            rule.put("defaultConfiguration", Map.of("level", level(code.severity())));
            rule.put("properties", Map.of("tags", List.of("eks", "network")));
            rules.add(rule);
        }
        return rules;
    }

    private static Map<String, Object> result(ReportedFinding finding) {
        var location = finding.location();
        var entry = new LinkedHashMap<String, Object>();
        entry.put("ruleId", finding.code());
        if (isKnown(finding.code())) {
            entry.put("ruleIndex", FindingCode.valueOf(finding.code()).ordinal());
        }
        entry.put("level", level(finding.severity()));
        String hint = finding.finding().hint();
        entry.put("message", Map.of("text", finding.finding().message() + (hint == null ? "" : " " + hint)));
        var physical = Map.of(
                "artifactLocation", Map.of("uri", location.file(), "uriBaseId", "%SRCROOT%"),
                "region", Map.of("startLine", location.line(), "startColumn", location.column()));
        var place = new LinkedHashMap<String, Object>();
        place.put("physicalLocation", physical);
        place.put(
                "logicalLocations",
                List.of(Map.of(
                        "fullyQualifiedName",
                        finding.cluster() + "/" + finding.finding().path(),
                        "kind",
                        "member")));
        entry.put("locations", List.of(place));
        if (location.relatedLine() > 0) {
            entry.put(
                    "relatedLocations",
                    List.of(Map.of(
                            "id", 1,
                            "message", Map.of("text", "the anchor the value comes from"),
                            "physicalLocation",
                                    Map.of(
                                            "artifactLocation",
                                                    Map.of("uri", location.file(), "uriBaseId", "%SRCROOT%"),
                                            "region",
                                                    Map.of(
                                                            "startLine", location.relatedLine(),
                                                            "startColumn", location.relatedColumn())))));
        }
        entry.put("partialFingerprints", Map.of(FINGERPRINT, finding.fingerprint()));
        if (finding.isSuppressed()) {
            entry.put(
                    "suppressions",
                    List.of(Map.of(
                            "kind",
                            finding.suppressed().startsWith(Suppressions.ANNOTATION) ? "inSource" : "external",
                            "justification",
                            finding.suppressed())));
        }
        return entry;
    }

    private static boolean isKnown(String code) {
        for (FindingCode known : FindingCode.values()) {
            if (known.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String camelCase(String code) {
        var name = new StringBuilder();
        for (String part : code.split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
