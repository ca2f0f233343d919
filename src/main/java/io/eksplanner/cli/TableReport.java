package io.eksplanner.cli;

import java.util.List;

/** The default report: one line per finding, {@code file:line:column}, severity, code and message, then the verdict. */
final class TableReport {

    private TableReport() {}

    static String render(Checker.CheckResult result, FailOn failOn) {
        var out = new StringBuilder();
        for (Checker.CheckedCluster cluster : result.clusters()) {
            out.append("cluster ").append(cluster.name()).append('\n');
            if (cluster.findings().isEmpty()) {
                out.append("  no findings\n");
            }
            lines(cluster.findings(), out);
        }
        result.notes().forEach(note -> out.append("note: ").append(note).append('\n'));
        if (result.turnedOff() > 0) {
            out.append("note: ").append(result.turnedOff()).append(" findings of codes the config turns off\n");
        }
        out.append("verdict: ")
                .append(Verdict.of(result.findings(), failOn).sentence())
                .append('\n');
        return out.toString();
    }

    static void lines(List<ReportedFinding> findings, StringBuilder out) {
        int width = findings.stream()
                .mapToInt(finding -> finding.location().display().length())
                .max()
                .orElse(0);
        for (ReportedFinding finding : findings) {
            String where = finding.location().display();
            out.append("  ")
                    .append(where)
                    .append(" ".repeat(width - where.length() + 2))
                    .append(String.format("%-8s", finding.isSuppressed() ? "skip" : Verdict.level(finding.severity())))
                    .append(finding.code())
                    .append("  ")
                    .append(finding.finding().message())
                    .append('\n');
            if (finding.isSuppressed()) {
                out.append("  ")
                        .append(" ".repeat(width + 2))
                        .append("suppressed: ")
                        .append(finding.suppressed());
                out.append('\n');
            }
        }
    }
}
