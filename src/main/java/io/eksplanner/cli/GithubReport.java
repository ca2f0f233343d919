package io.eksplanner.cli;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error file=…,line=…,col=…,title=CODE::message}; a
 * suppressed finding is a notice that says so. Values are escaped as the runner reads them: {@code %}, CR and LF in
 * the message, and also {@code :} and {@code ,} in properties (actions/toolkit, packages/core/src/command.ts,
 * escapeData and escapeProperty).
 */
final class GithubReport {

    private GithubReport() {}

    static String render(Checker.CheckResult result, FailOn failOn) {
        var out = new StringBuilder();
        for (ReportedFinding finding : result.findings()) {
            var location = finding.location();
            String command = finding.isSuppressed()
                    ? "notice"
                    : switch (finding.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "notice";
                    };
            String message = finding.finding().message()
                    + (finding.finding().hint() == null
                            ? ""
                            : "\n" + finding.finding().hint())
                    + (finding.isSuppressed() ? "\nsuppressed: " + finding.suppressed() : "");
            out.append("::")
                    .append(command)
                    .append(" file=")
                    .append(property(location.file()))
                    .append(",line=")
                    .append(location.line())
                    .append(",col=")
                    .append(location.column())
                    .append(",title=")
                    .append(property(finding.code() + (finding.isSuppressed() ? " (suppressed)" : "")))
                    .append("::")
                    .append(data(message))
                    .append('\n');
        }
        out.append(data("eks-network-planner: "
                        + Verdict.of(result.findings(), failOn).sentence()))
                .append('\n');
        return out.toString();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
