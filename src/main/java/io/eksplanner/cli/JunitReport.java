package io.eksplanner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML, which CI servers show as tests: one test suite per cluster and one test case per rule and
 * object ({@code CODE} × {@code Kind/namespace/name}). A case fails when one of its findings reaches the fail-on
 * threshold, is skipped when all of them are suppressed, and passes otherwise, its findings in {@code system-out}.
 */
final class JunitReport {

    private JunitReport() {}

    static String render(Checker.CheckResult result, FailOn failOn) {
        var body = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (Checker.CheckedCluster cluster : result.clusters()) {
            Map<String, List<ReportedFinding>> cases = new LinkedHashMap<>();
            for (ReportedFinding finding : cluster.findings()) {
                cases.computeIfAbsent(
                                finding.code() + "\n" + finding.location().object(), key -> new java.util.ArrayList<>())
                        .add(finding);
            }
            int suiteFailures = 0;
            int skipped = 0;
            var suite = new StringBuilder();
            for (var entry : cases.entrySet()) {
                var findings = entry.getValue();
                boolean failed = findings.stream()
                        .anyMatch(finding -> !finding.isSuppressed() && failOn.failsOn(finding.severity()));
                boolean allSuppressed = findings.stream().allMatch(ReportedFinding::isSuppressed);
                suiteFailures += failed ? 1 : 0;
                skipped += !failed && allSuppressed ? 1 : 0;
                testCase(findings, failed, allSuppressed, suite);
            }
            tests += cases.size();
            failures += suiteFailures;
            body.append("  <testsuite name=\"")
                    .append(escape("cluster " + cluster.name()))
                    .append("\" tests=\"")
                    .append(cases.size())
                    .append("\" failures=\"")
                    .append(suiteFailures)
                    .append("\" errors=\"0\" skipped=\"")
                    .append(skipped)
                    .append("\">\n")
                    .append(suite)
                    .append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"eks-network-planner\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\">\n" + body + "</testsuites>\n";
    }

    private static void testCase(
            List<ReportedFinding> findings, boolean failed, boolean allSuppressed, StringBuilder out) {
        var first = findings.get(0);
        var location = first.location();
        out.append("    <testcase classname=\"")
                .append(escape(first.code()))
                .append("\" name=\"")
                .append(escape(location.object().isEmpty() ? first.cluster() : location.object()))
                .append("\" file=\"")
                .append(escape(location.file()))
                .append("\" line=\"")
                .append(location.line())
                .append("\">\n");
        var text = new StringBuilder();
        for (ReportedFinding finding : findings) {
            text.append(finding.location().display())
                    .append(' ')
                    .append(Verdict.level(finding.severity()))
                    .append(' ')
                    .append(finding.finding().message());
            if (finding.isSuppressed()) {
                text.append(" (suppressed: ").append(finding.suppressed()).append(')');
            }
            text.append('\n');
        }
        if (failed) {
            out.append("      <failure type=\"")
                    .append(escape(first.code()))
                    .append("\" message=\"")
                    .append(escape(first.finding().message()))
                    .append("\">")
                    .append(escape(text.toString()))
                    .append("</failure>\n");
        } else if (allSuppressed) {
            out.append("      <skipped message=\"")
                    .append(escape("suppressed: " + first.suppressed()))
                    .append("\"/>\n");
        } else {
            out.append("      <system-out>").append(escape(text.toString())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
