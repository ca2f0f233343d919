package io.eksplanner.cli;

import io.eksplanner.planning.PlanDiff;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff BASE HEAD}: checks both states, pairs their clusters by name, and reports what the change does; only the
 * findings the change adds count against {@code --fail-on}.
 */
final class DiffCommand {

    private final Options options;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /** One cluster's change: its name, the plan difference, and the added findings with their places in HEAD. */
    record ClusterDiff(String name, PlanDiff diff, List<ReportedFinding> added) {}

    DiffCommand(Options options, InputStream in, PrintStream out, PrintStream err) {
        this.options = options;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run() {
        if (options.paths().size() != 2) {
            throw new UsageError("diff needs exactly two paths, BASE and HEAD, not "
                    + options.paths().size());
        }
        if (options.writeBaseline() != null) {
            throw new UsageError("--write-baseline belongs to check");
        }
        var config = Settings.config(options);
        FailOn failOn = Settings.failOn(options, config);
        var checker = new Checker(config, Baseline.read(options.baseline()));
        var base = checker.check(new Inputs(in).read(List.of(options.paths().get(0))));
        var head = checker.check(new Inputs(in).read(List.of(options.paths().get(1))));
        var diffs = diffs(base, head);
        var added = new Checker.CheckResult(
                head.clusters().stream()
                        .map(cluster -> new Checker.CheckedCluster(
                                cluster.name(), cluster.plan(), addedIn(diffs, cluster.name()), cluster.defaults()))
                        .toList(),
                head.notes(),
                head.turnedOff());
        for (Options.Report report : options.reportsOrDefault()) {
            CommandLine.emit(report, render(report.format(), diffs, added, failOn), out);
        }
        var verdict = Verdict.of(added.findings(), failOn);
        err.println("eks-network-planner diff: " + verdict.sentence().replace("(", "(added findings: "));
        return verdict.failed() ? CommandLine.FAILED : CommandLine.PASSED;
    }

    private static List<ClusterDiff> diffs(Checker.CheckResult base, Checker.CheckResult head) {
        var diffs = new ArrayList<ClusterDiff>();
        for (Checker.CheckedCluster after : head.clusters()) {
            var before = base.clusters().stream()
                    .filter(cluster -> cluster.name().equals(after.name()))
                    .findFirst()
                    .orElse(null);
            if (before == null) {
                diffs.add(new ClusterDiff(after.name(), null, after.findings()));
                continue;
            }
            var diff = PlanDiff.between(before.plan(), after.plan());
            var added = after.findings().stream()
                    .filter(finding -> diff.added().contains(finding.finding()))
                    .toList();
            diffs.add(new ClusterDiff(after.name(), diff, added));
        }
        return diffs;
    }

    private static List<ReportedFinding> addedIn(List<ClusterDiff> diffs, String name) {
        return diffs.stream()
                .filter(diff -> diff.name().equals(name))
                .flatMap(diff -> diff.added().stream())
                .toList();
    }

    private static String render(
            OutputFormat format, List<ClusterDiff> diffs, Checker.CheckResult added, FailOn failOn) {
        return switch (format) {
            case TABLE -> DiffReport.table(diffs, failOn);
            case MARKDOWN -> DiffReport.markdown(diffs, failOn);
            case JSON -> DiffReport.json(diffs, failOn);
            case SARIF, JUNIT, GITHUB -> CheckCommand.render(format, added, failOn);
        };
    }
}
